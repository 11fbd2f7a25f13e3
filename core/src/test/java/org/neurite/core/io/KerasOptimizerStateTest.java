package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.Activation;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.layers.Dense;

/**
 * Optimizer state in Keras's layout, from a {@code .keras}'s {@code optimizer/vars} and a legacy {@code .h5}'s
 * {@code optimizer_weights}: Keras 3's is read in the order of its {@code weight_names}, Keras 2's is left unread.
 */
class KerasOptimizerStateTest {
    private static final Path XOR_H5 = KerasFixtures.file("written-by-keras/xor_2-4-1_adam.h5");

    @TempDir
    Path dir;

    @Test
    void aKeras3H5sStateEqualsTheStateOfTheSameModelSavedAsKeras() {
        Sequential h5 = Sequential.load(XOR_H5);
        Sequential keras = Sequential.load(KerasFixtures.file("written-by-keras/xor_2-4-1_adam.keras"));
        assertEquals(300, h5.step());
        assertEquals(keras.step(), h5.step());
        for (String slot : List.of("m", "v")) {
            INDArray fromH5 = h5.optimizerState().slots().get(slot);
            assertNotNull(fromH5, slot);
            assertTrue(fromH5.sumNumber().doubleValue() != 0, slot);
            assertEquals(Fixtures.bits(List.of(keras.optimizerState().slots().get(slot))),
                    Fixtures.bits(List.of(fromH5)), slot);
        }
    }

    @Test
    void theStateIsPlacedByWeightNamesOrderNotByTheGroupsAlphabeticalOrder() throws Exception {
        Sequential model = Sequential.load(XOR_H5);
        try (HdfFile h5 = HdfFile.fromBytes(java.nio.file.Files.readAllBytes(XOR_H5))) {
            float[] momentum = (float[]) h5.getDatasetByPath("optimizer_weights/adam/sequential_dense_1_kernel_momentum")
                    .getDataFlat();
            float[] velocity = (float[]) h5.getDatasetByPath("optimizer_weights/adam/sequential_dense_bias_velocity")
                    .getDataFlat();
            // flat order: dense kernel (8), dense bias (4), dense_1 kernel (4), dense_1 bias (1)
            assertEquals(momentum[3], model.optimizerState().slots().get("m").getFloat(12 + 3));
            assertEquals(velocity[2], model.optimizerState().slots().get("v").getFloat(8 + 2));
        }
    }

    @Test
    void aKeras2H5sOptimizerWeightsAreLeftUnreadSoTheOptimizerStartsFresh() throws Exception {
        Path file = legacy("2.4.0", List.of("Adam/iter:0", "Adam/dense/kernel/m:0"), List.of(7L, new float[2][4]));
        Sequential model = Sequential.load(file);
        assertEquals(0, model.step());
        assertTrue(model.isCompiled());
    }

    @Test
    void aKeras3H5WhoseStateIsNotUnderstoodIsRefusedRatherThanLoadedWithAWrongOne() throws Exception {
        Path noIteration = legacy("3.5.0", List.of("adam/learning_rate"), List.of(0.05f));
        ModelFileException first = assertThrows(ModelFileException.class, () -> Sequential.load(noIteration));
        assertTrue(first.getMessage().contains("optimizer_weights lists the variables [adam/learning_rate]; a Keras 3 "
                + "file lists its optimizer's iteration first"), first.getMessage());
        Path tooFew = legacy("3.5.0", List.of("adam/iteration", "adam/learning_rate", "adam/k_momentum",
                "adam/k_velocity"), List.of(300L, 0.05f, new float[2][4], new float[2][4]));
        ModelFileException count = assertThrows(ModelFileException.class, () -> Sequential.load(tooFew));
        assertTrue(count.getMessage().contains("optimizer_weights/adam holds 4 variables, which Neurite cannot match to "
                + "tiny_adam's state for 4 weight arrays"), count.getMessage());
        Path badShape = legacy("3.5.0", List.of("adam/iteration", "adam/a", "adam/b", "adam/c", "adam/d", "adam/e",
                "adam/f", "adam/g", "adam/h"), List.of(300L, new float[4][2], new float[2][4], new float[4],
                new float[4], new float[4][1], new float[4][1], new float[1], new float[1]));
        ModelFileException shape = assertThrows(ModelFileException.class, () -> Sequential.load(badShape));
        assertTrue(shape.getMessage().contains("optimizer_weights/adam/a is [4, 2] but holds m for"), shape.getMessage());
    }

    @Test
    void aRefusedListOfVariablesShowsFourNamesWholeAndCountsALongerOne() throws Exception {
        Path four = legacy("3.5.0", List.of("a", "b", "c", "d"), List.of(1f, 2f, 3f, 4f));
        String whole = assertThrows(ModelFileException.class, () -> Sequential.load(four)).getMessage();
        assertTrue(whole.contains("optimizer_weights lists the variables [a, b, c, d]; a Keras 3"), whole);
        Path five = legacy("3.5.0", List.of("a", "b", "c", "d", "e"), List.of(1f, 2f, 3f, 4f, 5f));
        String counted = assertThrows(ModelFileException.class, () -> Sequential.load(five)).getMessage();
        assertTrue(counted.contains("optimizer_weights lists the variables [a, b, c, d] (5 in all); a Keras 3"),
                counted);
    }

    /** A Keras-only .keras (Neurite's own entries left out) of a trained 3-4-1 Adam model, its weights edited. */
    private Path kerasOnly(String name, java.util.function.BiFunction<String, Object, Object> edit) {
        Path file = dir.resolve(name);
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID))
                .build(3, 1);
        model.compile(new TinyAdam(0.05), Loss.BINARY_CROSSENTROPY);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(2));
        model.save(file);
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>(Zips.entries(file));
        entries.remove(KerasFile.EXTRAS);
        entries.remove(KerasFile.EXTRA_STATE);
        entries.put(KerasFile.WEIGHTS, Hdf5Files.rewrite(entries.get(KerasFile.WEIGHTS), edit));
        return Zips.write(file, Zips.zip(entries, false));
    }

    private Path withIteration(long iteration) {
        return kerasOnly("iteration-" + iteration + ".keras",
                (path, data) -> path.equals("optimizer/vars/0") ? (Object) iteration : data);
    }

    @Test
    void theIterationCounterIsReadFromZeroUpToTwoToThe53() {
        assertEquals(0, Sequential.load(withIteration(0)).step());
        assertEquals(1L << 53, Sequential.load(withIteration(1L << 53)).step());
        String above = assertThrows(ModelFileException.class,
                () -> Sequential.load(withIteration((1L << 53) + 2))).getMessage();
        assertTrue(above.contains("optimizer/vars/0 must be the iteration count, a scalar integer >= 0; received "
                + "[9.007199254740994E15]"), above);
        String negative = assertThrows(ModelFileException.class, () -> Sequential.load(withIteration(-1))).getMessage();
        assertTrue(negative.contains("received [-1.0]"), negative);
    }

    @Test
    void anOptimizerBuiltButNeverSteppedHoldsOnlyItsTwoCountersAndStartsFresh() {
        Path file = kerasOnly("unstepped.keras", (path, data) -> path.equals("optimizer/vars/0") ? (Object) 0L
                : path.startsWith("optimizer/vars/") && !path.equals("optimizer/vars/1") ? null : data);
        Sequential model = Sequential.load(file);
        assertTrue(model.isCompiled());
        assertEquals(0, model.step());
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(1));
        assertTrue(model.step() > 0);
    }

    @Test
    void aGivenOptimizerWithoutAKerasStateLayoutIsRefusedRatherThanGivenTheFilesState() {
        Path file = kerasOnly("adam.keras", (path, data) -> data);
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> Sequential.load(file, new org.neurite.core.GradientDescent(0.1)));
        assertTrue(e.getMessage().contains("optimizer/vars holds 10 variables, but Neurite knows no Keras layout of "),
                e.getMessage());
    }

    /** The XOR model of {@link #XOR_H5} as a legacy file of {@code version} with the given optimizer variables. */
    private Path legacy(String version, List<String> names, List<Object> values) throws Exception {
        Path out = dir.resolve("legacy-" + version + "-" + names.size() + ".h5");
        try (HdfFile in = HdfFile.fromBytes(java.nio.file.Files.readAllBytes(XOR_H5));
             WritableHdfFile h5 = HdfFile.write(out)) {
            for (String attribute : List.of("model_config", "training_config", "backend")) {
                h5.putAttribute(attribute, (String) in.getAttribute(attribute).getData());
            }
            h5.putAttribute("keras_version", version);
            WritableGroup weights = h5.putGroup("model_weights");
            weights.putAttribute("layer_names", new String[] {"dense", "dense_1"});
            for (String layer : List.of("dense", "dense_1")) {
                WritableGroup group = weights.putGroup(layer);
                group.putAttribute("weight_names", new String[] {layer + "/kernel", layer + "/bias"});
                WritableGroup inner = group.putGroup(layer);
                for (String w : List.of("kernel", "bias")) {
                    inner.putDataset(w, in.getDatasetByPath("model_weights/" + layer + "/sequential/" + layer + "/" + w)
                            .getData());
                }
            }
            WritableGroup optimizer = h5.putGroup("optimizer_weights");
            optimizer.putAttribute("weight_names", names.toArray(new String[0]));
            Map<String, WritableGroup> groups = new java.util.HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String[] parts = names.get(i).split("/");
                WritableGroup g = groups.computeIfAbsent(parts[0], optimizer::putGroup);
                for (int p = 1; p < parts.length - 1; p++) {
                    String key = String.join("/", new ArrayList<>(List.of(parts)).subList(0, p + 1));
                    WritableGroup parent = g;
                    g = groups.computeIfAbsent(key, k -> parent.putGroup(parts[k.split("/").length - 1]));
                }
                g.putDataset(parts[parts.length - 1], values.get(i));
            }
        }
        return out;
    }
}
