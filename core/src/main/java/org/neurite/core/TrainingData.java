package org.neurite.core;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.engine.kernel.NativeMatrix;

/**
 * The checked, converted data of one fit call: training rows and optional validation rows, in the
 * model's data type, and their row weights (null when unweighted). Everything is validated here, before the
 * model changes. As Keras, validationSplit also splits the sample weights, validation data may carry its own
 * ({@link FitOptions#validationSampleWeight()}), and class weights apply to the training rows only.
 */
record TrainingData(NativeMatrix x, NativeMatrix y, int rows, NativeMatrix validationX, NativeMatrix validationY,
                    int validationRows, int inputWidth, double[] weights, double[] validationWeights) {

    static TrainingData prepare(Sequential model, Compiled<?> c, INDArray x, INDArray y, INDArray sampleWeight,
                                FitOptions options) {
        check(model, c, x, y, "fit: x", "fit: labels");
        double[] allWeights = SampleWeights.of(sampleWeight, x.size(0), "fit: sampleWeight");
        double[] weights = allWeights;
        double[] validationWeights = null;
        INDArray trainX = x;
        INDArray trainY = y;
        INDArray valX = null;
        INDArray valY = null;
        if (options.validationData() != null) {
            valX = options.validationData().features();
            valY = options.validationData().labels();
            check(model, c, valX, valY, "fit: validation x", "fit: validation labels");
            if (valX.size(1) != x.size(1)) {
                throw new IllegalArgumentException("fit: validation x has " + valX.size(1) + " columns but x has "
                        + x.size(1) + ". Pass validation data with the training data's columns.");
            }
            validationWeights = SampleWeights.of(options.validationSampleWeight(), valX.size(0),
                    "fit: validationSampleWeight");
        } else if (options.validationSplit() > 0) {
            long n = x.size(0);
            long splitAt = (long) Math.ceil(n * (1.0 - options.validationSplit()));
            if (splitAt <= 0 || splitAt >= n) {
                throw new IllegalArgumentException("fit: validationSplit=" + options.validationSplit() + " of " + n
                        + " rows leaves " + splitAt + " for training and " + (n - splitAt) + " for validation; both "
                        + "need at least one row. Use more data or another split.");
            }
            INDArray labels2d = y.rank() == 1 ? y.reshape(y.length(), 1) : y;
            trainX = x.get(NDArrayIndex.interval(0, splitAt), NDArrayIndex.all());
            trainY = labels2d.get(NDArrayIndex.interval(0, splitAt), NDArrayIndex.all());
            valX = x.get(NDArrayIndex.interval(splitAt, n), NDArrayIndex.all());
            valY = labels2d.get(NDArrayIndex.interval(splitAt, n), NDArrayIndex.all());
            if (allWeights != null) {
                weights = java.util.Arrays.copyOfRange(allWeights, 0, (int) splitAt);
                validationWeights = java.util.Arrays.copyOfRange(allWeights, (int) splitAt, (int) n);
            }
        }
        NativeMatrix xm = Inputs.matrix(trainX, model.dataType(), "x");
        NativeMatrix ym = Inputs.matrix(trainY, model.dataType(), "labels");
        int rows = xm.rows();
        int units = model.outputUnits();
        Inputs.requireFinite(xm, rows, "fit: x");
        Inputs.requireFinite(ym, rows, "fit: labels");
        Inputs.requireLabels(ym, rows, c.loss, units, "fit: labels");
        weights = SampleWeights.withClassWeight(weights, options.classWeight(), ym, rows, units, "fit");
        NativeMatrix vx = null;
        NativeMatrix vy = null;
        int valRows = 0;
        if (valX != null) {
            vx = Inputs.matrix(valX, model.dataType(), "validation x");
            vy = Inputs.matrix(valY, model.dataType(), "validation labels");
            valRows = vx.rows();
            Inputs.requireFinite(vx, valRows, "fit: validation x");
            Inputs.requireFinite(vy, valRows, "fit: validation labels");
            Inputs.requireLabels(vy, valRows, c.loss, units, "fit: validation labels");
        }
        return new TrainingData(xm, ym, rows, vx, vy, valRows, (int) x.size(1), weights, validationWeights);
    }

    /** Shapes only: rows match, feature width fits the model, label width fits the loss. */
    static void check(Sequential model, Compiled<?> c, INDArray x, INDArray y, String xWhat, String yWhat) {
        Inputs.requireMatrix(x, xWhat);
        Inputs.requireMatrix(y, yWhat);
        Inputs.requireSameRows(x, y, xWhat, yWhat);
        if (model.isBuilt()) {
            String who = xWhat.startsWith("fit: validation") ? xWhat + ": " : "";
            Inputs.requireWidth(x, model.inputWidth(), model, who);
        }
        int units = model.outputUnits();
        Inputs.requireLabelWidth(y, c.loss.labelWidth(units), c.loss, units, yWhat);
    }

    /** The names the epoch logs of this fit will hold, in log order. */
    java.util.Set<String> logNames(Compiled<?> c, int units) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        names.add("loss");
        names.addAll(new MetricStates(c.metrics, units, y.cols()).logNames());
        if (hasValidation()) {
            List.copyOf(names).forEach(n -> names.add("val_" + n));
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    boolean hasValidation() {
        return validationX != null;
    }
}
