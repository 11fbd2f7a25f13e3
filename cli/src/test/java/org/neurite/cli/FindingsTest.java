package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Severity;

class FindingsTest {
    private static Finding dead(int count) {
        List<Integer> units = new ArrayList<>();
        for (int u = 0; u < count; u++) {
            units.add(2 * u);
        }
        return new Finding(FindingCode.DEAD_UNITS, Severity.INFO, "dense", 0, units, Map.of("deadUnits",
                (double) count), count + " of 256 ReLU units unused.", "Nothing to do.");
    }

    @Test
    void aHeadlineListsAtMostEightUnitsAndSaysHowManyThereAre() {
        assertEquals("INFO DEAD_UNITS in layer 'dense' (index 0), 228 units [0, 2, 4, 6, 8, 10, 12, 14, ...]",
                Findings.headline(dead(228)));
        assertEquals(dead(8).headline(), Findings.headline(dead(8)), "eight units are listed as they are");
    }

    @Test
    void aWideLayersFindingPrintsInAFewLinesWhileTheJsonKeepsEveryUnit() {
        List<Findings.View> views = Findings.of(new Diagnosis(List.of(dead(228))));
        String printed = Findings.describe(views, 100);
        assertTrue(printed.lines().count() <= 3, printed);
        assertEquals(228, ((List<?>) views.get(0).toMap().get("units")).size());
    }
}
