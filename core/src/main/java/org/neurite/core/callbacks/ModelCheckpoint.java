package org.neurite.core.callbacks;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neurite.core.Callback;
import org.neurite.core.TrainingContext;

/**
 * Saves the model at the end of every epoch, or only when the monitored value improves, as Keras's
 * {@code ModelCheckpoint}. Each save is atomic ({@code Sequential.save}): a crash mid-save leaves the last
 * checkpoint intact. The file name may hold {@code {epoch}} (1-based, as Keras) and any log name, with an
 * optional format, e.g. {@code ckpt-{epoch:03d}-{val_loss:.4f}.zip}. A checkpoint records the step and epoch,
 * so {@code fit(..., initialEpoch = loaded.epoch())} resumes exactly.
 */
public final class ModelCheckpoint implements Callback {
    private static final Pattern FIELD = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

    /**
     * @param path where to save; may contain {@code {epoch}} and {@code {log_name:format}} placeholders
     * @param monitor the log compared when {@code saveBestOnly}
     * @param mode whether the monitor should fall or rise
     * @param saveBestOnly save only when the monitor beats its best so far
     */
    public record Config(Path path, String monitor, Mode mode, boolean saveBestOnly) {
        public Config {
            if (path == null) {
                throw new IllegalArgumentException("ModelCheckpoint.path must not be null.");
            }
            if (monitor == null || monitor.isBlank() || mode == null) {
                throw new IllegalArgumentException("ModelCheckpoint.monitor and mode must be set; received monitor="
                        + monitor + ", mode=" + mode + ".");
            }
        }

        /** Keras's defaults for {@code path}: monitor val_loss, auto mode, save every epoch. */
        public static Config defaults(Path path) {
            return new Config(path, "val_loss", Mode.AUTO, false);
        }

        public Config withMonitor(String monitor) {
            return new Config(path, monitor, mode, saveBestOnly);
        }

        public Config withMode(Mode mode) {
            return new Config(path, monitor, mode, saveBestOnly);
        }

        public Config withSaveBestOnly(boolean saveBestOnly) {
            return new Config(path, monitor, mode, saveBestOnly);
        }
    }

    private final Config config;
    private final Monitor monitor;
    private double best;
    private Path lastSaved;

    /** Keras's {@code ModelCheckpoint(filepath)}: saves after every epoch. */
    public ModelCheckpoint(String path) {
        this(path, false);
    }

    /** Keras's {@code ModelCheckpoint(filepath, save_best_only=...)}, monitoring {@code val_loss}. */
    public ModelCheckpoint(String path, boolean saveBestOnly) {
        this(Config.defaults(pathOf(path)).withSaveBestOnly(saveBestOnly));
    }

    public ModelCheckpoint(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("ModelCheckpoint: config must not be null; use Config.defaults(path).");
        }
        this.config = config;
        this.monitor = new Monitor("ModelCheckpoint", config.monitor(), config.mode());
        this.best = monitor.worst();
    }

    @Override
    public void validate(Set<String> logNames) {
        if (config.saveBestOnly()) {
            Callback.requireLog("ModelCheckpoint", config.monitor(), logNames);
        }
        Matcher m = FIELD.matcher(config.path().toString());
        while (m.find()) {
            Callback.requireLog("ModelCheckpoint path " + config.path(), m.group(1), logNames);
        }
        Folders.requireWritableParent("ModelCheckpoint", config.path());
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
        if (config.saveBestOnly()) {
            double current = monitor.read(logs);
            if (!monitor.improves(current, best, 0)) {
                return;
            }
            best = current;
        }
        Path path = Path.of(fill(config.path().toString(), epoch, logs));
        context.model().save(path);
        lastSaved = path;
    }

    /** The file written last, or null before the first save. */
    public Path lastSaved() {
        return lastSaved;
    }

    /** The best monitored value seen (when saving the best only). */
    public double best() {
        return best;
    }

    private static Path pathOf(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("ModelCheckpoint: path must be a file name such as \"best.zip\"; "
                    + "received " + (path == null ? "null" : "\"" + path + "\"") + ".");
        }
        return Path.of(path);
    }

    static String fill(String template, int epoch, Map<String, Double> logs) {
        Matcher m = FIELD.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String format = m.group(2);
            Object value;
            if (name.equals("epoch")) {
                value = epoch + 1;
            } else if (logs.containsKey(name)) {
                value = logs.get(name);
            } else {
                throw new IllegalStateException("ModelCheckpoint path " + template + " names {" + name + "} but the "
                        + "epoch logs hold only " + logs.keySet() + " (and epoch).");
            }
            String text = format == null ? String.valueOf(value) : String.format(Locale.ROOT, "%" + format, value);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}
