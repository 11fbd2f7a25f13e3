package org.neurite.engine.kernel;

/**
 * Reusable heap arrays for chunked loops over native buffers: values are copied into {@code double[]}
 * (or, for FLOAT, {@code float[]}) chunks, computed on with plain loops the JIT can vectorise, and copied back.
 * One Scratch per thread.
 */
public final class Scratch {
    /** Elements per chunk for element-wise loops; a chunk always holds whole rows when rows fit. */
    public static final int CHUNK = 4096;

    final float[] floats;
    public final double[] a;
    public final double[] b;
    public final double[] c;
    public final double[] d;
    /** Float chunks for FLOAT models' loops, which skip widening. */
    public final float[] fa;
    public final float[] fb;
    public final float[] fc;
    public final float[] fd;
    /** Raw float bits, for branch-free integer loops the JIT vectorises (masks, finiteness). */
    public final int[] ia;
    public final int[] ib;

    /** Scratch whose chunks hold at least {@code minLength} elements (at least {@link #CHUNK}). */
    public Scratch(int minLength) {
        int n = Math.max(CHUNK, minLength);
        floats = new float[n];
        a = new double[n];
        b = new double[n];
        c = new double[n];
        d = new double[n];
        fa = new float[n];
        fb = new float[n];
        fc = new float[n];
        fd = new float[n];
        ia = new int[n];
        ib = new int[n];
    }

    /** Rows of width {@code width} that one chunk holds (at least 1). */
    public static int rowsPerChunk(int width) {
        return Math.max(1, CHUNK / Math.max(1, width));
    }

    /** The chunk length needed for rows of {@code width}. */
    public static int chunkLength(int width) {
        return rowsPerChunk(width) * Math.max(1, width);
    }
}
