package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Sequential;

/**
 * A seeded mutation fuzzer over valid model files: whole-file bit flips, truncations, insertions and
 * overwrites (mostly caught by the zip layer and CRCs), and entry-level corruptions re-zipped with valid
 * CRCs (which reach the JSON and array decoders). Every outcome must be a load or a ModelFileException.
 */
class ModelFileFuzzTest {
    static final int CASES = 10_000;

    @TempDir
    Path dir;

    @Test
    void everyMutatedFileLoadsOrFailsWithModelFileException() throws IOException {
        List<byte[]> seeds = seedFiles();
        List<Map<String, byte[]>> seedEntries = new ArrayList<>();
        for (int k = 0; k < seeds.size(); k++) {
            seedEntries.add(Zips.entries(dir.resolve("seed" + k + ".zip")));
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        Path file = dir.resolve("fuzz.zip");
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            Random random = new Random(20261122);
            for (int i = 0; i < CASES; i++) {
                int seed = random.nextInt(seeds.size());
                int kind = random.nextInt(6);
                byte[] mutated = kind < 3 ? mutateBytes(seeds.get(seed), kind, random)
                        : mutateEntries(seedEntries.get(seed), random);
                Files.write(file, mutated);
                try {
                    Sequential model = Sequential.load(file);
                    model.predict(Nd4j.ones(model.dataType(), 1, model.inputWidth()));
                    outcomes.merge("loaded", 1, Integer::sum);
                } catch (ModelFileException e) {
                    String entry = e.entry() == null ? "(whole file)"
                            : ModelFile.KNOWN.contains(e.entry()) ? e.entry() : "(unexpected entry name)";
                    outcomes.merge("ModelFileException " + entry, 1, Integer::sum);
                } catch (Throwable t) {
                    unexpected.add("case " + i + " kind " + kind + ": " + t);
                    if (unexpected.size() == 1) {
                        Files.write(dir.resolve("first-unexpected.zip"), mutated);
                        t.printStackTrace();
                    }
                }
            }
        });
        System.out.println("fuzz outcomes over " + CASES + " mutated files: " + outcomes);
        assertEquals(List.of(), unexpected.subList(0, Math.min(20, unexpected.size())));
        assertEquals(CASES, outcomes.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(outcomes.getOrDefault("loaded", 0) > 0, "some mutations leave a loadable file: " + outcomes);
        assertTrue(outcomes.keySet().stream().filter(k -> k.startsWith("ModelFileException")).count() >= 4,
                "failures reach the zip layer and every entry: " + outcomes);
    }

    private List<byte[]> seedFiles() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        Sequential trained = Fixtures.compiled(DataType.FLOAT);
        trained.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(2));
        Sequential untrained = Fixtures.compiled(DataType.DOUBLE);
        Sequential plain = Fixtures.model(DataType.FLOAT);
        for (Sequential model : List.of(trained, untrained, plain)) {
            Path path = dir.resolve("seed" + seeds.size() + ".zip");
            model.save(path);
            seeds.add(Files.readAllBytes(path));
        }
        return seeds;
    }

    private static byte[] mutateBytes(byte[] base, int kind, Random random) {
        byte[] b = base.clone();
        switch (kind) {
            case 0 -> {
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    int at = random.nextInt(b.length);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 1 -> {
                return Arrays.copyOf(b, random.nextInt(b.length));
            }
            default -> {
                int at = random.nextInt(b.length + 1);
                byte[] insert = new byte[1 + random.nextInt(16)];
                random.nextBytes(insert);
                byte[] out = new byte[b.length + insert.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(insert, 0, out, at, insert.length);
                System.arraycopy(b, at, out, at + insert.length, b.length - at);
                return out;
            }
        }
    }

    /** Corrupts one entry's content (or the entry list) and re-zips with correct CRCs. */
    private static byte[] mutateEntries(Map<String, byte[]> base, Random random) {
        Map<String, byte[]> entries = new LinkedHashMap<>(base);
        List<String> names = new ArrayList<>(entries.keySet());
        String name = names.get(random.nextInt(names.size()));
        byte[] content = entries.get(name);
        switch (random.nextInt(7)) {
            case 0 -> entries.remove(name);
            case 1 -> entries.put(name, Arrays.copyOf(content, random.nextInt(content.length + 1)));
            case 2 -> entries.put(name, entries.get(names.get(random.nextInt(names.size()))));
            case 3 -> entries.put(random.nextBoolean() ? "../" + name : name + "x", content);
            case 4 -> entries.put(name, flipNumberOrChar(content, random));
            default -> {
                byte[] c = content.clone();
                for (int n = 1 + random.nextInt(4); n > 0 && c.length > 0; n--) {
                    c[random.nextInt(c.length)] ^= (byte) (1 << random.nextInt(8));
                }
                entries.put(name, c);
            }
        }
        return Zips.zip(entries, false);
    }

    /** Overwrites a byte with a digit or JSON punctuation, or a 4-byte word with an extreme integer. */
    private static byte[] flipNumberOrChar(byte[] content, Random random) {
        byte[] c = content.clone();
        if (c.length < 4) {
            return c;
        }
        int at = random.nextInt(c.length - 3);
        if (random.nextBoolean()) {
            c[at] = "0123456789-.e{}[]\",:nt".getBytes()[random.nextInt(22)];
        } else {
            int v = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt();
            for (int k = 0; k < 4; k++) {
                c[at + k] = (byte) (v >> (8 * k));
            }
        }
        return c;
    }
}
