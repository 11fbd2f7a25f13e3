package org.neurite.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkDiagramTest {
    @Test
    void edgeWidthsAreOnAnAbsoluteScaleSoATinyWeightIsAHairline() {
        assertTrue(NetworkDiagram.width(1e-7) < 0.26, "1e-7 is drawn as a hairline");
        assertEquals(2.25f, NetworkDiagram.width(1.0), 1e-6);
        assertEquals(NetworkDiagram.width(-1.0), NetworkDiagram.width(1.0), "the sign is the colour, not the width");
        assertEquals(NetworkDiagram.width(NetworkDiagram.WIDEST), NetworkDiagram.width(100.0), "capped");
    }
}
