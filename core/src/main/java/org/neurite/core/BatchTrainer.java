package org.neurite.core;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.Network;
import org.neurite.engine.Propagation;
import org.neurite.engine.Workspace;

/**
 * Training steps on one given batch ({@link Sequential#trainOnBatch}) and gradient evaluation
 * ({@link Sequential#computeGradients}). When the caller's arrays are already of the model's type and
 * c-ordered they are used in place, so repeated steps on the same arrays allocate nothing. Sample weights (a
 * contiguous FLOAT or DOUBLE vector is read in place too) and class weights are read again on every step.
 */
final class BatchTrainer {
    private static final String WHO = "trainOnBatch";
    private final MetricStates noMetrics = MetricStates.none();

    private final INDArray x;
    private final INDArray y;
    private final NativeMatrix xm;
    private final NativeMatrix ym;
    private final int units;
    private final INDArray sampleWeight;
    private final NativeMatrix sw;
    private final double[] classTable;
    private final double[] rowWeights;
    private Network net;
    private Workspace w;

    private BatchTrainer(INDArray x, INDArray y, NativeMatrix xm, NativeMatrix ym, int units, INDArray sampleWeight,
                         NativeMatrix sw, boolean classWeighted) {
        this.x = x;
        this.y = y;
        this.xm = xm;
        this.ym = ym;
        this.units = units;
        this.sampleWeight = sampleWeight;
        this.sw = sw;
        this.classTable = classWeighted ? new double[Math.max(units, 2)] : null;
        this.rowWeights = sw != null || classWeighted ? new double[xm.rows()] : null;
    }

    static BatchTrainer prepare(Sequential model, Compiled<?> c, INDArray x, INDArray y) {
        return prepare(model, c, x, y, null, java.util.Map.of());
    }

    /** Checks everything a step needs, so that a refused call changes nothing (the model is not even built). */
    static BatchTrainer prepare(Sequential model, Compiled<?> c, INDArray x, INDArray y, INDArray sampleWeight,
                                java.util.Map<Integer, Double> classWeight) {
        SampleWeights.checkClassWeight(classWeight, WHO + ": classWeight");
        TrainingData.check(model, c, x, y, "x", "labels");
        NativeMatrix xm = Inputs.matrix(x, model.dataType(), "x");
        NativeMatrix ym = Inputs.matrix(y, model.dataType(), "labels");
        NativeMatrix sw = SampleWeights.matrix(sampleWeight, x.size(0), WHO + ": sampleWeight");
        int units = model.outputUnits();
        BatchTrainer trainer = new BatchTrainer(x, y, xm, ym, units, sampleWeight, sw, !classWeight.isEmpty());
        trainer.checkValues(c);
        trainer.readWeights(classWeight);
        return trainer;
    }

    BatchTrainer bind(Network network) {
        this.net = network;
        this.w = new Workspace(network, xm.rows(), ym.cols());
        this.w.smallProducts = true;
        this.w.training = true;
        return this;
    }

    /** Whether these are the same arrays as last time, used in place (so new values are seen). */
    boolean accepts(INDArray x2, INDArray y2, INDArray sampleWeight2, java.util.Map<Integer, Double> classWeight) {
        boolean sameWeights = sampleWeight2 == sampleWeight && (sw == null || sw.array() == sampleWeight);
        return x2 == x && y2 == y && xm.array() == x && ym.array().data() == y.data() && sameWeights
                && classWeight != null && classWeight.isEmpty() == (classTable == null);
    }

    /** Reads the sample weights and the rows' class weights into {@code rowWeights}; nothing when unweighted. */
    private void readWeights(java.util.Map<Integer, Double> classWeight) {
        int rows = xm.rows();
        if (sw != null) {
            SampleWeights.read(sw, rows, rowWeights, WHO + ": sampleWeight");
        }
        if (classTable != null) {
            SampleWeights.fillTable(classWeight, classTable, WHO);
            SampleWeights.multiplyByClass(rowWeights, sw == null ? null : rowWeights, classTable, ym, rows,
                    classWeight, WHO);
        }
    }

    private void checkValues(Compiled<?> c) {
        int rows = xm.rows();
        if (!Propagation.allFinite(xm, rows * xm.cols(), scratchOrNew())
                || !Propagation.allFinite(ym, rows * ym.cols(), scratchOrNew())) {
            Inputs.requireFinite(xm, rows, "x");
            Inputs.requireFinite(ym, rows, "labels");
        }
        Inputs.requireLabels(ym, rows, c.loss, units, "labels");
    }

    private org.neurite.engine.kernel.Scratch checkScratch;

    private org.neurite.engine.kernel.Scratch scratchOrNew() {
        if (w != null) {
            return w.scratch;
        }
        if (checkScratch == null) {
            checkScratch = new org.neurite.engine.kernel.Scratch(0);
        }
        return checkScratch;
    }

    double train(Sequential model, Compiled<?> c, java.util.Map<Integer, Double> classWeight) {
        checkValues(c);
        readWeights(classWeight);
        w.updatesState = true;
        double loss;
        try {
            loss = gradients(c);
        } finally {
            w.updatesState = false;
        }
        model.applyUpdate(c);
        return loss;
    }

    double gradients(Compiled<?> c) {
        int rows = xm.rows();
        Propagation.forward(net, w, xm, rows);
        double loss = Propagation.outputGradient(net, w, ym, rows, c.loss, noMetrics, rowWeights, true);
        Propagation.backward(net, w, xm, rows);
        return loss / rows;
    }
}
