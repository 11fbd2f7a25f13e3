package org.neurite.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;

/** The diagnosis findings as the CLI prints and serialises them. */
final class Findings {
    private Findings() {
    }

    /** One finding, flattened for printing and JSON. */
    record View(String code, String layer, List<Integer> units, Map<String, Double> evidence, String explanation,
                String fix, String line) {
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", code);
            m.put("layer", layer);
            m.put("units", units);
            m.put("evidence", evidence);
            m.put("explanation", explanation);
            m.put("fix", fix);
            return m;
        }
    }

    static List<View> of(Diagnosis diagnosis) {
        List<View> views = new ArrayList<>();
        for (Finding f : diagnosis.findings()) {
            views.add(new View(f.code().name(), f.layer(), f.units(), f.evidence(), f.explanation(), f.fix(),
                    f.toString()));
        }
        return views;
    }

    /** Findings grouped by code, for JSON. */
    static Map<String, List<Map<String, Object>>> byCode(List<View> views) {
        Map<String, List<Map<String, Object>>> byCode = new LinkedHashMap<>();
        for (View f : views) {
            byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f.toMap());
        }
        return byCode;
    }
}
