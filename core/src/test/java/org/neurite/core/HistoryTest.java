package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private static Map<String, Double> logs(double loss, double accuracy) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", loss);
        logs.put("accuracy", accuracy);
        return logs;
    }

    @Test
    void recordsEachSeriesInTheOrderFirstLogged() {
        History h = new History();
        h.record(0, logs(0.9, 0.5));
        h.record(1, logs(0.4, 0.75));
        assertEquals(List.of(0, 1), h.epochs());
        assertEquals(List.of(0.9, 0.4), h.loss());
        assertEquals(0.75, h.last("accuracy"));
        assertEquals(List.of("loss", "accuracy"), List.copyOf(h.history().keySet()));
        assertEquals(2, h.size());
    }

    @Test
    void returnsCopiesThatCannotChangeIt() {
        History h = new History();
        h.record(0, logs(0.9, 0.5));
        assertThrows(UnsupportedOperationException.class, () -> h.get("loss").add(1.0));
        assertThrows(UnsupportedOperationException.class, () -> h.history().get("loss").add(1.0));
        assertEquals(1, h.loss().size());
    }

    @Test
    void rejectsAnUnknownSeriesNamingTheKnownOnes() {
        History h = new History();
        h.record(0, logs(0.9, 0.5));
        Exception e = assertThrows(IllegalArgumentException.class, () -> h.get("val_loss"));
        assertTrue(e.getMessage().contains("'val_loss'") && e.getMessage().contains("[loss, accuracy]"),
                e.getMessage());
        assertEquals(List.of(), new History().loss());
    }
}
