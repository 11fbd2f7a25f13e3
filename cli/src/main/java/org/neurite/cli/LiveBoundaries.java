package org.neurite.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.cli.report.Boundaries;
import org.neurite.cli.report.Figure;
import org.neurite.core.Diagnosis;
import org.neurite.core.History;
import org.neurite.core.Sequential;

/**
 * The live page's decision boundaries for a 2-input plan: the report's pictures, drawn from a copy of the weights
 * on a model of its own (built once, on the rendering thread), so training is never paused to draw.
 */
final class LiveBoundaries implements BiFunction<Integer, List<INDArray>, String> {
    /** The output plot's side on the live page, smaller than the report's to draw faster. */
    static final int PIXELS = 120;
    /** Hidden-unit tiles on the live page (the page shows them at the report's 100 px). */
    static final int TILE = 50;
    private final Plan plan;
    private Sequential copy;

    LiveBoundaries(Plan plan) {
        this.plan = plan;
    }

    @Override
    public String apply(Integer epoch, List<INDArray> weights) {
        if (copy == null) {
            copy = Training.compiled(plan);
            copy.build(plan.task().data().featureCount());
        }
        copy.setWeights(weights);
        Boundaries b = Boundaries.of(Reports.content("", plan, copy, new History(), Map.of(), Diagnosis.empty()),
                PIXELS, TILE);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("epoch", epoch);
        json.put("outputs", figures(b.outputs()));
        List<Object> hidden = new ArrayList<>();
        b.hidden().forEach(layer -> hidden.add(figures(layer)));
        json.put("hidden", hidden);
        List<String> scales = new ArrayList<>();
        b.scales().forEach(s -> scales.add(String.format(java.util.Locale.ROOT, "%.3g", s)));
        json.put("scales", scales);
        return Json.compact(json);
    }

    private static List<Map<String, String>> figures(List<Figure> figures) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Figure f : figures) {
            out.add(Map.of("src", f.dataUrl(), "caption", f.caption()));
        }
        return out;
    }
}
