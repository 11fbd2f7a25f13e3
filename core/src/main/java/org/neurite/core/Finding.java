package org.neurite.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reason a model cannot learn, with its evidence.
 *
 * @param code the stable identifier
 * @param layer the layer's name, or null when the finding concerns the whole model or the data
 * @param layerIndex the layer's index in the model, or -1
 * @param units the units concerned (empty when all or none)
 * @param evidence the numbers that prove it, by name, in insertion order
 * @param explanation one sentence saying what is wrong and why it blocks learning
 * @param fix what to change
 */
public record Finding(FindingCode code, String layer, int layerIndex, List<Integer> units,
                      Map<String, Double> evidence, String explanation, String fix) {
    public Finding {
        if (code == null || units == null || evidence == null || explanation == null || fix == null) {
            throw new IllegalArgumentException("Finding: code, units, evidence, explanation and fix must not be null;"
                    + " received code=" + code + ", units=" + units + ", evidence=" + evidence + ".");
        }
        if (layerIndex < -1 || (layer == null) != (layerIndex == -1)) {
            throw new IllegalArgumentException("Finding: layerIndex must be -1 exactly when layer is null; received "
                    + "layer=" + layer + ", layerIndex=" + layerIndex + ".");
        }
        units = List.copyOf(units);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** A finding about the whole model or the data (no layer). */
    public static Finding ofModel(FindingCode code, Map<String, Double> evidence, String explanation, String fix) {
        return new Finding(code, null, -1, List.of(), evidence, explanation, fix);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(code.name());
        if (layer != null) {
            s.append(" in layer '").append(layer).append("' (index ").append(layerIndex).append(")");
        }
        if (!units.isEmpty()) {
            s.append(", units ").append(units);
        }
        s.append(": ").append(explanation).append(" Evidence: ");
        evidence.forEach((k, v) -> s.append(k).append('=').append(format(v)).append(", "));
        s.setLength(s.length() - 2);
        return s.append(". Fix: ").append(fix).toString();
    }

    /** {@code v} as the findings print numbers: integers without a point, others to 4 significant digits. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
