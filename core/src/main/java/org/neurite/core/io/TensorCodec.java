package org.neurite.core.io;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The binary layout of {@code weights.bin} and {@code optimizer.bin} (see the package documentation): a
 * magic, a version, a count, then per array its name, type code, rank, dimensions and row-major values, all
 * little-endian. Reading checks every declared size against the bytes actually present before allocating.
 */
final class TensorCodec {
    static final int MAGIC = 0x4E52544E; // "NTRN" read as little-endian bytes 'N','T','R','N'
    static final int VERSION = 1;
    static final int MAX_ARRAYS = 4096;
    static final int MAX_RANK = 8;
    static final int MAX_NAME_BYTES = 1024;
    static final byte FLOAT32 = 1;
    static final byte FLOAT64 = 2;

    private TensorCodec() {
    }

    static byte[] encode(List<Tensor> tensors) {
        long size = 12;
        List<byte[]> names = new ArrayList<>();
        for (Tensor t : tensors) {
            byte[] name = t.name().getBytes(StandardCharsets.UTF_8);
            names.add(name);
            size += 2 + name.length + 2 + 8L * t.shape().length + (long) t.values().length * elementSize(t.type());
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).putInt(VERSION).putInt(tensors.size());
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            out.putShort((short) names.get(i).length).put(names.get(i));
            out.put(t.type() == DataType.FLOAT ? FLOAT32 : FLOAT64).put((byte) t.shape().length);
            for (long d : t.shape()) {
                out.putLong(d);
            }
            for (double v : t.values()) {
                if (t.type() == DataType.FLOAT) {
                    out.putFloat((float) v);
                } else {
                    out.putDouble(v);
                }
            }
        }
        return out.array();
    }

    static List<Tensor> decode(byte[] bytes, Path file, String entry) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (in.remaining() < 12 || in.getInt() != MAGIC) {
                throw fail(file, entry, "does not start with the magic bytes NTRN; it is not a Neurite array file");
            }
            int version = in.getInt();
            if (version != VERSION) {
                throw fail(file, entry, "has format version " + version + "; this Neurite reads version " + VERSION);
            }
            int count = in.getInt();
            if (count < 0 || count > MAX_ARRAYS) {
                throw fail(file, entry, "declares " + Integer.toUnsignedString(count) + " arrays; at most "
                        + MAX_ARRAYS + " are allowed");
            }
            List<Tensor> tensors = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < count; i++) {
                Tensor t = decodeOne(in, i, file, entry);
                if (!seen.add(t.name())) {
                    throw fail(file, entry, "array " + i + " repeats the name '" + t.name() + "'");
                }
                tensors.add(t);
            }
            if (in.hasRemaining()) {
                throw fail(file, entry, in.remaining() + " unexpected bytes follow the last of " + count + " arrays");
            }
            return tensors;
        } catch (BufferUnderflowException e) {
            throw new ModelFileException(file, entry, "is truncated: it ends inside a header", e);
        }
    }

    private static Tensor decodeOne(ByteBuffer in, int index, Path file, String entry) {
        int nameLength = Short.toUnsignedInt(in.getShort());
        if (nameLength == 0 || nameLength > MAX_NAME_BYTES || nameLength > in.remaining()) {
            throw fail(file, entry, "array " + index + " declares a name of " + nameLength + " bytes; expected 1.."
                    + Math.min(MAX_NAME_BYTES, in.remaining()));
        }
        String name = utf8(in, nameLength, file, entry, index);
        byte code = in.get();
        if (code != FLOAT32 && code != FLOAT64) {
            throw fail(file, entry, "array '" + name + "' has unknown data type code " + code + "; expected "
                    + FLOAT32 + " (float32) or " + FLOAT64 + " (float64)");
        }
        DataType type = code == FLOAT32 ? DataType.FLOAT : DataType.DOUBLE;
        int rank = Byte.toUnsignedInt(in.get());
        if (rank > MAX_RANK) {
            throw fail(file, entry, "array '" + name + "' declares rank " + rank + "; at most " + MAX_RANK);
        }
        long[] shape = new long[rank];
        long count = 1;
        for (int d = 0; d < rank; d++) {
            shape[d] = in.getLong();
            if (shape[d] < 0 || (shape[d] > 0 && count > Long.MAX_VALUE / shape[d])) {
                throw fail(file, entry, "array '" + name + "' declares dimension " + d + " = " + shape[d]);
            }
            count *= shape[d];
        }
        int size = elementSize(type);
        if (count > in.remaining() / size) {
            throw fail(file, entry, "array '" + name + "' declares " + count + " elements (" + java.util.Arrays.toString(
                    shape) + " " + type + ") but only " + in.remaining() + " bytes remain; the file is truncated "
                    + "or damaged");
        }
        double[] values = new double[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = type == DataType.FLOAT ? in.getFloat() : in.getDouble();
        }
        return new Tensor(name, type, shape, values);
    }

    private static String utf8(ByteBuffer in, int length, Path file, String entry, int index) {
        ByteBuffer slice = in.slice().limit(length);
        in.position(in.position() + length);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw fail(file, entry, "array " + index + " has a name that is not valid UTF-8");
        }
    }

    static int elementSize(DataType type) {
        return type == DataType.FLOAT ? 4 : 8;
    }

    private static ModelFileException fail(Path file, String entry, String detail) {
        return new ModelFileException(file, entry, detail);
    }
}
