package org.neurite.core.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.GradientDescent;
import org.neurite.core.layers.Layer;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;

/** Data and hand-weighted models shared by the diagnostics tests. */
final class TestModels {
    private TestModels() {
    }

    static INDArray matrix(double[][] values) {
        return Nd4j.createFromArray(values).castTo(DataType.DOUBLE);
    }

    static INDArray booleanInputs(int bits) {
        double[][] x = new double[1 << bits][bits];
        for (int r = 0; r < x.length; r++) {
            for (int b = 0; b < bits; b++) {
                x[r][b] = (r >> (bits - 1 - b)) & 1;
            }
        }
        return matrix(x);
    }

    static INDArray xorX() {
        return booleanInputs(2);
    }

    static INDArray labels(double... y) {
        double[][] out = new double[y.length][1];
        for (int i = 0; i < y.length; i++) {
            out[i][0] = y[i];
        }
        return matrix(out);
    }

    static INDArray xorY() {
        return labels(0, 1, 1, 0);
    }

    /** A DOUBLE model of these layers built for {@code inputs} columns and compiled with GD, BCE and accuracy. */
    static Sequential compiled(int inputs, double rate, Loss loss, Layer... layers) {
        Sequential model = new Sequential(layers).setDataType(DataType.DOUBLE).build(inputs, 0);
        model.compile(new GradientDescent(rate), loss, Metric.ACCURACY);
        return model;
    }

    /** Sets every weight from rows of values, in getWeights() order (kernels as [in][out], biases as [out]). */
    static void setWeights(Sequential model, double[][]... arrays) {
        List<INDArray> weights = new ArrayList<>();
        List<INDArray> current = model.getWeights();
        for (int i = 0; i < arrays.length; i++) {
            INDArray a = matrix(arrays[i]);
            weights.add(current.get(i).rank() == 1 ? a.reshape(current.get(i).length()) : a);
        }
        model.setWeights(weights);
    }

    static Dense dense(int units, Activation activation) {
        return new Dense(units, activation);
    }
}
