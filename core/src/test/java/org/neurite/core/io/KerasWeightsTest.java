package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.core.Activation;
import org.neurite.core.Sequential;
import org.neurite.core.layers.Dense;

/** Each layer's weights found in a .keras's weights file: by the name Keras records, else by order. */
class KerasWeightsTest {
    @TempDir
    Path dir;

    private final Sequential model = new Sequential(new Dense(4, Activation.TANH).withName("first"),
            new Dense(1, Activation.SIGMOID).withName("second")).build(3, 1);

    /** The model saved as a .keras whose weights file is edited by {@code edit} (see {@link Hdf5Files#rewrite}). */
    private Path saved(BiFunction<String, Object, Object> edit) {
        Path file = dir.resolve("m.keras");
        model.save(file);
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(file));
        entries.put(KerasFile.WEIGHTS, Hdf5Files.rewrite(entries.get(KerasFile.WEIGHTS), edit));
        return Zips.write(dir.resolve("edited.keras"), Zips.zip(entries, false));
    }

    @Test
    void groupsNamingTheirLayerAreMatchedByNameEvenAgainstTheirOrder() {
        byte[] original = Zips.entries(saved((path, data) -> data)).get(KerasFile.WEIGHTS);
        Path swapped;
        try (HdfFile source = HdfFile.fromBytes(original)) {
            // layers/dense now holds the second layer (named so), layers/dense_1 the first.
            swapped = saved((path, data) -> {
                String other = path.startsWith("layers/dense_1/") ? path.replace("layers/dense_1/", "layers/dense/")
                        : path.startsWith("layers/dense/") ? path.replace("layers/dense/", "layers/dense_1/") : null;
                if (other == null) {
                    return data;
                }
                int at = other.indexOf('@');
                return at < 0 ? source.getDatasetByPath(other).getData()
                        : source.getByPath(other.substring(0, at)).getAttribute(other.substring(at + 1)).getData();
            });
        }
        assertEquals(Fixtures.bits(model.getWeights()), Fixtures.bits(Sequential.load(swapped).getWeights()));
    }

    @Test
    void aLayerMissingAVariableIsRefusedNamingWhatItNeeds() {
        Path file = saved((path, data) -> path.equals("layers/dense/vars/1") ? null : data);
        String e = assertThrows(ModelFileException.class, () -> Sequential.load(file)).getMessage();
        assertTrue(e.contains("layers/dense holds 1 variables for layer 'first' (index 0, Dense), which needs ["), e);
        assertFalse(e.contains("then the integer"), e);
    }
}
