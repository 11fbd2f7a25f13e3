package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class TensorCodecTest {
    private static final Path FILE = Path.of("m.zip");

    @Test
    void layoutMatchesTheDocumentedBytes() {
        byte[] bytes = TensorCodec.encode(List.of(new Tensor("d/b", DataType.FLOAT, new long[] {2},
                new double[] {1.5, -2})));
        ByteBuffer expected = ByteBuffer.allocate(4 + 4 + 4 + 2 + 3 + 1 + 1 + 8 + 8).order(ByteOrder.LITTLE_ENDIAN);
        expected.put(new byte[] {'N', 'T', 'R', 'N'}).putInt(1).putInt(1).putShort((short) 3)
                .put("d/b".getBytes()).put((byte) 1).put((byte) 1).putLong(2).putFloat(1.5f).putFloat(-2f);
        assertArrayEquals(expected.array(), bytes);
    }

    @Test
    void roundTripKeepsEveryBitOfBothTypes() {
        double[] values = {Math.PI, -0.0, Double.MIN_VALUE, 1e300, Double.NaN};
        List<Tensor> in = List.of(new Tensor("a", DataType.DOUBLE, new long[] {5}, values),
                new Tensor("b", DataType.FLOAT, new long[] {1, 2}, new double[] {(float) 0.1, (float) -3e38}));
        List<Tensor> out = TensorCodec.decode(TensorCodec.encode(in), FILE, "weights.bin");
        for (int i = 0; i < 2; i++) {
            assertEquals(in.get(i).name(), out.get(i).name());
            assertEquals(in.get(i).type(), out.get(i).type());
            assertArrayEquals(in.get(i).shape(), out.get(i).shape());
            for (int j = 0; j < in.get(i).values().length; j++) {
                assertEquals(Double.doubleToRawLongBits(in.get(i).values()[j]),
                        Double.doubleToRawLongBits(out.get(i).values()[j]));
            }
        }
    }

    private static byte[] header(String name, int type, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(64 + 8 * dims.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(TensorCodec.MAGIC).putInt(1).putInt(1).putShort((short) name.length()).put(name.getBytes())
                .put((byte) type).put((byte) dims.length);
        for (long d : dims) {
            b.putLong(d);
        }
        b.putFloat(1f);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private static String fails(byte[] bytes) {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> TensorCodec.decode(bytes, FILE, "weights.bin"));
        assertEquals("weights.bin", e.entry());
        return e.getMessage();
    }

    @Test
    void unknownDataTypeIsNamed() {
        String m = fails(header("w", 7, 1));
        assertTrue(m.contains("unknown data type code 7") && m.contains("'w'"), m);
    }

    @Test
    void declaredSizesFarBeyondTheBytesAreRejectedBeforeAllocating() {
        assertTrue(fails(header("w", 1, 1L << 40)).contains("declares 1099511627776 elements"));
        assertTrue(fails(header("w", 2, 1L << 40, 1L << 40)).contains("declares dimension 1"));
        assertTrue(fails(header("w", 1, -1)).contains("declares dimension 0 = -1"));
        assertTrue(fails(header("w", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).contains("rank 9"));
    }

    @Test
    void aShapeWhoseElementCountFitsInALongPassesTheOverflowCheckAndOneBeyondDoesNot() {
        long half = Long.MAX_VALUE / 2; // half · 2 = Long.MAX_VALUE − 1
        String fits = fails(header("w", 1, half, 2));
        assertTrue(fits.contains("declares " + (half * 2) + " elements"), fits);
        String beyond = fails(header("w", 1, half + 1, 2));
        assertTrue(beyond.contains("declares dimension 1 = 2"), beyond);
    }

    @Test
    void truncationTrailingBytesAndBadMagicAreNamed() {
        byte[] good = TensorCodec.encode(List.of(new Tensor("w", DataType.FLOAT, new long[] {3},
                new double[] {1, 2, 3})));
        assertTrue(fails(java.util.Arrays.copyOf(good, 20)).contains("truncated"));
        assertTrue(fails(java.util.Arrays.copyOf(good, good.length + 1)).contains("unexpected bytes"));
        byte[] magic = good.clone();
        magic[0] = 'X';
        assertTrue(fails(magic).contains("magic"));
        byte[] count = good.clone();
        count[11] = (byte) 0x80;
        assertTrue(fails(count).contains("arrays; at most"));
    }

    @Test
    void nameThatIsNotUtf8IsRejected() {
        byte[] bytes = header("ab", 1, 1);
        bytes[14] = (byte) 0xff;
        assertTrue(fails(bytes).contains("not valid UTF-8"));
    }

    private static List<Tensor> roundTrip(List<Tensor> in) {
        List<Tensor> out = TensorCodec.decode(TensorCodec.encode(in), FILE, "weights.bin");
        assertEquals(in.size(), out.size());
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).name(), out.get(i).name());
            assertArrayEquals(in.get(i).shape(), out.get(i).shape());
            assertArrayEquals(in.get(i).values(), out.get(i).values());
        }
        return out;
    }

    @Test
    void filesExactlyAtEveryLimitLoad() {
        List<Tensor> many = new java.util.ArrayList<>();
        for (int i = 0; i < TensorCodec.MAX_ARRAYS; i++) {
            many.add(new Tensor("a" + i, DataType.FLOAT, new long[] {1}, new double[] {i}));
        }
        roundTrip(many);
        roundTrip(List.of(new Tensor("n".repeat(TensorCodec.MAX_NAME_BYTES), DataType.DOUBLE, new long[] {1},
                new double[] {2})));
        roundTrip(List.of(new Tensor("r", DataType.FLOAT, new long[] {1, 1, 1, 1, 1, 1, 1, 2},
                new double[] {1, 2})));
        roundTrip(List.of(new Tensor("z", DataType.FLOAT, new long[] {0, 3}, new double[0]),
                new Tensor("one", DataType.FLOAT, new long[] {1}, new double[] {5})));
    }

    @Test
    void filesOneBeyondEveryLimitAreRejectedNamingTheLimit() {
        List<Tensor> many = new java.util.ArrayList<>();
        for (int i = 0; i <= TensorCodec.MAX_ARRAYS; i++) {
            many.add(new Tensor("a" + i, DataType.FLOAT, new long[] {1}, new double[] {i}));
        }
        String m = fails(TensorCodec.encode(many));
        assertTrue(m.endsWith("weights.bin: declares 4097 arrays; at most 4096 are allowed"), m);
        m = fails(TensorCodec.encode(List.of(new Tensor("n".repeat(TensorCodec.MAX_NAME_BYTES + 1), DataType.FLOAT,
                new long[] {1}, new double[] {2}))));
        assertTrue(m.endsWith("array 0 declares a name of 1025 bytes; expected 1..1024"), m);
        m = fails(header("w", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertTrue(m.endsWith("array 'w' declares rank 9; at most 8"), m);
        // Two float32 values declared, one present (4 bytes).
        m = fails(header("w", 1, 2));
        assertTrue(m.endsWith("array 'w' declares 2 elements ([2] FLOAT) but only 4 bytes remain; the file is "
                + "truncated or damaged"), m);
        // One float64 declared, a float32's 4 bytes present.
        m = fails(header("w", 2, 1));
        assertTrue(m.endsWith("array 'w' declares 1 elements ([1] DOUBLE) but only 4 bytes remain; the file is "
                + "truncated or damaged"), m);
        // An empty name, with 14 bytes after its length (type, rank, one dimension, one float32).
        m = fails(header("", 1, 1));
        assertTrue(m.endsWith("array 0 declares a name of 0 bytes; expected 1..14"), m);
    }
}
