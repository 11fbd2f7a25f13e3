package org.neurite.core.diagnostics;

import org.neurite.core.Diagnosis;
import org.neurite.core.Goal;
import org.neurite.core.Remedy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class TrialsTest {
    private static final FitOptions FIT = FitOptions.defaults().withEpochs(300).withBatchSize(4).withVerbose(0)
            .withGoal(Goal.metric("accuracy", 1.0));

    @Test
    void rejectsABudgetWithoutSeedsNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trials.defaults().withSeeds(0));
        assertTrue(e.getMessage().contains("seeds=0"), e.getMessage());
    }

    @Test
    void theSameDiagnosisVerifiedTwiceGivesTheSameTrialsWhateverTheThreadCount() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
        History history = model.fit(xorX(), xorY(), FIT);
        Diagnosis one = Diagnostics.verify(history.diagnosis(), model, xorX(), xorY(), FIT,
                Trials.defaults().withSeeds(3).withThreads(1));
        Diagnosis two = Diagnostics.verify(history.diagnosis(), model, xorX(), xorY(), FIT,
                Trials.defaults().withSeeds(3).withThreads(2));
        assertEquals(one, two);
        Remedy hidden = one.primary().orElseThrow().remedies().get(0);
        assertEquals(3, hidden.trial().seeds(), one::toString);
    }

    @Test
    void aModelBeyondTheWorkBudgetIsNotTriedUnlessForcedAndSaysSo() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
        History history = model.fit(xorX(), xorY(), FIT);
        Trials tiny = new Trials(3, 2, 10_000, 1, false);
        Diagnosis skipped = Diagnostics.verify(history.diagnosis(), model, xorX(), xorY(), FIT, tiny);
        Remedy r = skipped.primary().orElseThrow().remedies().get(0);
        assertTrue(!r.tried() && r.note().contains("opt-in"), r::toString);
        Diagnosis forced = Diagnostics.verify(history.diagnosis(), model, xorX(), xorY(), FIT, tiny.withForce(true));
        assertTrue(forced.primary().orElseThrow().remedies().get(0).tried(), forced::toString);
    }

    @Test
    void eachWitherSetsItsOwnFieldAndOneOfEachIsTheLeastAccepted() {
        Trials t = new Trials(1, 1, 1, 1e-300, false);
        assertEquals(new Trials(7, 1, 1, 1e-300, false), t.withSeeds(7));
        assertEquals(new Trials(1, 3, 1, 1e-300, false), t.withThreads(3));
        assertEquals(new Trials(1, 1, 500, 1e-300, false), t.withTimeLimitMillis(500));
        assertEquals(new Trials(1, 1, 1, 1e-300, true), t.withForce(true));
        assertThrows(IllegalArgumentException.class, () -> t.withThreads(0));
        assertThrows(IllegalArgumentException.class, () -> t.withTimeLimitMillis(0));
        assertThrows(IllegalArgumentException.class, () -> new Trials(1, 1, 1, 0, false));
    }
}
