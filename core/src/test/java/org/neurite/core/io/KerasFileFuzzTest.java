package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.constraints.MaxNorm;
import org.neurite.core.layers.ActivationLayer;
import org.neurite.core.layers.BatchNormalization;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Dropout;
import org.neurite.core.layers.GaussianNoise;
import org.neurite.core.layers.LayerNormalization;
import org.neurite.core.layers.Normalization;
import org.neurite.core.regularizers.L2;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

/**
 * A seeded mutation fuzzer over the real Keras fixtures, Keras's all-layers model without its compile config
 * (core has no SGD, so this one loads and predicts through every layer), and a Neurite-written {@code .keras}
 * of every layer Neurite maps (Normalization, GaussianNoise, BatchNormalization, LayerNormalization, Dropout,
 * Activation, Dense with regularizers and a constraint): whole-file bit
 * flips, truncations and insertions (caught mostly by the zip layer), entries corrupted and re-zipped with
 * valid CRCs, and HDF5 payloads whose bytes are flipped or overwritten with huge sizes and addresses (the
 * structures that lie about sizes or point back into themselves). Every case runs in-process with a time
 * bound, and must load (and predict) or raise {@link ModelFileException}; the HDF5 payload of every case is
 * also walked in full through {@link Hdf5}, beyond the paths a load reads.
 */
class KerasFileFuzzTest {
    static final int CASES = 10_000;
    static final long SECONDS_PER_CASE = 10;
    static final String[] SEEDS = {"written-by-keras/xor_2-4-1_adam.keras", "written-by-keras/xor_2-4-1_adam.h5",
        "written-by-keras/xor_2-4-1_uncompiled.keras", "written-by-keras/regression_rmsprop_schedule.keras",
        "written-by-keras/all_layers_sgd.keras", "rain_keras3.8.0_bn.keras", "friction_keras3.5.0.h5",
        "lstm_keras2.3.0-tf_functional.h5"};

    @TempDir
    Path dir;

    @Test
    void everyMutatedKerasFileLoadsOrFailsWithModelFileExceptionWithinItsTimeBound() throws Exception {
        List<Path> seeds = new ArrayList<>();
        List<String> labels = new ArrayList<>(List.of(SEEDS));
        for (String name : SEEDS) {
            seeds.add(KerasFixtures.file(name));
        }
        seeds.add(allLayersUncompiled());
        labels.add("all_layers_sgd without compile_config");
        seeds.add(neuriteWritten());
        labels.add("Neurite-written, every layer");
        List<byte[]> bytes = new ArrayList<>();
        List<Map<String, byte[]>> entries = new ArrayList<>();
        for (Path seed : seeds) {
            bytes.add(Files.readAllBytes(seed));
            entries.add(KerasFile.isZip(seed) ? Zips.entries(seed) : null);
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        Random random = new Random(20261201);
        long[] nanos = new long[seeds.size()];
        int[] loaded = new int[seeds.size()];
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < CASES && unexpected.size() < 20; i++) {
                int s = random.nextInt(seeds.size());
                boolean zip = KerasFile.isZip(seeds.get(s));
                int kind = random.nextInt(5);
                byte[] mutated = mutate(bytes.get(s), entries.get(s), kind, random);
                Path file = dir.resolve(zip ? "fuzz.keras" : "fuzz.h5");
                Files.write(file, mutated);
                boolean walk = !(zip && kind == 2); // kind 2 of a zip leaves its HDF5 payload intact
                Future<String> run = worker.submit(() -> loadOrFail(file, mutated, zip, walk));
                try {
                    long t0 = System.nanoTime();
                    String outcome = run.get(SECONDS_PER_CASE, TimeUnit.SECONDS);
                    outcomes.merge(outcome, 1, Integer::sum);
                    loaded[s] += outcome.equals("loaded") ? 1 : 0;
                    nanos[s] += System.nanoTime() - t0;
                } catch (TimeoutException e) {
                    run.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                    unexpected.add("case " + i + " (seed " + labels.get(s) + ", kind " + kind
                            + ") ran past " + SECONDS_PER_CASE + " s");
                    Files.write(dir.resolve("hang-" + i), mutated);
                } catch (java.util.concurrent.ExecutionException e) {
                    unexpected.add("case " + i + " (seed " + labels.get(s) + ", kind " + kind + "): " + e.getCause());
                    if (unexpected.size() == 1) {
                        e.getCause().printStackTrace();
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.println("Keras fuzz milliseconds per seed: " + Arrays.toString(Arrays.stream(nanos)
                .map(n -> n / 1_000_000).toArray()));
        System.out.println("Keras fuzz outcomes over " + CASES + " mutated files: " + outcomes);
        System.out.println("Keras fuzz mutated files loaded and predicted, per seed " + labels + ": "
                + Arrays.toString(loaded));
        assertEquals(List.of(), unexpected);
        assertEquals(CASES, outcomes.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(outcomes.getOrDefault("loaded", 0) > 0, "some mutations leave a loadable file: " + outcomes);
        for (int s = seeds.size() - 2; s < seeds.size(); s++) {
            assertTrue(loaded[s] > 0, "mutations of " + labels.get(s) + " reach predict: " + Arrays.toString(loaded));
        }
        assertTrue(outcomes.getOrDefault("ModelFileException model.weights.h5", 0) > 0
                && outcomes.getOrDefault("ModelFileException (whole file)", 0) > 0, "failures reach the HDF5 payload "
                + "and the whole file: " + outcomes);
    }

    /** Loads and predicts; a ModelFileException is an outcome, anything else (an Error too) propagates. */
    private static String loadOrFail(Path file, byte[] mutated, boolean zip, boolean walk) {
        if (walk) {
            walkPayload(file, mutated, zip);
        }
        try {
            Sequential model = Sequential.load(file);
            model.predict(Nd4j.ones(model.dataType(), 2, model.inputWidth()));
            return "loaded";
        } catch (ModelFileException e) {
            return "ModelFileException " + (e.entry() == null ? "(whole file)" : e.entry());
        }
    }

    /** Reads every group, dataset and attribute of the HDF5 payload; only ModelFileException may come out. */
    private static void walkPayload(Path file, byte[] mutated, boolean zip) {
        byte[] h5 = mutated;
        if (zip) {
            try {
                h5 = ZipReader.read(file, KerasFile.KNOWN_ENTRIES, java.util.Set.of()).get(KerasFile.WEIGHTS);
            } catch (ModelFileException e) {
                return;
            }
            if (h5 == null) {
                return;
            }
        }
        try (Hdf5 hdf = Hdf5.open(h5, file, "walk")) {
            walk(hdf, "/", 0);
        } catch (ModelFileException e) {
            // the outcome the contract allows
        }
    }

    private static void walk(Hdf5 hdf, String path, int depth) {
        io.jhdf.api.Node node = hdf.node(path);
        if (node == null || depth > 8) {
            return;
        }
        for (String attribute : Hdf5.guard(null, "walk", path, () -> List.copyOf(node.getAttributes().keySet()))) {
            try {
                hdf.strings(node, attribute);
            } catch (ModelFileException e) {
                // not a string attribute, or damaged
            }
        }
        if (node instanceof io.jhdf.api.Group group) {
            for (String child : hdf.children(group)) {
                walk(hdf, path.equals("/") ? child : path + "/" + child, depth + 1);
            }
        } else {
            try {
                hdf.tensor(path, "t");
            } catch (ModelFileException e) {
                // not a numeric dataset, or damaged
            }
        }
    }

    private static byte[] mutate(byte[] base, Map<String, byte[]> seedEntries, int kind, Random random) {
        boolean zip = seedEntries != null;
        if (zip && kind >= 2) {
            Map<String, byte[]> entries = new LinkedHashMap<>(seedEntries);
            String name = kind >= 3 || !entries.containsKey("config.json") ? KerasFile.WEIGHTS : "config.json";
            byte[] content = entries.getOrDefault(name, new byte[0]);
            entries.put(name, kind == 2 ? jsonMutation(content, random) : hdf5Mutation(content, random));
            return Zips.zip(entries, false);
        }
        if (!zip && kind >= 2) {
            return hdf5Mutation(base, random);
        }
        byte[] b = base.clone();
        if (kind == 0) {
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
            }
            return b;
        }
        return Arrays.copyOf(b, random.nextInt(b.length));
    }

    /** Flips bits, or overwrites 1, 2, 4 or 8 bytes with all-ones, a random value or a small address. */
    private static byte[] hdf5Mutation(byte[] content, Random random) {
        byte[] c = content.clone();
        if (c.length < 16) {
            return c;
        }
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int width = 1 << random.nextInt(4);
            int at = random.nextInt(c.length - width);
            long value = switch (random.nextInt(4)) {
                case 0 -> -1L;
                case 1 -> random.nextLong();
                case 2 -> random.nextInt(c.length);
                default -> c[at] ^ (1L << random.nextInt(8));
            };
            for (int k = 0; k < width; k++) {
                c[at + k] = (byte) (value >> (8 * k));
            }
        }
        return c;
    }

    private static byte[] jsonMutation(byte[] content, Random random) {
        byte[] c = content.clone();
        if (c.length < 4) {
            return c;
        }
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            c[random.nextInt(c.length)] = "0123456789-.e{}[]\",:nt".getBytes()[random.nextInt(22)];
        }
        return c;
    }

    private Path allLayersUncompiled() {
        Path file = KerasFixtures.file("written-by-keras/all_layers_sgd.keras");
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(file));
        org.nd4j.shade.jackson.databind.node.ObjectNode config =
                (org.nd4j.shade.jackson.databind.node.ObjectNode) Json.parse(entries.get("config.json"), file, "c");
        config.remove("compile_config");
        entries.put("config.json", Json.write(config));
        return Zips.write(dir.resolve("all_layers_uncompiled.keras"), Zips.zip(entries, false));
    }

    private Path neuriteWritten() {
        Sequential model = new Sequential(new Normalization().adapt(Fixtures.x(DataType.DOUBLE)), new GaussianNoise(0.1),
                new Dense(4, Activation.TANH).withKernelRegularizer(new L2(1e-3)).withKernelConstraint(new MaxNorm(3, 0)),
                new BatchNormalization(), new Dropout(0.2), new Dense(4).withUseBias(false), new LayerNormalization(),
                new ActivationLayer(Activation.RELU), new Dense(1, Activation.SIGMOID)).build(3, 5);
        model.compile(new TinyAdam(0.05), Loss.BINARY_CROSSENTROPY);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(2));
        Path path = dir.resolve("neurite.keras");
        model.save(path);
        return path;
    }
}
