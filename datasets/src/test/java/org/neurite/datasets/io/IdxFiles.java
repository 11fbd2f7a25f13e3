package org.neurite.datasets.io;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Test helper: writes IDX files by hand, independently of the reader. */
final class IdxFiles {
    private IdxFiles() {
    }

    /** The bytes of an IDX file of {@code type} (0x08, 0x09, 0x0B, 0x0C, 0x0D or 0x0E) with these values. */
    static byte[] bytes(int type, int[] dims, double[] values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt((type << 8) | dims.length);
        for (int d : dims) {
            out.writeInt(d);
        }
        for (double v : values) {
            switch (type) {
                case 0x08, 0x09 -> out.writeByte((int) v);
                case 0x0B -> out.writeShort((int) v);
                case 0x0C -> out.writeInt((int) v);
                case 0x0D -> out.writeFloat((float) v);
                case 0x0E -> out.writeDouble(v);
                default -> throw new IllegalArgumentException("type " + type);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    static Path write(Path file, byte[] content, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }
}
