package org.neurite.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the entries of a model file with bounded memory and time, trusting none of the sizes the zip
 * declares: only known entry names are accepted (names that try to leave the folder are named as such),
 * JSON entries may inflate to at most {@link #MAX_JSON_BYTES}, binary entries must be stored uncompressed
 * (so they cannot inflate beyond the file's own size), and every entry's CRC-32 is checked.
 */
final class ZipReader {
    static final int MAX_JSON_BYTES = 1 << 20;
    static final int MAX_ENTRIES = 16;

    private ZipReader() {
    }

    /** The bytes of each entry in {@code known}, by name; fails if a {@code required} one is missing. */
    static Map<String, byte[]> read(Path file, Set<String> known, Set<String> required) {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file, null, "no such file (or not a regular file).");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long fileSize = Files.size(file);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new ModelFileException(file, null, "has more than " + MAX_ENTRIES + " entries; a model "
                            + "file has " + known + ".");
                }
                String name = checkName(file, entry.getName(), known);
                if (out.containsKey(name)) {
                    throw new ModelFileException(file, name, "appears twice in the zip.");
                }
                out.put(name, readEntry(zip, entry, file, fileSize));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelFileException m) {
                throw m;
            }
            // java.util.zip reports malformed archives as ZipException, and some malformed names as
            // IllegalArgumentException: both mean a damaged file.
            throw new ModelFileException(file, null, "is not a readable zip file (" + e + "); it is damaged or "
                    + "not a Neurite model.", e);
        }
        for (String name : required) {
            if (!out.containsKey(name)) {
                throw new ModelFileException(file, name, "is missing; a model file holds " + known + " (found "
                        + out.keySet() + ").");
            }
        }
        return out;
    }

    private static String checkName(Path file, String name, Set<String> known) {
        if (known.contains(name)) {
            return name;
        }
        String shown = name.length() > 200 ? name.substring(0, 200) + "..." : name;
        if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            throw new ModelFileException(file, shown, "entry name tries to escape the folder; rejected. A model "
                    + "file holds only " + known + ".");
        }
        throw new ModelFileException(file, shown, "unexpected entry; a model file holds only " + known + ".");
    }

    private static byte[] readEntry(ZipFile zip, ZipEntry entry, Path file, long fileSize) throws IOException {
        String name = entry.getName();
        boolean json = name.endsWith(".json");
        long limit;
        if (json) {
            limit = MAX_JSON_BYTES;
        } else {
            if (entry.getMethod() != ZipEntry.STORED) {
                throw new ModelFileException(file, name, "must be stored uncompressed (method 0); found method "
                        + entry.getMethod() + ". Re-save the model with Neurite.");
            }
            limit = Math.min(fileSize, Integer.MAX_VALUE - 16);
        }
        long declared = entry.getSize();
        if (declared > limit) {
            throw new ModelFileException(file, name, "declares " + declared + " bytes, more than the " + limit
                    + " allowed" + (json ? "" : " (the file itself has " + fileSize + " bytes)") + ".");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = readBounded(in, (int) limit, file, name);
        }
        if (declared >= 0 && bytes.length != declared) {
            throw new ModelFileException(file, name, "has " + bytes.length + " bytes but declares " + declared
                    + "; the file is truncated or damaged.");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw new ModelFileException(file, name, "fails its CRC-32 check; the file is damaged.");
        }
        return bytes;
    }

    private static byte[] readBounded(InputStream in, int limit, Path file, String name) throws IOException {
        byte[] buffer = new byte[Math.min(limit, 1 << 16) + 1];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > limit) {
                    throw new ModelFileException(file, name, "inflates beyond " + limit + " bytes; rejected (a zip "
                            + "bomb or a damaged file).");
                }
                buffer = java.util.Arrays.copyOf(buffer, (int) Math.min((long) limit + 1, 2L * length));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                return java.util.Arrays.copyOf(buffer, length);
            }
            length += n;
        }
    }
}
