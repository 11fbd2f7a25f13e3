package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitOptionsTest {
    @Test
    void defaultsAreKerasDefaultsWithSeedZero() {
        FitOptions o = FitOptions.defaults();
        assertEquals(1, o.epochs());
        assertEquals(32, o.batchSize());
        assertTrue(o.shuffle());
        assertEquals(0, o.validationSplit());
        assertEquals(null, o.validationData());
        assertEquals(0, o.seed());
        assertEquals(1, o.verbose());
        assertEquals(0, o.initialEpoch());
        assertEquals(List.of(), o.callbacks());
    }

    @Test
    void withersChangeOnlyTheirField() {
        FitOptions o = FitOptions.defaults().withEpochs(7).withBatchSize(3).withSeed(9).withVerbose(2)
                .withShuffle(false).withValidationSplit(0.25).withInitialEpoch(2);
        assertEquals(new FitOptions(7, 3, false, 0.25, null, 9, 2, 2, List.of()), o);
    }

    @Test
    void copiesTheCallbackList() {
        List<Callback> callbacks = new ArrayList<>();
        FitOptions o = FitOptions.defaults().withCallbacks(callbacks);
        callbacks.add(new Callback() { });
        assertEquals(0, o.callbacks().size());
    }

    @Test
    void rejectsValuesOutsideTheirRangesNamingThem() {
        String[][] cases = {
            {"validationSplit=1.0", "[0, 1)"}, {"verbose=3", "0, 1 or 2"}, {"initialEpoch=-1", ">= 0"},
        };
        List<Runnable> calls = List.of(() -> FitOptions.defaults().withValidationSplit(1.0),
                () -> FitOptions.defaults().withVerbose(3), () -> FitOptions.defaults().withInitialEpoch(-1));
        for (int i = 0; i < cases.length; i++) {
            Exception e = assertThrows(IllegalArgumentException.class, calls.get(i)::run);
            for (String fragment : cases[i]) {
                assertTrue(e.getMessage().contains(fragment), e.getMessage());
            }
        }
        List<Callback> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withCallbacks(withNull));
    }

    @Test
    void keepsACheckedCopyOfTheValidationWeightsAndDropsThemWithUnweightedValidationData() {
        Dataset data = new Dataset(org.nd4j.linalg.factory.Nd4j.zeros(3, 2), org.nd4j.linalg.factory.Nd4j.zeros(3, 1));
        org.nd4j.linalg.api.ndarray.INDArray w = org.nd4j.linalg.factory.Nd4j.createFromArray(1f, 2f, 0.5f);
        FitOptions o = FitOptions.defaults().withValidationData(data, w).withEpochs(4);
        w.putScalar(0, -7f);
        assertEquals(List.of(1.0, 2.0, 0.5), java.util.Arrays.stream(o.validationSampleWeight().toDoubleVector())
                .boxed().toList());
        assertEquals(null, o.withValidationData(data).validationSampleWeight());
    }

    @Test
    void rejectsValidationWeightsThatDoNotFitTheValidationRows() {
        Dataset data = new Dataset(org.nd4j.linalg.factory.Nd4j.zeros(3, 2), org.nd4j.linalg.factory.Nd4j.zeros(3, 1));
        Exception e = assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withValidationData(data,
                org.nd4j.linalg.factory.Nd4j.createFromArray(1.0, 2.0)));
        assertTrue(e.getMessage().contains("FitOptions.validationSampleWeight") && e.getMessage().contains("3 values")
                && e.getMessage().contains("[2]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withValidationData(data,
                org.nd4j.linalg.factory.Nd4j.createFromArray(1.0, Double.NaN, 1.0)));
        assertTrue(e.getMessage().contains("NaN at row 1") && e.getMessage().contains(">= 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FitOptions(1, 32, true, 0, null, 0, 1, 0, List.of(),
                true, null, java.util.Map.of(), org.nd4j.linalg.factory.Nd4j.createFromArray(1.0)));
        assertTrue(e.getMessage().contains("validationData is null") && e.getMessage().contains("withValidationData("),
                e.getMessage());
    }
}
