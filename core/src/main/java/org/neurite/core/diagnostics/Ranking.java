package org.neurite.core.diagnostics;

import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Orders the raw findings root cause first and settles their severities:
 * <ol>
 * <li>after a NaN or infinite loss or output only DIVERGED is kept (every other number would be read from a
 * broken state);</li>
 * <li>DEAD_UNITS and SATURATED_UNITS findings of the same layer (per unit and per row group) are merged into the
 * most severe, with the union of their units;</li>
 * <li>LEARNING_RATE_TOO_SMALL and TRAINING_TOO_SHORT are dropped when any other cause is found (anything but
 * PLATEAU, a symptom): a loss creeping down behind saturated units or a missing bias is a limit being approached,
 * not slowness, and bigger or more steps do not fix it;</li>
 * <li>when the run reached its goal every finding becomes INFO, except NO_BIAS, which becomes a WARNING: it only
 * fires when an output pinned at f(0) misses its target by half the label span, so the goal passed on the
 * threshold's tie rule (0.5 counts as class 0) while the loss cannot fall;</li>
 * <li>the rest are sorted by {@link #ORDER}, INFO findings last: causes the others follow from come first (the
 * data and the setup before the units they disturb, PLATEAU, a symptom, last), so the first ERROR or WARNING is the
 * root cause; a root cause that leads to an ERROR further down is raised to ERROR itself.</li>
 * </ol>
 */
final class Ranking {
    static final List<FindingCode> ORDER = List.of(FindingCode.DIVERGED, FindingCode.OUTPUT_RANGE,
            FindingCode.LINEARLY_INSEPARABLE, FindingCode.NO_BIAS, FindingCode.INPUT_SCALE, FindingCode.BAD_INITIALIZER,
            FindingCode.EXPLODING_GRADIENTS, FindingCode.DEAD_UNITS, FindingCode.SATURATED_UNITS,
            FindingCode.VANISHING_GRADIENTS, FindingCode.LEARNING_RATE_TOO_SMALL, FindingCode.TRAINING_TOO_SHORT,
            FindingCode.PLATEAU);

    private static final List<FindingCode> PACE = List.of(FindingCode.LEARNING_RATE_TOO_SMALL,
            FindingCode.TRAINING_TOO_SHORT);

    private Ranking() {
    }

    static List<Finding> rank(List<Finding> raw, Boolean learned, boolean brokenState) {
        List<Finding> kept = brokenState
                ? raw.stream().filter(f -> f.code() == FindingCode.DIVERGED).toList() : raw;
        boolean otherCause = kept.stream().anyMatch(f -> !PACE.contains(f.code()) && f.code() != FindingCode.PLATEAU
                && f.severity() != Severity.INFO);
        List<Finding> merged = merge(kept.stream().filter(f -> !(otherCause && PACE.contains(f.code()))).toList());
        List<Finding> out = new ArrayList<>();
        for (Finding f : merged) {
            if (!Boolean.TRUE.equals(learned) || f.code() == FindingCode.DIVERGED) {
                out.add(f);
            } else {
                out.add(f.withSeverity(f.code() == FindingCode.NO_BIAS ? Severity.WARNING : Severity.INFO));
            }
        }
        out.sort(Comparator.comparing((Finding f) -> f.severity() == Severity.INFO)
                .thenComparing(f -> ORDER.indexOf(f.code())));
        boolean blocked = out.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        if (blocked && !out.isEmpty() && out.get(0).severity() == Severity.WARNING) {
            out.set(0, out.get(0).withSeverity(Severity.ERROR));
        }
        return out;
    }

    /** One unit finding per code and layer: the most severe (the first on ties) with the union of the units. */
    private static List<Finding> merge(List<Finding> findings) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (Finding f : findings) {
            boolean perUnit = f.code() == FindingCode.DEAD_UNITS || f.code() == FindingCode.SATURATED_UNITS;
            String key = perUnit ? f.code() + "@" + f.layerIndex() : "#" + byKey.size();
            Finding first = byKey.get(key);
            if (first == null) {
                byKey.put(key, f);
                continue;
            }
            Finding keep = f.severity().compareTo(first.severity()) < 0 ? f : first;
            TreeSet<Integer> units = new TreeSet<>(first.units());
            units.addAll(f.units());
            byKey.put(key, new Finding(keep.code(), keep.severity(), keep.layer(), keep.layerIndex(),
                    new ArrayList<>(units), keep.evidence(), keep.explanation(), keep.fix(), keep.remedies()));
        }
        return new ArrayList<>(byKey.values());
    }
}
