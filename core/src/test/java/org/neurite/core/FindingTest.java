package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {
    @Test
    void toStringNamesTheCodeLayerUnitsEvidenceAndFix() {
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("deadUnits", 2.0);
        evidence.put("maxPreActivationOfDeadUnits", -0.25);
        Finding finding = new Finding(FindingCode.DEAD_UNITS, Severity.WARNING, "hidden", 0, List.of(1, 3), evidence,
                "They are dead.",
                "Use more units.");
        assertEquals("WARNING DEAD_UNITS in layer 'hidden' (index 0), units [1, 3]: They are dead. Evidence: "
                + "deadUnits=2, "
                + "maxPreActivationOfDeadUnits=-0.2500. Fix: Use more units.", finding.toString());
    }

    @Test
    void evidenceIsCopiedAndUnmodifiable() {
        Map<String, Double> evidence = new LinkedHashMap<>(Map.of("a", 1.0));
        Finding finding = Finding.ofModel(FindingCode.PLATEAU, Severity.WARNING, evidence, "e", "f");
        evidence.put("b", 2.0);
        assertEquals(Map.of("a", 1.0), finding.evidence());
        assertThrows(UnsupportedOperationException.class, () -> finding.evidence().put("c", 3.0));
    }

    @Test
    void toStringListsEachRemedyWithItsTrialOrWhyItWasNotTried() {
        Remedy tried = Remedy.untried("5 relu units in layer 'dense'", new Change.Units(0, 5))
                .withTrial(new Trial(10, 9, 43, 300));
        Remedy untried = Remedy.untried("leaky_relu instead of relu in layer 'dense'",
                new Change.SetActivation(0, org.neurite.core.Activation.LEAKY_RELU));
        Finding finding = new Finding(FindingCode.DEAD_UNITS, Severity.ERROR, "dense", 0, List.of(0, 1), Map.of(),
                "Dead.", "More units.", List.of(tried, untried));
        assertTrue(finding.toString().endsWith("Fix: More units. [5 relu units in layer 'dense': trained on 9 of 10 "
                + "seeds, median 43 epochs] [leaky_relu instead of relu in layer 'dense': untried]"), finding::toString);
    }

    @Test
    void rejectsALayerNameWithoutIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Finding(
                FindingCode.NO_BIAS, Severity.ERROR, "dense", -1, List.of(), Map.of(), "e", "f"));
        assertTrue(e.getMessage().contains("layerIndex=-1"), e.getMessage());
    }
}
