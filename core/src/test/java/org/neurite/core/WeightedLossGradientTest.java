package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Dense;
import org.neurite.engine.Propagation;
import org.neurite.engine.PropagationTest;
import org.neurite.engine.Workspace;
import org.neurite.engine.kernel.NativeMatrix;

/** The engine's weighted loss (Keras's sample_weight, sum_over_batch_size) against central differences in DOUBLE. */
class WeightedLossGradientTest {
    @Test
    void weightedLossGradientsMatchCentralDifferencesOfTheWeightedLoss() {
        // The loss Σ wᵢ·lossᵢ / rows (Keras's sum_over_batch_size) and its back-propagated gradient, fused and
        // unfused outputs, one weight 0; central differences in DOUBLE as GradientCheck does.
        Activation[] outputs = {Activation.SIGMOID, Activation.SOFTMAX, Activation.SOFTMAX, Activation.LINEAR,
                Activation.SIGMOID, Activation.LINEAR, Activation.LINEAR, Activation.TANH, Activation.LINEAR};
        Loss[] losses = {Loss.BINARY_CROSSENTROPY, Loss.CATEGORICAL_CROSSENTROPY, Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                Loss.MEAN_SQUARED_ERROR, Loss.MEAN_SQUARED_ERROR, Loss.binaryCrossentropy(true),
                Loss.categoricalCrossentropy(true), Loss.HINGE, Loss.MEAN_ABSOLUTE_ERROR};
        double[] weights = {0.5, 2, 0, 1.25, 3};
        for (int k = 0; k < losses.length; k++) {
            Random random = new Random(40 + k);
            INDArray x = Fixtures.uniform(random, 5, 3, -1.5, 1.5);
            INDArray y = Fixtures.labelsFor(losses[k], random, 5, 3, false);
            Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(3, outputs[k]))
                    .setDataType(DataType.DOUBLE).build(3, 40 + k);
            model.compile(new GradientDescent(0.1), losses[k]);
            assertTrue(PropagationTest.kinkMargin(model, x, y, losses[k]) > 1e-3,
                    losses[k] + ": data near the loss's kink");
            Workspace w = new Workspace(model.network(), 5, (int) y.size(1));
            NativeMatrix xm = Inputs.matrix(x, DataType.DOUBLE, "x");
            NativeMatrix ym = Inputs.matrix(y, DataType.DOUBLE, "y");
            weightedLoss(model, w, xm, ym, losses[k], weights, true);
            Propagation.backward(model.network(), w, xm, 5);
            double[] analytic = model.parameters().gradients().toDoubleVector();
            INDArray values = model.parameters().values();
            double h = 1e-6;
            for (int i = 0; i < analytic.length; i++) {
                double saved = values.getDouble(i);
                values.putScalar(i, saved + h);
                double up = weightedLoss(model, w, xm, ym, losses[k], weights, false);
                values.putScalar(i, saved - h);
                double down = weightedLoss(model, w, xm, ym, losses[k], weights, false);
                values.putScalar(i, saved);
                double numeric = (up - down) / (2 * h);
                double error = Math.abs(analytic[i] - numeric)
                        / Math.max(1e-8, Math.abs(analytic[i]) + Math.abs(numeric));
                assertTrue(error <= 1e-6 || Math.abs(analytic[i] - numeric) <= 1e-8, losses[k] + " parameter " + i
                        + ": analytic " + analytic[i] + ", numeric " + numeric);
            }
        }
    }

    private static double weightedLoss(Sequential model, Workspace w, NativeMatrix x,
                                       NativeMatrix y, Loss loss, double[] weights,
                                       boolean gradient) {
        Propagation.forward(model.network(), w, x, 5);
        return Propagation.outputGradient(model.network(), w, y, 5, loss, MetricStates.none(), weights, gradient) / 5;
    }
}
