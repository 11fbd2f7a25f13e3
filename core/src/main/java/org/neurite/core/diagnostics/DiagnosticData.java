package org.neurite.core.diagnostics;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.Activation;
import org.neurite.core.History;
import org.neurite.core.layers.Layer;
import org.neurite.core.LayerTrace;
import org.neurite.core.Sequential;

/**
 * What the checks read, computed once: the rows in double, every layer's pre-activations and the outputs.
 * At most {@link #MAX_ROWS} rows are examined (the first ones) so that a diagnosis stays cheap on big data.
 */
final class DiagnosticData {
    /** Rows examined at most. */
    static final int MAX_ROWS = 10_000;

    final Sequential model;
    final INDArray x;
    final INDArray y;
    final double[][] inputs;
    final double[][] labels;
    final List<double[][]> z;
    final double[][] outputs;
    final List<Layer> layers;
    final List<String> names;
    final History history;

    DiagnosticData(Sequential model, INDArray x, INDArray y, History history) {
        this.model = model;
        long rows = Math.min(x.size(0), MAX_ROWS);
        this.x = rows == x.size(0) ? x : x.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
        this.y = rows == y.size(0) ? y : y.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
        this.inputs = toDouble(this.x);
        this.labels = toDouble(this.y);
        this.z = LayerTrace.preActivations(model, this.x);
        this.outputs = toDouble(model.predict(this.x));
        this.layers = model.layers();
        this.names = model.layerNames();
        this.history = history;
    }

    int rows() {
        return inputs.length;
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

    static double[][] toDouble(INDArray a) {
        return a.castTo(DataType.DOUBLE).toDoubleMatrix();
    }
}
