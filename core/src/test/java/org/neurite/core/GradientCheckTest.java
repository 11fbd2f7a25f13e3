package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Layer;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;

class GradientCheckTest {
    /** A Dense layer whose backward pass is deliberately wrong: its kernel gradient is 1.5 times too large. */
    private record BrokenDense(Dense dense) implements Layer {
        @Override
        public String className() {
            return "BrokenDense";
        }

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public int units() {
            return dense.units();
        }

        @Override
        public Activation activation() {
            return dense.activation();
        }

        @Override
        public boolean useBias() {
            return true;
        }

        @Override
        public List<WeightSpec> weights(int inputWidth) {
            return dense.weights(inputWidth);
        }

        @Override
        public void forward(LayerPass pass) {
            dense.forward(pass);
        }

        @Override
        public void backward(LayerPass pass) {
            dense.backward(pass);
            NativeMatrix g = pass.gradientMatrices().get(0);
            for (int i = 0; i < g.rows() * g.cols(); i++) {
                g.set(i, 1.5 * g.get(i));
            }
        }

        @Override
        public Map<String, Object> config() {
            return dense.config();
        }
    }

    private static Sequential tanhModel(DataType type) {
        Sequential model = new Sequential(new Dense(3, Activation.TANH), new Dense(2, Activation.SIGMOID))
                .setDataType(type).build(2, 7);
        model.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY);
        return model;
    }

    private static INDArray x() {
        return Fixtures.uniform(new Random(3), 4, 2, -1, 1);
    }

    private static INDArray y() {
        return Fixtures.labelsFor(Loss.BINARY_CROSSENTROPY, new Random(4), 4, 2, true);
    }

    @Test
    void passesOnACorrectModelAndReportsEveryWeightArrayInKerasOrder() {
        GradientCheckResult result = GradientCheck.defaults().check(tanhModel(DataType.DOUBLE), x(), y());
        assertTrue(result.passed(), result::toString);
        assertEquals(List.of("dense/kernel", "dense/bias", "dense_1/kernel", "dense_1/bias"),
                result.arrays().stream().map(GradientCheckResult.ArrayCheck::name).toList());
        assertEquals(6, result.arrays().get(0).entriesChecked());
        assertTrue(result.worst().relativeError() < 1e-6, result::toString);
        assertFalse(result.checkedDoubleCopy());
    }

    @Test
    void catchesAWrongBackwardPassInATestOnlyLayerAndNamesTheArray() {
        Sequential model = new Sequential(new Dense(3, Activation.TANH),
                new BrokenDense(new Dense(2, Activation.SIGMOID))).setDataType(DataType.DOUBLE).build(2, 7);
        model.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY);
        GradientCheckResult result = GradientCheck.defaults().check(model, x(), y());
        assertFalse(result.passed(), result::toString);
        assertEquals("broken/kernel", result.worst().name());
        // The analytic value is 1.5 times the numeric one, so the relative error is 0.5 / 2.5 = 0.2.
        assertEquals(0.2, result.worst().relativeError(), 1e-6, result::toString);
        assertEquals(1.5 * result.worst().numeric(), result.worst().analytic(), 1e-8);
        Map<String, Boolean> passed = new java.util.HashMap<>();
        result.arrays().forEach(a -> passed.put(a.name(), a.passed()));
        assertEquals(Map.of("dense/kernel", true, "dense/bias", true, "broken/kernel", false, "broken/bias", true),
                passed);
        assertTrue(result.toString().contains("broken/kernel") && result.toString().contains("FAILED"));
        Sequential floatModel = new Sequential(new Dense(3, Activation.TANH),
                new BrokenDense(new Dense(2, Activation.SIGMOID))).build(2, 7);
        floatModel.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY);
        GradientCheckResult viaCopy = GradientCheck.defaults().check(floatModel, x(), y());
        assertTrue(viaCopy.checkedDoubleCopy());
        assertEquals("broken/kernel", viaCopy.worst().name(), viaCopy::toString);
        assertFalse(viaCopy.passed());
    }

    @Test
    void reportsHandComputableAnalyticAndNumericValues() {
        // One linear unit, MSE on one row: L = (w·2 + b − 0)², with w = 0.5, b = 0: dL/dw = 2·1·2 = 4, dL/db = 2.
        Sequential model = new Sequential(new Dense(1, Activation.LINEAR)).setDataType(DataType.DOUBLE).build(1);
        model.setWeights(List.of(Nd4j.createFromArray(new double[][] {{0.5}}), Nd4j.createFromArray(0.0)));
        model.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        GradientCheckResult result = GradientCheck.defaults().check(model,
                Nd4j.createFromArray(new double[][] {{2}}), Nd4j.createFromArray(new double[][] {{0}}));
        assertEquals(4, result.arrays().get(0).analytic(), 1e-12);
        assertEquals(4, result.arrays().get(0).numeric(), 1e-8);
        assertEquals(2, result.arrays().get(1).analytic(), 1e-12);
        assertEquals(2, result.arrays().get(1).numeric(), 1e-8);
        assertTrue(result.passed(), result::toString);
    }

    @Test
    void leavesADoubleModelsWeightsGradientsAndStepBitIdentical() {
        Sequential model = tanhModel(DataType.DOUBLE);
        model.trainOnBatch(x(), y());
        long[] weights = Fixtures.weightBits(model);
        long[] gradients = Fixtures.bits(model.parameters().gradients());
        Fixtures.Snapshot before = Fixtures.Snapshot.of(model);
        GradientCheck.defaults().check(model, x(), y());
        assertArrayEquals(weights, Fixtures.weightBits(model));
        assertArrayEquals(gradients, Fixtures.bits(model.parameters().gradients()));
        before.assertSameAs(model);
    }

    @Test
    void checksAFloatModelThroughADoubleCopyAndLeavesTheModelUntouched() {
        Sequential model = tanhModel(DataType.FLOAT);
        long[] gradients = Fixtures.bits(model.parameters().gradients());
        Fixtures.Snapshot before = Fixtures.Snapshot.of(model);
        GradientCheckResult result = GradientCheck.defaults().check(model, x().castTo(DataType.FLOAT), y());
        assertTrue(result.checkedDoubleCopy());
        assertTrue(result.passed(), result::toString);
        assertEquals(DataType.FLOAT, model.dataType());
        before.assertSameAs(model);
        assertArrayEquals(gradients, Fixtures.bits(model.parameters().gradients()));
    }

    @Test
    void checksAtMostTheRequestedNumberOfEntriesPerArray() {
        GradientCheckResult result = GradientCheck.defaults().withMaxEntriesPerArray(2)
                .check(tanhModel(DataType.DOUBLE), x(), y());
        assertEquals(List.of(2, 2, 2, 2),
                result.arrays().stream().map(GradientCheckResult.ArrayCheck::entriesChecked).toList());
    }

    @Test
    void rejectsAModelThatIsNotCompiledOrNotBuilt() {
        Sequential notCompiled = new Sequential(new Dense(1)).setDataType(DataType.DOUBLE).build(2);
        Exception e = assertThrows(IllegalStateException.class,
                () -> GradientCheck.defaults().check(notCompiled, x(), y()));
        assertTrue(e.getMessage().contains("before compile"), e.getMessage());
        Sequential notBuilt = new Sequential(new Dense(2, Activation.SIGMOID));
        notBuilt.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY);
        e = assertThrows(IllegalStateException.class, () -> GradientCheck.defaults().check(notBuilt, x(), y()));
        assertTrue(e.getMessage().contains("not built"), e.getMessage());
        assertFalse(notBuilt.isBuilt());
    }

    @Test
    void rejectsDataThatDoesNotFitTheModelWithoutChangingIt() {
        Sequential model = tanhModel(DataType.DOUBLE);
        Fixtures.Snapshot before = Fixtures.Snapshot.of(model);
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.defaults().check(model, Fixtures.uniform(new Random(1), 4, 3, 0, 1), y()));
        assertTrue(e.getMessage().contains("3 features") && e.getMessage().contains("built for 2"), e.getMessage());
        before.assertSameAs(model);
    }

    @Test
    void rejectsSettingsOutsideTheirRangesNamingTheValue() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> GradientCheck.defaults().withH(0));
        assertTrue(e.getMessage().contains("h=0.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GradientCheck.defaults().withTolerance(-1));
        assertTrue(e.getMessage().contains("tolerance=-1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GradientCheck.defaults().withAbsoluteFloor(Double.NaN));
        assertTrue(e.getMessage().contains("absoluteFloor=NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GradientCheck.defaults().withMaxEntriesPerArray(0));
        assertTrue(e.getMessage().contains("maxEntriesPerArray=0"), e.getMessage());
    }

    @Test
    void runsInsideACallbackOfFitAndIsRefusedFromAnotherThreadWhileFitRuns() throws Exception {
        Sequential model = tanhModel(DataType.DOUBLE);
        java.util.concurrent.CountDownLatch inFit = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.List<GradientCheckResult> fromCallback = new java.util.ArrayList<>();
        Callback callback = new Callback() {
            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
                fromCallback.add(GradientCheck.defaults().check(context.model(), x(), y()));
                inFit.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Thread trainer = new Thread(() -> model.fit(x(), y(), FitOptions.defaults().withVerbose(0)
                .withDiagnose(false).withCallbacks(callback)));
        trainer.start();
        try {
            inFit.await();
            Exception e = assertThrows(IllegalStateException.class,
                    () -> GradientCheck.defaults().check(model, x(), y()));
            assertTrue(e.getMessage().contains("GradientCheck.check"), e.getMessage());
        } finally {
            release.countDown();
            trainer.join();
        }
        assertTrue(fromCallback.get(0).passed(), fromCallback.get(0)::toString);
    }
}
