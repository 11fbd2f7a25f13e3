package org.neurite.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Sequential;

class NetworkDiagramTest {
    @Test
    void edgeWidthsAreOnAnAbsoluteScaleSoATinyWeightIsAHairline() {
        assertTrue(NetworkDiagram.width(1e-7) < 0.26, "1e-7 is drawn as a hairline");
        assertEquals(2.25f, NetworkDiagram.width(1.0), 1e-6);
        assertEquals(NetworkDiagram.width(-1.0), NetworkDiagram.width(1.0), "the sign is the colour, not the width");
        assertEquals(NetworkDiagram.width(NetworkDiagram.WIDEST), NetworkDiagram.width(100.0), "capped");
    }

    @Test
    void theOutputUnitsOfAMultiClassModelAreLabelledWithTheirClassNames() {
        Sequential model = BoundariesTest.threeClasses().model();
        boolean[][] noneDead = {new boolean[8]};
        List<String> inputs = List.of("a", "b");
        BufferedImage named = NetworkDiagram.draw(model, inputs, List.of("north", "east", "origin"), noneDead, 720, 380);
        BufferedImage bare = NetworkDiagram.draw(model, inputs, List.of(), noneDead, 720, 380);
        int[] sizes = {2, 8, 3};
        for (int k = 0; k < 3; k++) {
            int[] centre = NetworkDiagram.node(2, k, sizes, 720, 380 - NetworkDiagram.LEGEND);
            assertTrue(darkPixels(named, centre) > 30, "unit " + k + " is labelled: " + darkPixels(named, centre));
            assertEquals(0, darkPixels(bare, centre), "nothing is written beside unit " + k + " without names");
        }
    }

    @Test
    void aNameTooWideForItsRoomIsCutWithAnEllipsis() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        assertEquals("plum", NetworkDiagram.fitted(g, "plum", 60));
        String cut = NetworkDiagram.fitted(g, "a very long class name indeed", 60);
        assertTrue(cut.endsWith("…") && g.getFontMetrics().stringWidth(cut) <= 60, cut);
    }

    /** Dark pixels in the band right of a unit, where its label goes (past the unit's circle and its edges). */
    private static int darkPixels(BufferedImage img, int[] centre) {
        int n = 0;
        for (int x = centre[0] + 11; x < img.getWidth(); x++) {
            for (int y = centre[1] - 8; y <= centre[1] + 6; y++) {
                int rgb = img.getRGB(x, y);
                n += ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 300 ? 1 : 0;
            }
        }
        return n;
    }
}
