package org.neurite.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reason a model cannot learn (or, at {@link Severity#INFO}, something worth knowing), with its evidence
 * and the remedies to try.
 *
 * @param code the stable identifier
 * @param severity ERROR (learning blocked), WARNING (learning hurt) or INFO
 * @param layer the layer's name, or null when the finding concerns the whole model or the data
 * @param layerIndex the layer's index in the model, or -1
 * @param units the units concerned (empty when all or none)
 * @param evidence the numbers that prove it, by name, in insertion order
 * @param explanation one or two sentences saying what is wrong and why it matters
 * @param fix what to change, in words
 * @param remedies the single changes to try, each tried by retraining or marked untried
 */
public record Finding(FindingCode code, Severity severity, String layer, int layerIndex, List<Integer> units,
                      Map<String, Double> evidence, String explanation, String fix, List<Remedy> remedies) {
    public Finding {
        if (code == null || severity == null || units == null || evidence == null || explanation == null
                || fix == null || remedies == null || remedies.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("Finding: code, severity, units, evidence, explanation, fix and "
                    + "remedies must not be null; received code=" + code + ", severity=" + severity + ", units="
                    + units + ", evidence=" + evidence + ", remedies=" + remedies + ".");
        }
        if (layerIndex < -1 || (layer == null) != (layerIndex == -1)) {
            throw new IllegalArgumentException("Finding: layerIndex must be -1 exactly when layer is null; received "
                    + "layer=" + layer + ", layerIndex=" + layerIndex + ".");
        }
        units = List.copyOf(units);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        remedies = List.copyOf(remedies);
    }

    /** A finding without remedies. */
    public Finding(FindingCode code, Severity severity, String layer, int layerIndex, List<Integer> units,
                   Map<String, Double> evidence, String explanation, String fix) {
        this(code, severity, layer, layerIndex, units, evidence, explanation, fix, List.of());
    }

    /** A finding about the whole model or the data (no layer). */
    public static Finding ofModel(FindingCode code, Severity severity, Map<String, Double> evidence,
                                  String explanation, String fix) {
        return new Finding(code, severity, null, -1, List.of(), evidence, explanation, fix);
    }

    public Finding withSeverity(Severity severity) {
        return new Finding(code, severity, layer, layerIndex, units, evidence, explanation, fix, remedies);
    }

    public Finding withRemedies(List<Remedy> remedies) {
        return new Finding(code, severity, layer, layerIndex, units, evidence, explanation, fix, remedies);
    }

    /** "ERROR NO_BIAS in layer 'dense_1' (index 1), units [0]". */
    public String headline() {
        StringBuilder s = new StringBuilder(severity.name()).append(' ').append(code.name());
        if (layer != null) {
            s.append(" in layer '").append(layer).append("' (index ").append(layerIndex).append(")");
        }
        if (!units.isEmpty()) {
            s.append(", units ").append(units);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(headline()).append(": ").append(explanation);
        if (!evidence.isEmpty()) {
            s.append(" Evidence: ");
            evidence.forEach((k, v) -> s.append(k).append('=').append(format(v)).append(", "));
            s.setLength(s.length() - 2);
            s.append('.');
        }
        s.append(" Fix: ").append(fix);
        for (Remedy r : remedies) {
            s.append(" [").append(r).append(']');
        }
        return s.toString();
    }

    /** {@code v} as the findings print numbers: integers without a point, others to 4 significant digits. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
