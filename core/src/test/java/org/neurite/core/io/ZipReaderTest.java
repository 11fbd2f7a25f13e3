package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.Sequential;

class ZipReaderTest {
    @TempDir
    Path dir;
    Path valid;
    Map<String, byte[]> entries;

    @BeforeEach
    void saveAValidModel() {
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(1));
        valid = dir.resolve("valid.zip");
        model.save(valid);
        entries = Zips.entries(valid);
    }

    private ModelFileException loadFails(byte[] bytes) {
        Path file = Zips.write(dir.resolve("bad.zip"), bytes);
        ModelFileException e = assertThrows(ModelFileException.class, () -> Sequential.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e;
    }

    /** The message after "FILE: ", so that no check can be satisfied by the file's name ("bad.zip"). */
    private static String detail(ModelFileException e) {
        String prefix = e.file() + ": ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        return e.getMessage().substring(prefix.length());
    }

    @Test
    void truncatedZipIsReportedAsDamaged() throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        for (int length : new int[] {0, 10, bytes.length / 2, bytes.length - 1}) {
            ModelFileException e = loadFails(Arrays.copyOf(bytes, length));
            assertNull(e.entry(), "the whole file is at fault");
            String detail = detail(e);
            assertTrue(detail.startsWith("is not a readable zip file (java.util.zip.ZipException: ")
                    && detail.endsWith("); it is damaged or not a Neurite model."), detail);
        }
    }

    @Test
    void missingEntryIsNamed() {
        entries.remove("weights.bin");
        ModelFileException e = loadFails(Zips.zip(entries, false));
        assertEquals("weights.bin", e.entry());
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
    }

    @Test
    void unexpectedEntryIsRejected() {
        entries.put("notes.txt", new byte[] {1});
        ModelFileException e = loadFails(Zips.zip(entries, false));
        assertEquals("notes.txt", e.entry());
        assertTrue(e.getMessage().contains("unexpected entry"), e.getMessage());
    }

    @Test
    void entryNamesThatEscapeTheFolderAreRejected() {
        for (String name : new String[] {"../x", "../../etc/passwd", "/abs/path", "a\\..\\b", "C:evil"}) {
            Map<String, byte[]> hostile = new LinkedHashMap<>(entries);
            hostile.put(name, new byte[] {1, 2, 3});
            ModelFileException e = loadFails(Zips.zip(hostile, false));
            assertTrue(e.getMessage().contains("escape the folder"), e.getMessage());
        }
    }

    @Test
    void duplicateEntryIsRejected() {
        Map<String, byte[]> twice = new LinkedHashMap<>(entries);
        twice.put("config.jsoX", entries.get("config.json"));
        ModelFileException e = loadFails(Zips.patch(Zips.zip(twice, false), "config.jsoX", "config.json"));
        assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
    }

    @Test
    void configThatInflatesPastTheLimitIsRejectedAsABomb() {
        byte[] bomb = new byte[64 << 20];
        Arrays.fill(bomb, (byte) ' ');
        entries.put("config.json", bomb);
        byte[] zip = Zips.zip(entries, false);
        assertTrue(zip.length < 1 << 20, "the bomb is small on disk: " + zip.length);
        ModelFileException e = loadFails(zip);
        assertEquals("config.json", e.entry());
        assertTrue(e.getMessage().contains("bytes"), e.getMessage());
    }

    @Test
    void compressedBinaryEntryIsRejected() {
        ModelFileException e = loadFails(Zips.zip(entries, true));
        assertTrue(e.getMessage().contains("uncompressed"), e.getMessage());
    }

    @Test
    void corruptedWeightBytesFailTheCrcCheck() throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        byte[] weights = entries.get("weights.bin");
        int at = indexOf(bytes, weights) + weights.length - 3;
        bytes[at] ^= 0x10;
        ModelFileException e = loadFails(bytes);
        assertEquals("weights.bin", e.entry());
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());
    }

    @Test
    void declaredEntrySizeBeyondTheFileIsRejected() throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        byte[] weights = entries.get("weights.bin");
        byte[] size = new byte[] {(byte) weights.length, (byte) (weights.length >> 8), 0, 0};
        // The central directory's record for weights.bin: patch its two size fields to 2^30 + length.
        int cen = lastIndexOf(bytes, "weights.bin".getBytes()) - 46;
        assertEquals(0x02014b50, le32(bytes, cen), "found the central directory header");
        for (int field : new int[] {20, 24}) {
            assertEquals(le32(size, 0), le32(bytes, cen + field));
            bytes[cen + field + 3] = 0x40;
        }
        ModelFileException e = loadFails(bytes);
        assertEquals("weights.bin", e.entry());
        long declared = (1L << 30) + weights.length;
        assertEquals("weights.bin: declares " + declared + " bytes, more than the " + bytes.length + " allowed (the "
                + "file itself has " + bytes.length + " bytes).", detail(e));
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        for (int i = 0; i + needle.length <= hay.length; i++) {
            if (Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static int lastIndexOf(byte[] hay, byte[] needle) {
        for (int i = hay.length - needle.length; i >= 0; i--) {
            if (Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static Map<String, byte[]> numbered(int count) {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            many.put("e" + i, new byte[] {(byte) i});
        }
        return many;
    }

    @Test
    void sixteenEntriesAreReadAndSeventeenAreTooMany() {
        Map<String, byte[]> seventeen = numbered(17);
        java.util.Set<String> known = seventeen.keySet();
        Path sixteen = Zips.write(dir.resolve("sixteen.zip"), Zips.zip(numbered(ZipReader.MAX_ENTRIES), false));
        Map<String, byte[]> read = ZipReader.read(sixteen, known, java.util.Set.of());
        assertEquals(16, read.size());
        assertEquals(15, read.get("e15")[0]);
        Path tooMany = Zips.write(dir.resolve("seventeen.zip"), Zips.zip(seventeen, false));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ZipReader.read(tooMany, known,
                java.util.Set.of()));
        assertTrue(detail(e).startsWith("has more than 16 entries"), e.getMessage());
    }

    @Test
    void aConfigOfExactlyTheJsonLimitIsRead() {
        byte[] config = new byte[ZipReader.MAX_JSON_BYTES];
        Arrays.fill(config, (byte) ' ');
        Path file = Zips.write(dir.resolve("big.zip"), Zips.zip(Map.of("config.json", config), false));
        assertEquals(ZipReader.MAX_JSON_BYTES, ZipReader.read(file, java.util.Set.of("config.json"),
                java.util.Set.of("config.json")).get("config.json").length);
    }

    @Test
    void unexpectedNamesAreShownUpTo200Characters() {
        for (int length : new int[] {200, 201}) {
            Map<String, byte[]> odd = new LinkedHashMap<>(entries);
            String name = "x".repeat(length);
            odd.put(name, new byte[] {1});
            ModelFileException e = loadFails(Zips.zip(odd, false));
            assertEquals(length == 200 ? name : "x".repeat(200) + "...", e.entry());
        }
    }

    @Test
    void aCompressedConfigDeclaringFewerBytesThanItInflatesToIsDamaged() throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        int cen = lastIndexOf(bytes, "config.json".getBytes()) - 46;
        assertEquals(0x02014b50, le32(bytes, cen), "found the central directory header");
        int declared = le32(bytes, cen + 24);
        assertEquals(entries.get("config.json").length, declared);
        for (int i = 0; i < 4; i++) {
            bytes[cen + 24 + i] = 0; // declare 0 bytes
        }
        ModelFileException e = loadFails(bytes);
        assertEquals("config.json", e.entry());
        assertEquals("config.json: has " + declared + " bytes but declares 0; the file is truncated or damaged.",
                detail(e));
    }
}
