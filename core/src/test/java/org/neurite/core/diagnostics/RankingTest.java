package org.neurite.core.diagnostics;

import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static Finding f(FindingCode code, Severity severity, int layer, List<Integer> units) {
        return new Finding(code, severity, layer < 0 ? null : "l" + layer, layer, units, Map.of(), code.name(), "fix");
    }

    @Test
    void theCauseComesBeforeTheUnitsItDisturbsAndIsRaisedToTheirErrorAndThePlateauComesLast() {
        List<Finding> ranked = Ranking.rank(List.of(f(FindingCode.PLATEAU, Severity.WARNING, -1, List.of()),
                f(FindingCode.SATURATED_UNITS, Severity.ERROR, 0, List.of(0, 1)),
                f(FindingCode.INPUT_SCALE, Severity.WARNING, -1, List.of(0))), false, false);
        assertEquals(List.of(FindingCode.INPUT_SCALE, FindingCode.SATURATED_UNITS, FindingCode.PLATEAU),
                ranked.stream().map(Finding::code).toList());
        assertEquals(Severity.ERROR, ranked.get(0).severity());
    }

    @Test
    void unitFindingsOfOneLayerMergeIntoTheMostSevereWithTheUnionOfTheirUnits() {
        List<Finding> ranked = Ranking.rank(List.of(f(FindingCode.DEAD_UNITS, Severity.INFO, 0, List.of(1)),
                f(FindingCode.DEAD_UNITS, Severity.ERROR, 0, List.of(0, 1))), false, false);
        assertEquals(1, ranked.size(), ranked::toString);
        assertEquals(Severity.ERROR, ranked.get(0).severity());
        assertEquals(List.of(0, 1), ranked.get(0).units());
    }

    @Test
    void aRunThatReachedItsGoalKeepsOnlyInfoFindingsButNoBiasWhichStaysAWarning() {
        List<Finding> ranked = Ranking.rank(List.of(f(FindingCode.DEAD_UNITS, Severity.ERROR, 0, List.of(0)),
                f(FindingCode.NO_BIAS, Severity.ERROR, 1, List.of())), true, false);
        assertEquals(List.of(FindingCode.NO_BIAS, FindingCode.DEAD_UNITS), ranked.stream().map(Finding::code).toList());
        assertEquals(List.of(Severity.WARNING, Severity.INFO), ranked.stream().map(Finding::severity).toList());
    }

    @Test
    void aBrokenStateKeepsOnlyDivergedAndAnotherCauseSilencesThePaceFindings() {
        assertEquals(List.of(FindingCode.DIVERGED), Ranking.rank(List.of(
                f(FindingCode.DEAD_UNITS, Severity.ERROR, 0, List.of(0)),
                f(FindingCode.DIVERGED, Severity.ERROR, -1, List.of())), null, true).stream().map(Finding::code).toList());
        assertEquals(List.of(FindingCode.DEAD_UNITS), Ranking.rank(List.of(
                f(FindingCode.LEARNING_RATE_TOO_SMALL, Severity.WARNING, -1, List.of()),
                f(FindingCode.DEAD_UNITS, Severity.ERROR, 0, List.of(0))), false, false).stream().map(Finding::code)
                .toList());
    }

    @Test
    void infoFindingsComeAfterEveryWarningWhateverTheirCode() {
        List<Finding> ranked = Ranking.rank(List.of(f(FindingCode.OUTPUT_RANGE, Severity.INFO, -1, List.of()),
                f(FindingCode.PLATEAU, Severity.WARNING, -1, List.of())), false, false);
        assertEquals(List.of(FindingCode.PLATEAU, FindingCode.OUTPUT_RANGE), ranked.stream().map(Finding::code).toList());
    }

    @Test
    void ofEquallySevereUnitFindingsTheFirstIsKept() {
        Finding first = new Finding(FindingCode.DEAD_UNITS, Severity.ERROR, "l0", 0, List.of(0), Map.of("a", 1.0),
                "first", "fix");
        Finding second = new Finding(FindingCode.DEAD_UNITS, Severity.ERROR, "l0", 0, List.of(2), Map.of("b", 2.0),
                "second", "fix");
        List<Finding> ranked = Ranking.rank(List.of(first, second), false, false);
        assertEquals(1, ranked.size());
        assertEquals("first", ranked.get(0).explanation());
        assertEquals(List.of(0, 2), ranked.get(0).units());
    }
}
