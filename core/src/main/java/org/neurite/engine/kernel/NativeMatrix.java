package org.neurite.engine.kernel;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.ByteOrder;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A row-major matrix over (part of) an ND4J buffer, seen both as a native pointer (for BLAS) and as an
 * NIO buffer (for Java loops). Holds its {@link INDArray} so the memory stays reachable.
 *
 * <p>The matrix has a fixed capacity of {@code rows}; kernels take the number of rows actually in use,
 * so one matrix serves every batch size up to its capacity without reallocation.
 */
public final class NativeMatrix {
    private final INDArray array;
    private final int rows;
    private final int cols;
    private final FloatBuffer floats;
    private final IntBuffer bits;
    private final DoubleBuffer doubles;
    private final FloatPointer floatPointer;
    private final DoublePointer doublePointer;

    private NativeMatrix(INDArray array, int rows, int cols) {
        this.array = array;
        this.rows = rows;
        this.cols = cols;
        int length = rows * cols;
        if (array.dataType() == DataType.FLOAT) {
            FloatBuffer all = array.data().asNioFloat();
            all.position((int) array.offset());
            FloatBuffer view = all.slice();
            view.limit(length);
            this.floats = view;
            IntBuffer allBits = array.data().asNio().order(ByteOrder.nativeOrder()).asIntBuffer();
            allBits.position((int) array.offset());
            IntBuffer bitView = allBits.slice();
            bitView.limit(length);
            this.bits = bitView;
            this.doubles = null;
            this.floatPointer = new FloatPointer(array.data().addressPointer());
            this.doublePointer = null;
        } else {
            DoubleBuffer all = array.data().asNioDouble();
            all.position((int) array.offset());
            DoubleBuffer view = all.slice();
            view.limit(length);
            this.floats = null;
            this.bits = null;
            this.doubles = view;
            this.floatPointer = null;
            this.doublePointer = new DoublePointer(array.data().addressPointer());
        }
        verifyViews();
    }

    /**
     * Wraps a c-ordered, contiguous FLOAT or DOUBLE array of rank 1 (seen as one row) or 2.
     *
     * @throws IllegalArgumentException if the array is not contiguous c-order, of another type or rank, or ends
     *         past what one NIO buffer reaches ({@link #withinOneNioBuffer})
     */
    public static NativeMatrix of(INDArray array) {
        DataType type = array.dataType();
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new IllegalArgumentException("NativeMatrix: data type must be FLOAT or DOUBLE; received "
                    + type + ". Cast the array with castTo(DataType.FLOAT).");
        }
        if (array.rank() > 2 || (array.rank() == 2 && array.ordering() != 'c') || array.elementWiseStride() != 1) {
            throw new IllegalArgumentException("NativeMatrix: array must be a contiguous c-order matrix of rank 1 or 2;"
                    + " received shape " + java.util.Arrays.toString(array.shape()) + " order " + array.ordering()
                    + ". Pass array.dup('c').");
        }
        long end = array.offset() + array.length();
        if (!withinOneNioBuffer(end, type)) {
            throw new IllegalArgumentException("NativeMatrix: array must end within the first "
                    + maxElements(type) + " " + type + " elements of its buffer (one NIO buffer holds at"
                    + " most 2^31 - 1 bytes); received shape " + java.util.Arrays.toString(array.shape())
                    + " ending at element " + end + ". Split the data into smaller arrays.");
        }
        int rows = array.rank() == 2 ? (int) array.size(0) : 1;
        int cols = array.rank() == 2 ? (int) array.size(1) : (int) array.length();
        return new NativeMatrix(array, rows, cols);
    }

    /**
     * Whether elements {@code [0, end)} of a buffer of this type fit one NIO buffer: ND4J's NIO view of a longer
     * buffer stops at {@link #maxElements} (wrapping one that ended past it failed in NIO's {@code limit}).
     */
    static boolean withinOneNioBuffer(long end, DataType type) {
        return end <= maxElements(type);
    }

    /** How many elements of this type one NIO buffer holds: {@code Integer.MAX_VALUE} bytes' worth. */
    static int maxElements(DataType type) {
        return Integer.MAX_VALUE / type.width();
    }

    /** Allocates a zeroed matrix of the given type and shape. */
    public static NativeMatrix allocate(DataType type, int rows, int cols) {
        return of(org.nd4j.linalg.factory.Nd4j.create(type, rows, cols));
    }

    private void verifyViews() {
        // The pointer of a view DataBuffer already includes the offset; the NIO view does not (see
        // shared/notes/nd4j-hotpath.md, pitfall 5). Check that pointer, NIO view and ND4J agree at both ends,
        // without writing: the array may be the caller's, read by other threads.
        int n = rows * cols;
        if (n == 0) {
            return;
        }
        for (int i : new int[] {0, n - 1}) {
            double viaNio = get(i);
            double viaPointer = isFloat() ? floatPointer.get(i) : doublePointer.get(i);
            if (isFloat() && Float.floatToRawIntBits(floats.get(i)) != bits.get(i)) {
                throw new IllegalStateException("NativeMatrix: float and bit views of the buffer disagree at " + i);
            }
            double viaArray = array.rank() == 2 ? array.getDouble(i / cols, i % cols) : array.getDouble(i);
            if (Double.doubleToLongBits(viaNio) != Double.doubleToLongBits(viaPointer)
                    || Double.doubleToLongBits(viaNio) != Double.doubleToLongBits(viaArray)) {
                throw new IllegalStateException("NativeMatrix: pointer, NIO and ND4J views of the buffer disagree at "
                        + i + ": " + viaPointer + ", " + viaNio + ", " + viaArray);
            }
        }
    }

    /** Copies {@code length} elements of {@code src} (same type) from {@code srcOffset} to {@code dstOffset}. */
    public void copyFrom(NativeMatrix src, int srcOffset, int dstOffset, int length) {
        if (floats != null) {
            floats.put(dstOffset, src.floats, srcOffset, length);
        } else {
            doubles.put(dstOffset, src.doubles, srcOffset, length);
        }
    }

    public INDArray array() {
        return array;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public boolean isFloat() {
        return floats != null;
    }

    public DataType dataType() {
        return array.dataType();
    }

    FloatPointer floatPointer() {
        return floatPointer;
    }

    DoublePointer doublePointer() {
        return doublePointer;
    }

    /** Element {@code i} of the flat row-major storage. */
    public double get(int i) {
        return floats != null ? floats.get(i) : doubles.get(i);
    }

    /** Element {@code i} of a FLOAT matrix, without widening. */
    public float getFloat(int i) {
        return floats.get(i);
    }

    /** Sets element {@code i} of a FLOAT matrix. */
    public void setFloat(int i, float value) {
        floats.put(i, value);
    }

    public void set(int i, double value) {
        if (floats != null) {
            floats.put(i, (float) value);
        } else {
            doubles.put(i, value);
        }
    }

    /** Copies {@code length} elements starting at {@code offset} into {@code dst}, widening FLOAT values. */
    public void load(int offset, double[] dst, int length, Scratch scratch) {
        if (floats != null) {
            float[] tmp = scratch.floats;
            floats.get(offset, tmp, 0, length);
            for (int i = 0; i < length; i++) {
                dst[i] = tmp[i];
            }
        } else {
            doubles.get(offset, dst, 0, length);
        }
    }

    /** Copies {@code length} elements of {@code src} to {@code offset}, rounding to FLOAT if needed. */
    public void store(int offset, double[] src, int length, Scratch scratch) {
        if (floats != null) {
            float[] tmp = scratch.floats;
            for (int i = 0; i < length; i++) {
                tmp[i] = (float) src[i];
            }
            floats.put(offset, tmp, 0, length);
        } else {
            doubles.put(offset, src, 0, length);
        }
    }

    /** Copies {@code length} FLOAT elements from {@code offset} into {@code dst} (FLOAT matrices only). */
    public void loadFloats(int offset, float[] dst, int length) {
        floats.get(offset, dst, 0, length);
    }

    /** Copies {@code length} FLOAT elements from {@code offset} into {@code dst} at {@code dstOffset}. */
    public void loadFloats(int offset, float[] dst, int dstOffset, int length) {
        floats.get(offset, dst, dstOffset, length);
    }

    /** Copies {@code length} DOUBLE elements from {@code offset} into {@code dst} at {@code dstOffset}. */
    public void loadDoubles(int offset, double[] dst, int dstOffset, int length) {
        doubles.get(offset, dst, dstOffset, length);
    }

    /** Copies {@code length} elements of {@code src} to {@code offset} (FLOAT matrices only). */
    public void storeFloats(int offset, float[] src, int length) {
        floats.put(offset, src, 0, length);
    }

    /** Copies the raw bits of {@code length} FLOAT elements from {@code offset} into {@code dst} (FLOAT only). */
    public void loadBits(int offset, int[] dst, int length) {
        bits.get(offset, dst, 0, length);
    }

    /** Writes {@code length} raw float bit patterns of {@code src} to {@code offset} (FLOAT only). */
    public void storeBits(int offset, int[] src, int length) {
        bits.put(offset, src, 0, length);
    }

    /** Copies {@code length} DOUBLE elements from {@code offset} into {@code dst} (DOUBLE matrices only). */
    public void loadDoubles(int offset, double[] dst, int length) {
        doubles.get(offset, dst, 0, length);
    }

    /** Copies {@code length} elements of {@code src} to {@code offset} (DOUBLE matrices only). */
    public void storeDoubles(int offset, double[] src, int length) {
        doubles.put(offset, src, 0, length);
    }

    /** Copies row {@code srcRow} of {@code src} (same type and width) into row {@code dstRow} of this matrix. */
    public void copyRowFrom(NativeMatrix src, int srcRow, int dstRow) {
        if (floats != null) {
            floats.put(dstRow * cols, src.floats, srcRow * cols, cols);
        } else {
            doubles.put(dstRow * cols, src.doubles, srcRow * cols, cols);
        }
    }

    /** Sets the first {@code length} elements to {@code value}. */
    public void fill(int length, double value) {
        for (int i = 0; i < length; i++) {
            set(i, value);
        }
    }
}
