package org.neurite.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.neurite.core.Sequential;

/**
 * Writes a model as a Keras 3 {@code .keras} file, atomically: {@code metadata.json} (the Keras version whose
 * schema it follows, {@link #KERAS_VERSION}), {@code config.json}, {@code model.weights.h5}, then Neurite's
 * {@link KerasExtras}. Every entry is stored uncompressed, as Keras stores them.
 */
final class KerasFileWriter {
    /** The Keras release whose file layout and config schema this writer follows. */
    static final String KERAS_VERSION = "3.15.1";

    private KerasFileWriter() {
    }

    static void save(Sequential model, Path path, Disk disk) {
        List<AtomicWriter.Item> items = new ArrayList<>();
        try {
            List<String> keys = new ArrayList<>();
            byte[] config = Json.write(KerasConfigWriter.write(model, keys));
            String metadata = "{\"keras_version\": \"" + KERAS_VERSION + "\", \"date_saved\": \""
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd@HH:mm:ss")) + "\"}";
            items.add(new AtomicWriter.Item(KerasFile.METADATA, metadata.getBytes(StandardCharsets.UTF_8), true));
            items.add(new AtomicWriter.Item(KerasFile.CONFIG, config, true));
            items.add(new AtomicWriter.Item(KerasFile.WEIGHTS, KerasWeightsWriter.write(model, keys), true));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(path, null, "cannot save as a Keras file: " + e.getMessage() + ". Save it "
                    + "in Neurite's format instead (a path not ending in .keras).", e);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(path, KerasFile.WEIGHTS, "could not be written (" + e + "); nothing was "
                    + "saved.", e);
        }
        KerasExtras.add(model, items);
        AtomicWriter.write(path, items, disk);
    }
}
