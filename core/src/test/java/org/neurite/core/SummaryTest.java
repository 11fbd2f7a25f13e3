package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.neurite.core.layers.Dense;

class SummaryTest {
    private static final Pattern ROW = Pattern.compile("^ (\\S+) \\((\\w+)\\)\\s+\\(None, (\\d+)\\)\\s+(\\S+)$");

    private static List<String[]> rows(String summary) {
        return summary.lines().map(ROW::matcher).filter(Matcher::matches)
                .map(m -> new String[] {m.group(1), m.group(2), m.group(3), m.group(4)}).toList();
    }

    @Test
    void listsEachLayerWithNameTypeOutputShapeAndParamsLikeKeras() {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(3).withName("hidden"),
                new Dense(1, Activation.SIGMOID).withUseBias(false)).build(2);
        String s = model.summaryText();
        assertTrue(s.startsWith("Model: \"sequential\""), s);
        assertTrue(s.contains("Layer (type)") && s.contains("Output Shape") && s.contains("Param #"), s);
        List<String[]> rows = rows(s);
        assertEquals(3, rows.size(), s);
        assertEquals(List.of("dense", "Dense", "4", "12"), List.of(rows.get(0)));
        assertEquals(List.of("hidden", "Dense", "3", "15"), List.of(rows.get(1)));
        assertEquals(List.of("dense_1", "Dense", "1", "3"), List.of(rows.get(2)));
        assertTrue(s.contains("Total params: 30\n"), s);
        assertTrue(s.contains("Trainable params: 30\n"), s);
        assertTrue(s.contains("Non-trainable params: 0\n"), s);
        assertEquals(30, model.countParams());
    }

    @Test
    void showsAnUnbuiltModelWithoutParameterCounts() {
        String s = new Sequential(new Dense(4), new Dense(1)).summaryText();
        assertTrue(s.contains("(None, 4)") && s.contains("(unbuilt)") && s.contains("Total params: 0"), s);
    }

    @Test
    void summaryPrintsTheSameTextToStandardOutputAsKerasDoes() {
        Sequential model = new Sequential(new Dense(4), new Dense(1)).build(3);
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            model.summary();
        } finally {
            System.setOut(original);
        }
        assertEquals(model.summaryText(), printed.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(model.summaryText().contains("Total params: 21"), model.summaryText());
    }

    @Test
    void countsNonTrainableWeightsApartAsKerasDoes() {
        Sequential model = new Sequential(new Dense(4), new org.neurite.core.layers.BatchNormalization(),
                new Dense(1)).build(2);
        String s = model.summaryText();
        List<String[]> rows = rows(s);
        assertEquals(List.of("batch_normalization", "BatchNormalization", "4", "16"), List.of(rows.get(1)));
        assertTrue(s.contains("Total params: 33\nTrainable params: 25\nNon-trainable params: 8\n"), s);
    }
}
