package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosisTest {
    private static Finding finding(FindingCode code) {
        return Finding.ofModel(code, Severity.WARNING, Map.of("x", 1.0), "why.", "fix.");
    }

    @Test
    void findsFindingsByCodeInOrder() {
        Diagnosis d = new Diagnosis(List.of(finding(FindingCode.DEAD_UNITS), finding(FindingCode.PLATEAU),
                finding(FindingCode.DEAD_UNITS)));
        assertTrue(d.has(FindingCode.PLATEAU));
        assertFalse(d.has(FindingCode.NO_BIAS));
        assertEquals(2, d.get(FindingCode.DEAD_UNITS).size());
        assertEquals(List.of(FindingCode.DEAD_UNITS, FindingCode.PLATEAU), d.codes());
        assertEquals(3, d.toString().lines().filter(l -> l.startsWith("- ")).count());
    }

    @Test
    void anEmptyDiagnosisSaysSo() {
        assertTrue(Diagnosis.empty().isEmpty());
        assertEquals("Diagnosis: no findings.", Diagnosis.empty().toString());
    }

    @Test
    void rejectsNullFindings() {
        assertThrows(IllegalArgumentException.class, () -> new Diagnosis(Arrays.asList(finding(FindingCode.PLATEAU),
                null)));
    }
}
