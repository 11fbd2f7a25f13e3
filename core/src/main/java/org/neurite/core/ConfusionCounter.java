package org.neurite.core;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.metrics.ConfusionMatrix;

/** {@link Sequential#confusionMatrix}: checks that the model is a single-label classifier, predicts and counts. */
final class ConfusionCounter {
    private ConfusionCounter() {
    }

    static ConfusionMatrix count(Sequential model, Loss loss, INDArray x, INDArray y) {
        int units = model.network().outputWidth();
        Inputs.requireMatrix(x, "confusionMatrix: x");
        Inputs.requireMatrix(y, "confusionMatrix: labels");
        Inputs.requireSameRows(x, y, "confusionMatrix: x", "labels");
        Inputs.requireWidth(x, model.inputWidth(), model);
        boolean logits = loss == Loss.binaryCrossentropy(true);
        boolean binaryLoss = logits || loss == Loss.BINARY_CROSSENTROPY;
        if (binaryLoss && units > 1) {
            throw new IllegalArgumentException("confusionMatrix: " + loss.name() + " on " + units + " sigmoid outputs"
                    + " is multi-label (each output its own yes/no), so there is no single predicted class. Use "
                    + "Metric.precision()/recall() per output, or a softmax classifier.");
        }
        Inputs.requireLabelWidth(y, loss.labelWidth(units), loss, units, "confusionMatrix: labels");
        int rows = (int) x.size(0);
        int labelWidth = loss.labelWidth(units);
        double[] labels = (y.rank() == 1 ? y.reshape(rows, 1) : y).castTo(DataType.DOUBLE).dup('c').data()
                .asDouble();
        int classes = Math.max(2, units);
        for (int i = 0; i < labels.length; i++) {
            double v = labels[i];
            boolean ok = labelWidth == 1 ? v == Math.rint(v) && v >= 0 && v < classes : v == 0 || v == 1;
            if (!ok) {
                throw new IllegalArgumentException("confusionMatrix: labels have " + v + " at row " + (i / labelWidth)
                        + ", column " + (i % labelWidth) + ", but a classifier's labels are " + (labelWidth == 1
                        ? "class indices 0 to " + (classes - 1) : "one-hot rows of 0 and 1") + ". Pass class "
                        + "labels (round probabilities first).");
            }
        }
        double[] p = model.predict(x).castTo(DataType.DOUBLE).dup('c').data().asDouble();
        return ConfusionMatrix.count(p, labels, rows, units, labelWidth, logits ? 0 : 0.5);
    }
}
