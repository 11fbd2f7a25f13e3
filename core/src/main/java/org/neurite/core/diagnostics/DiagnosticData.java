package org.neurite.core.diagnostics;

import org.neurite.core.Goal;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.core.Activation;
import org.neurite.core.History;
import org.neurite.core.layers.Layer;
import org.neurite.core.LayerTrace;
import org.neurite.core.Sequential;

/**
 * What the checks read, computed once: the labels in double, every layer's pre-activations and the outputs
 * (one forward pass), the inputs in double only when a check asks. At most {@link #MAX_ROWS} rows are examined
 * (the first ones) so that a diagnosis stays cheap on big data.
 */
final class DiagnosticData {
    /** Rows examined at most. */
    static final int MAX_ROWS = 10_000;

    final Sequential model;
    final INDArray x;
    final INDArray y;
    final double[][] labels;
    final List<double[][]> z;
    final double[][] outputs;
    final List<Layer> layers;
    final List<String> names;
    final History history;
    /** Whether the run reached its goal: TRUE, FALSE, or null when unknown (no history, or no goal applies). */
    final Boolean learned;
    /** The run's goal, or null when it has none (fit's default). */
    final Goal goal;
    /** The weights the run started from (getWeights order), or null when unknown. */
    final List<INDArray> initialWeights;
    /** The weights after the run's middle epoch (getWeights order), or null when unknown. */
    final List<INDArray> midwayWeights;
    private double[][] inputs;
    private double[] columnMin;
    private double[] columnMax;

    DiagnosticData(Sequential model, INDArray x, INDArray y, History history, Goal goal,
                   List<INDArray> initialWeights, List<INDArray> midwayWeights) {
        this.model = model;
        long rows = Math.min(x.size(0), MAX_ROWS);
        this.x = rows == x.size(0) ? x : x.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
        this.y = rows == y.size(0) ? y : y.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
        LayerTrace.Result trace = LayerTrace.trace(model, this.x, this.y);
        this.labels = toDouble(this.y);
        this.z = trace.z();
        this.outputs = trace.outputs();
        this.layers = model.layers();
        this.names = model.layerNames();
        this.history = history;
        this.learned = Goals.learned(model, x, y, history, goal);
        this.goal = goal;
        this.initialWeights = initialWeights;
        this.midwayWeights = midwayWeights;
    }

    /** The examined input rows in double (copied on first use). */
    double[][] inputs() {
        if (inputs == null) {
            inputs = toDouble(x);
        }
        return inputs;
    }

    /** Each input column's minimum over the examined rows. */
    double[] columnMin() {
        ranges();
        return columnMin;
    }

    /** Each input column's maximum over the examined rows. */
    double[] columnMax() {
        ranges();
        return columnMax;
    }

    /** Column minima and maxima, row by row through one row buffer (x is finite: LayerTrace checked it). */
    private void ranges() {
        if (columnMin != null) {
            return;
        }
        int cols = (int) x.size(1);
        int rows = (int) x.size(0);
        columnMin = new double[cols];
        columnMax = new double[cols];
        if (x.dataType() == DataType.FLOAT) {
            NativeMatrix m = NativeMatrix.of(compact(x));
            float[] row = new float[cols];
            float[] min = new float[cols];
            float[] max = new float[cols];
            java.util.Arrays.fill(min, Float.POSITIVE_INFINITY);
            java.util.Arrays.fill(max, Float.NEGATIVE_INFINITY);
            for (int r = 0; r < rows; r++) {
                m.loadFloats(r * cols, row, cols);
                for (int c = 0; c < cols; c++) {
                    min[c] = Math.min(min[c], row[c]);
                    max[c] = Math.max(max[c], row[c]);
                }
            }
            for (int c = 0; c < cols; c++) {
                columnMin[c] = min[c];
                columnMax[c] = max[c];
            }
        } else {
            double[] flat = vector(x);
            java.util.Arrays.fill(columnMin, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(columnMax, Double.NEGATIVE_INFINITY);
            for (int r = 0, i = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++, i++) {
                    columnMin[c] = Math.min(columnMin[c], flat[i]);
                    columnMax[c] = Math.max(columnMax[c], flat[i]);
                }
            }
        }
    }

    /** {@code a} itself when its buffer holds exactly its elements in c order, else a compact c-order copy. */
    static INDArray compact(INDArray a) {
        return !a.isView() && a.ordering() == 'c' && a.data().length() == a.length() ? a : a.dup('c');
    }

    int rows() {
        return labels.length;
    }

    /** Output width of layer {@code l} (layers such as Dropout keep their input's width). */
    int width(int l) {
        int w = model.inputWidth();
        for (int i = 0; i <= l; i++) {
            w = layers.get(i).outputWidth(w);
        }
        return w;
    }

    int lastLayer() {
        return layers.size() - 1;
    }

    Activation outputActivation() {
        return layers.get(lastLayer()).activation();
    }

    /** The activation of layer {@code l}'s unit for one z value (row-wise ones are not asked here). */
    double activate(int l, double zValue) {
        return layers.get(l).activation().apply(zValue);
    }

    /** Whether every output is finite. */
    boolean finiteOutputs() {
        for (double[] row : outputs) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The constant predictor's loss for the labels (NaN for losses it does not know). */
    double baseline() {
        return ConstantPredictor.loss(model.loss().name(), labels, layers.get(lastLayer()).units());
    }

    /** Every element of {@code a} (of rank 1 or 2) in c order, in double, through one bulk copy of its buffer. */
    static double[] vector(INDArray a) {
        if (a.dataType() == DataType.FLOAT) {
            float[] f = floats(a);
            double[] out = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                out[i] = f[i];
            }
            return out;
        }
        INDArray c = compact(a.dataType() == DataType.DOUBLE ? a : a.castTo(DataType.DOUBLE));
        double[] out = new double[(int) c.length()];
        NativeMatrix.of(c).loadDoubles(0, out, 0, out.length);
        return out;
    }

    /**
     * Every element of the FLOAT array {@code a} (rank 1 or 2) in c order, through one bulk copy of its native
     * buffer.
     */
    static float[] floats(INDArray a) {
        INDArray c = compact(a);
        float[] out = new float[(int) c.length()];
        NativeMatrix.of(c).loadFloats(0, out, out.length);
        return out;
    }

    /**
     * A matrix as {@code double[rows][cols]}, through one compact copy of its buffer (ND4J's toDoubleMatrix reads
     * element by element and costs milliseconds per thousand values).
     */
    static double[][] toDouble(INDArray a) {
        int rows = (int) a.size(0);
        int cols = (int) a.size(1);
        double[] flat = vector(a);
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = java.util.Arrays.copyOfRange(flat, r * cols, (r + 1) * cols);
        }
        return out;
    }
}
