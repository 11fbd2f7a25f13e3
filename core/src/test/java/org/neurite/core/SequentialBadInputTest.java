package org.neurite.core;

import org.neurite.core.layers.Dense;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The bad-input run of issue 17 on {@link Sequential}'s public entry points: each rejected call names what was
 * wrong and the fix, and leaves the model exactly as it was ({@link Fixtures.Snapshot}).
 */
class SequentialBadInputTest {
    private static final FitOptions QUIET = FitOptions.defaults().withVerbose(0).withBatchSize(4).withSeed(1);

    private static Sequential xorModel() {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(new GradientDescent(0.5), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        return model;
    }

    private static <T extends Throwable> String rejected(Class<T> type, Sequential model, Runnable call) {
        Fixtures.Snapshot before = Fixtures.Snapshot.of(model);
        String message = assertThrows(type, call::run).getMessage();
        before.assertSameAs(model);
        return message;
    }

    @Test
    void setWeightsRejectsNanAndInfinityNamingTheArrayAndIndex() {
        Sequential model = xorModel().build(2, 1);
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            List<INDArray> weights = model.getWeights();
            weights.get(2).putScalar(new long[] {3, 0}, bad);
            String message = rejected(IllegalArgumentException.class, model, () -> model.setWeights(weights));
            assertTrue(message.contains("array 2 (dense_1/kernel)") && message.contains("holds " + bad)
                    && message.contains("at index [3, 0]") && message.contains("finite"), message);
        }
    }

    @Test
    void setWeightsRejectsNanInADoubleArrayForAFloatModel() {
        Sequential model = xorModel().build(2, 1);
        List<INDArray> weights = model.getWeights();
        weights.set(1, Nd4j.createFromArray(0.0, 0.0, Double.NaN, 0.0));
        String message = rejected(IllegalArgumentException.class, model, () -> model.setWeights(weights));
        assertTrue(message.contains("array 1 (dense/bias) holds NaN at index [2]"), message);
    }

    @Test
    void aScheduleGivingNanOrANegativeRateIsRejectedBeforeTheStepCounterMoves() {
        for (double bad : new double[] {Double.NaN, -0.1, Double.POSITIVE_INFINITY}) {
            Sequential model = new Sequential(new Dense(1, Activation.SIGMOID));
            model.compile(new Scheduled(step -> step < 3 ? 0.1 : bad), Loss.BINARY_CROSSENTROPY);
            model.fit(Fixtures.xorX(), Fixtures.xorY(), QUIET.withEpochs(2));
            assertEquals(2, model.step());
            String message = rejected(IllegalArgumentException.class, model,
                    () -> model.trainOnBatch(Fixtures.xorX(), Fixtures.xorY()));
            assertTrue(message.contains("step 3: the learning rate is " + bad) && message.contains("Fix the schedule"),
                    message);
        }
    }

    @Test
    void aZeroRateFromAScheduleIsAllowedAsKerasAllowsIt() {
        Sequential model = new Sequential(new Dense(1, Activation.SIGMOID));
        model.compile(new Scheduled(step -> 0.0), Loss.BINARY_CROSSENTROPY);
        model.trainOnBatch(Fixtures.xorX(), Fixtures.xorY());
        assertEquals(1, model.step());
    }

    @Test
    void predictOnAnUnbuiltModelChecksTheInputBeforeBuilding() {
        Sequential model = xorModel();
        INDArray bad = Nd4j.createFromArray(new float[][] {{0, Float.NaN}});
        String message = rejected(IllegalArgumentException.class, model, () -> model.predict(bad));
        assertTrue(message.contains("predict: x contains NaN at row 0, column 1"), message);
        assertFalse(model.isBuilt());
        model.build(3, 7);
        assertEquals(3, model.inputWidth());
    }

    @Test
    void predictIntoAWrongOutputOnAnUnbuiltModelLeavesItUnbuilt() {
        Sequential model = xorModel();
        INDArray out = Nd4j.create(DataType.FLOAT, 4, 2);
        String message = rejected(IllegalArgumentException.class, model, () -> model.predict(Fixtures.xorX(), out));
        assertTrue(message.contains("[4, 1]") && message.contains("received [4, 2]"), message);
        assertFalse(model.isBuilt());
    }

    @Test
    void aLayerTooLargeForOneArraySaysWhichLayerHowManyParametersAndTheLimit() {
        Sequential model = new Sequential(new Dense(100000), new Dense(100000));
        String message = rejected(IllegalArgumentException.class, model, () -> model.build(2));
        assertTrue(message.contains("Dense(units=100000) 'dense_1' at index 1") && message.contains("10000000000")
                && message.contains("2147483647") && message.contains("fewer units"), message);
    }

    @Test
    void layersThatTogetherOverflowTheFlatBufferAreNamedWithTheRunningTotal() {
        Sequential model = new Sequential(new Dense(40000), new Dense(40000), new Dense(40000));
        String message = rejected(IllegalArgumentException.class, model, () -> model.build(1));
        assertTrue(message.contains("'dense_2' at index 2") && message.contains("brings the model to 3200120000"),
                message);
    }

    @Test
    void labelsWithTwoColumnsOnOneSigmoidUnitAdviseOneUnitPerColumn() {
        Sequential model = xorModel();
        INDArray y = Nd4j.createFromArray(new float[][] {{0, 1}, {1, 0}, {1, 0}, {0, 1}});
        String message = rejected(IllegalArgumentException.class, model,
                () -> model.fit(Fixtures.xorX(), y, QUIET));
        assertTrue(message.contains("give the output layer 2 units (one per label column)"), message);
        assertFalse(message.contains("class indices"), message);
    }

    @Test
    void boolFeaturesAreRefusedWithTheConversionToUse() {
        Sequential model = xorModel();
        INDArray x = Fixtures.xorX().castTo(DataType.BOOL);
        String message = rejected(IllegalArgumentException.class, model, () -> model.fit(x, Fixtures.xorY(), QUIET));
        assertTrue(message.contains("BOOL") && message.contains("x.castTo(DataType.FLOAT)"), message);
    }

    @Test
    void aValidationSetOfTheWrongWidthIsNamedAsTheValidationSet() {
        Sequential model = xorModel().build(2, 1);
        Dataset validation = new Dataset(Nd4j.create(DataType.FLOAT, 4, 3), Fixtures.xorY());
        String message = rejected(IllegalArgumentException.class, model,
                () -> model.fit(Fixtures.xorX(), Fixtures.xorY(), QUIET.withValidationData(validation)));
        assertTrue(message.startsWith("fit: validation x: ") && message.contains("input has 3 features"), message);
    }

    @Test
    void aCallbackMonitoringValLossWithoutValidationDataFailsBeforeTheFirstStep() {
        Sequential model = xorModel();
        Callback wantsValLoss = new Callback() {
            @Override
            public void validate(java.util.Set<String> logNames) {
                Callback.requireLog("Probe", "val_loss", logNames);
            }

            @Override
            public void onBatchBegin(int batch, TrainingContext context) {
                throw new AssertionError("training started");
            }
        };
        String message = rejected(IllegalArgumentException.class, model, () -> model.fit(Fixtures.xorX(),
                Fixtures.xorY(), QUIET.withCallbacks(List.of(wantsValLoss))));
        assertTrue(message.contains("Probe monitors 'val_loss'") && message.contains("[loss, ")
                && message.contains("withValidationSplit") && message.contains("monitor \"loss\""), message);
        assertFalse(model.isBuilt());
    }

    @Test
    void callbacksSeeTheLogNamesOfThisFitWithValidation() {
        Sequential model = xorModel();
        java.util.List<java.util.Set<String>> seen = new java.util.ArrayList<>();
        Callback probe = new Callback() {
            @Override
            public void validate(java.util.Set<String> logNames) {
                seen.add(logNames);
            }
        };
        model.fit(Fixtures.xorX(), Fixtures.xorY(), QUIET.withEpochs(1).withCallbacks(List.of(probe))
                .withValidationData(new Dataset(Fixtures.xorX(), Fixtures.xorY())));
        String metric = model.metrics().get(0).name();
        assertEquals(List.of(java.util.Set.of("loss", metric, "val_loss", "val_" + metric)), seen);
    }

    /** An optimizer whose learning rate follows any schedule (plain descent). */
    private record Scheduled(LearningRateSchedule schedule) implements Optimizer<GradientDescent.State> {
        @Override
        public String name() {
            return "scheduled";
        }

        @Override
        public LearningRateSchedule learningRate() {
            return schedule;
        }

        @Override
        public GradientDescent.State init(Parameters parameters) {
            return new GradientDescent.State();
        }

        @Override
        public void update(Parameters parameters, GradientDescent.State state, long step, double learningRate) {
            new GradientDescent(1).update(parameters, state, step, learningRate);
        }
    }

    @Test
    void evaluateOnNanLabelsIsRejectedAndNamesTheRow() {
        Sequential model = xorModel().build(2, 1);
        INDArray y = Fixtures.xorY().dup();
        y.putScalar(2, 0, Double.NaN);
        String message = rejected(IllegalArgumentException.class, model, () -> model.evaluate(Fixtures.xorX(), y));
        assertTrue(message.contains("evaluate: labels contains NaN at row 2"), message);
        Map<String, Double> fine = model.evaluate(Fixtures.xorX(), Fixtures.xorY());
        assertTrue(fine.containsKey("loss"));
    }
}
