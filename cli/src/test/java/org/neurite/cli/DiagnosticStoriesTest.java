package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.GradientCheck;
import org.neurite.core.GradientCheckResult;
import org.neurite.core.History;
import org.neurite.core.layers.Layer;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.FindingCode;
import org.neurite.core.Goal;
import org.neurite.core.diagnostics.SeedRun;
import org.neurite.core.diagnostics.SeedSweep;
import org.neurite.core.diagnostics.SweepResult;
import org.neurite.optimizers.Adam;

/** The three stories of issue 6, with Adam, and healthy runs that must end without findings. */
class DiagnosticStoriesTest {
    private static final Goal LEARNED = Goal.metric("binary_accuracy", 1.0);

    private static INDArray truthTable(int bits) {
        double[][] x = new double[1 << bits][bits];
        for (int r = 0; r < x.length; r++) {
            for (int b = 0; b < bits; b++) {
                x[r][b] = (r >> (bits - 1 - b)) & 1;
            }
        }
        return Nd4j.createFromArray(x).castTo(DataType.FLOAT);
    }

    private static INDArray labels(INDArray x, java.util.function.IntPredicate onesToLabel) {
        double[][] y = new double[(int) x.size(0)][1];
        for (int r = 0; r < y.length; r++) {
            y[r][0] = onesToLabel.test(x.getRow(r).sumNumber().intValue()) ? 1 : 0;
        }
        return Nd4j.createFromArray(y).castTo(DataType.FLOAT);
    }

    private static final INDArray X2 = truthTable(2);
    private static final INDArray XOR = labels(X2, ones -> ones == 1);

    private static Sequential adamModel(Layer... layers) {
        Sequential model = new Sequential(layers);
        model.compile(new Adam(0.05), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        return model;
    }

    private static SweepResult xorSweep(int hidden, Activation activation, int epochs) {
        return SeedSweep.of(0, 50).run(seed -> adamModel(new Dense(hidden, activation),
                new Dense(1, Activation.SIGMOID)), X2, XOR, FitOptions.defaults().withEpochs(epochs).withBatchSize(4),
                LEARNED);
    }

    /**
     * Story 2. With Keras's defaults (glorot_uniform, zero biases) a 2-2-1 sigmoid net is a coin flip on XOR:
     * 23 of seeds 0..49 reach 100% accuracy, and an independent plain-double Adam reference started from the
     * same weights succeeds on exactly the same seeds. So the "most seeds" does not hold; we assert
     * a large share learns it and that every failure is explained (the hidden layer saturates the same way on
     * rows with different labels).
     */
    @Test
    void twoTwoOneSigmoidLearnsXorWithAdamForManySeedsAndEveryFailureIsDiagnosed() {
        SweepResult result = xorSweep(2, Activation.SIGMOID, 1000);
        assertTrue(result.successRate() >= 0.4, result::toString);
        for (SeedRun failure : result.failures()) {
            assertTrue(failure.diagnosis().has(FindingCode.SATURATED_UNITS), failure::toString);
        }
    }

    @Test
    void withoutAHiddenLayerXorIsDiagnosedLinearlyInseparable() {
        Sequential model = adamModel(new Dense(1, Activation.SIGMOID));
        History history = model.fit(X2, XOR, FitOptions.defaults().withEpochs(300).withBatchSize(4).withVerbose(0));
        assertTrue(history.last("binary_accuracy") < 1.0);
        assertTrue(history.diagnosis().has(FindingCode.LINEARLY_INSEPARABLE), history.diagnosis()::toString);
    }

    @Test
    void aDeliberatelyWrongBackwardPassIsCaughtByGradientCheck() {
        INDArray x = X2.castTo(DataType.DOUBLE);
        INDArray y = XOR.castTo(DataType.DOUBLE);
        Sequential broken = new Sequential(new BrokenDense(3, Activation.TANH), new Dense(1, Activation.SIGMOID))
                .setDataType(DataType.DOUBLE).build(2, 7);
        broken.compile(new Adam(0.05), Loss.BINARY_CROSSENTROPY);
        GradientCheckResult result = GradientCheck.defaults().check(broken, x, y);
        assertFalse(result.passed(), result::toString);
        assertTrue(result.worst().name().contains("kernel"), result::toString);

        Sequential correct = new Sequential(new BrokenDense(3, Activation.TANH).delegate(),
                new Dense(1, Activation.SIGMOID)).setDataType(DataType.DOUBLE).build(2, 7);
        correct.compile(new Adam(0.05), Loss.BINARY_CROSSENTROPY);
        assertTrue(GradientCheck.defaults().check(correct, x, y).passed());
    }

    /** Story 3: 2-2-1 ReLU stalls far more often than 2-5-1, and its stalls are dead units or a plateau. */
    @Test
    void reluXorSucceedsLessOftenWithTwoHiddenUnitsThanFiveAndItsFailuresAreDeadUnitsOrPlateau() {
        SweepResult two = xorSweep(2, Activation.RELU, 300);
        SweepResult five = xorSweep(5, Activation.RELU, 300);
        assertTrue(two.successRate() < five.successRate(), () -> two + "\n" + five);
        assertFalse(two.failures().isEmpty());
        for (SeedRun failure : two.failures()) {
            Diagnosis d = failure.diagnosis();
            assertTrue(d.has(FindingCode.DEAD_UNITS) || d.has(FindingCode.PLATEAU), failure::toString);
        }
    }

    @Test
    void healthyRunsEndWithoutFindings() {
        INDArray x3 = truthTable(3);
        Object[][] tasks = {
            {X2, XOR, 8}, {X2, labels(X2, ones -> ones == 2), 4}, {X2, labels(X2, ones -> ones >= 1), 4},
            {x3, labels(x3, ones -> ones % 2 == 1), 8}};
        for (Object[] task : tasks) {
            INDArray x = (INDArray) task[0];
            INDArray y = (INDArray) task[1];
            for (long seed = 0; seed < 3; seed++) {
                Sequential model = adamModel(new Dense((int) task[2], Activation.TANH),
                        new Dense(1, Activation.SIGMOID));
                History history = model.fit(x, y, FitOptions.defaults().withEpochs(500).withBatchSize(8)
                        .withSeed(seed).withVerbose(0).withGoal(LEARNED));
                String what = "task " + y + " seed " + seed;
                assertEquals(1.0, history.last("binary_accuracy"), what);
                assertTrue(history.diagnosis().isEmpty(), what);
                Diagnosis diagnosis = model.diagnose(x, y, history);
                assertTrue(diagnosis.isEmpty(), () -> what + ": " + diagnosis);
            }
        }
    }
}
