package org.neurite.core.callbacks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neurite.core.Callback;
import org.neurite.core.TrainingContext;

/**
 * Streams each epoch's logs to a CSV file, as Keras's {@code CSVLogger}: a header {@code epoch,<keys sorted>},
 * then one row per epoch, flushed at once so the file survives a crash. Values are written with Java's
 * shortest round-tripping decimal form ({@code NaN} for NaN). With {@code append}, rows go after an existing
 * file's and no second header is written.
 */
public final class CsvLogger implements Callback {
    /**
     * @param path the CSV file
     * @param separator the field separator, Keras's default {@code ","}
     * @param append keep an existing file's rows and add to them
     */
    public record Config(Path path, String separator, boolean append) {
        public Config {
            if (path == null || separator == null || separator.isEmpty()) {
                throw new IllegalArgumentException("CsvLogger: path and a non-empty separator are required; received "
                        + "path=" + path + ", separator=" + separator + ".");
            }
        }

        /** Keras's defaults: comma-separated, overwrite. */
        public static Config defaults(Path path) {
            return new Config(path, ",", false);
        }

        public Config withSeparator(String separator) {
            return new Config(path, separator, append);
        }

        public Config withAppend(boolean append) {
            return new Config(path, separator, append);
        }
    }

    private final Config config;
    private BufferedWriter writer;
    private List<String> keys;

    public CsvLogger(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("CsvLogger: config must not be null; use Config.defaults(path).");
        }
        this.config = config;
    }

    @Override
    public void validate(Set<String> logNames) {
        Folders.requireWritableParent("CsvLogger", config.path());
    }

    @Override
    public void onTrainBegin(TrainingContext context) {
        try {
            boolean existing = config.append() && Files.exists(config.path()) && Files.size(config.path()) > 0;
            writer = Files.newBufferedWriter(config.path(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, config.append() ? StandardOpenOption.APPEND
                            : StandardOpenOption.TRUNCATE_EXISTING);
            keys = existing ? List.of() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("CsvLogger: cannot open " + config.path(), e);
        }
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
        try {
            if (keys == null || keys.isEmpty()) {
                boolean header = keys == null;
                keys = new ArrayList<>(logs.keySet());
                keys.sort(null);
                if (header) {
                    writer.write("epoch" + config.separator() + String.join(config.separator(), keys));
                    writer.newLine();
                }
            }
            StringBuilder row = new StringBuilder().append(epoch);
            for (String key : keys) {
                Double value = logs.get(key);
                row.append(config.separator()).append(value == null ? "" : value.toString());
            }
            writer.write(row.toString());
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("CsvLogger: cannot write " + config.path(), e);
        }
    }

    @Override
    public void onTrainEnd(TrainingContext context) {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("CsvLogger: cannot close " + config.path(), e);
        } finally {
            writer = null;
        }
    }
}
