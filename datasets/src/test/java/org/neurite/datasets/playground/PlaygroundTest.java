package org.neurite.datasets.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Dataset;

class PlaygroundTest {
    static final PlaygroundOptions CLEAN = PlaygroundOptions.defaults();
    static final List<String> NAMES = List.of("circle", "gaussians", "xor2d", "spiral", "spiral:3", "blobs:2",
            "blobs:5");

    @Test
    void everyDatasetHasTwoFloatFeaturesInTheSquareAndBalancedClasses() {
        for (String name : NAMES) {
            for (double noise : new double[] {0, 0.5}) {
                Dataset d = Playground.byName(name, CLEAN.withRows(503).withNoise(noise));
                assertEquals(503, d.size(), name);
                assertEquals(2, d.featureCount(), name);
                assertEquals(DataType.FLOAT, d.features().dataType(), name);
                assertTrue(d.features().minNumber().doubleValue() >= -1, name);
                assertTrue(d.features().maxNumber().doubleValue() <= 1, name);
                int[] counts = counts(d);
                for (int c = 0; c < counts.length; c++) {
                    assertEquals(503 / counts.length + (c < 503 % counts.length ? 1 : 0), counts[c], name + " " + c);
                }
            }
        }
    }

    @Test
    void twoClassesGiveOneZeroOneColumnAndMoreGiveOneHotRows() {
        assertEquals(1, Playground.circle(CLEAN).labelCount());
        assertEquals(1, Playground.blobs(2, CLEAN).labelCount());
        Dataset five = Playground.blobs(5, CLEAN);
        assertEquals(5, five.labelCount());
        assertEquals(500.0, five.labels().sumNumber().doubleValue());
        assertEquals(1.0, five.labels().getDouble(7, 2));
    }

    @Test
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers() {
        for (String name : NAMES) {
            PlaygroundOptions o = CLEAN.withNoise(0.1).withSeed(7);
            assertEquals(Playground.byName(name, o), Playground.byName(name, o), name);
            assertNotEquals(Playground.byName(name, o).features(), Playground.byName(name, o.withSeed(8)).features(),
                    name);
        }
    }

    @Test
    void circlePutsClassOneInsideRadiusHalfAndClassZeroOnTheOuterRing() {
        Dataset d = Playground.circle(CLEAN);
        for (int r = 0; r < d.size(); r++) {
            double radius = Math.hypot(d.features().getDouble(r, 0), d.features().getDouble(r, 1));
            boolean inside = d.labels().getDouble(r, 0) == 1;
            assertTrue(inside ? radius <= 0.5 + 1e-6 : radius >= 0.7 - 1e-6 && radius <= 1 + 1e-6, "row " + r);
        }
    }

    @Test
    void xorLabelsTheFirstAndThirdQuadrantsOne() {
        Dataset d = Playground.xor(CLEAN);
        for (int r = 0; r < d.size(); r++) {
            double x = d.features().getDouble(r, 0);
            double y = d.features().getDouble(r, 1);
            assertTrue(Math.abs(x) >= 0.05 - 1e-6 && Math.abs(y) >= 0.05 - 1e-6);
            assertEquals(x * y > 0 ? 1.0 : 0.0, d.labels().getDouble(r, 0), "row " + r);
        }
    }

    @Test
    void blobsSitAroundTheirCentres() {
        Dataset d = Playground.blobs(4, CLEAN.withRows(4000));
        double[][] sums = new double[4][2];
        for (int r = 0; r < d.size(); r++) {
            int c = r % 4;
            sums[c][0] += d.features().getDouble(r, 0) / 1000;
            sums[c][1] += d.features().getDouble(r, 1) / 1000;
        }
        for (int c = 0; c < 4; c++) {
            assertEquals(0.6 * Math.cos(Math.PI * c / 2), sums[c][0], 0.02, "class " + c);
            assertEquals(0.6 * Math.sin(Math.PI * c / 2), sums[c][1], 0.02, "class " + c);
        }
    }

    @Test
    void spiralArmsAreRotatedCopiesOfEachOther() {
        Dataset d = Playground.spiral(CLEAN);
        for (int r = 0; r < d.size(); r++) {
            double x = d.features().getDouble(r, 0);
            double y = d.features().getDouble(r, 1);
            double t = Math.hypot(x, y);
            double angle = 3.5 * Math.PI * t + Math.PI * (r % 2);
            assertEquals(t * Math.sin(angle), x, 1e-5, "row " + r);
            assertEquals(t * Math.cos(angle), y, 1e-5, "row " + r);
        }
    }

    @Test
    void refusesBadNamesClassCountsAndOptionsNamingTheValue() {
        assertTrue(message(() -> Playground.byName("moons", CLEAN)).contains("name=moons"));
        assertTrue(message(() -> Playground.byName("blobs:x", CLEAN)).contains("e.g. blobs:3"));
        assertTrue(message(() -> Playground.blobs(1, CLEAN)).contains("received 1"));
        assertTrue(message(() -> Playground.spiral(3, CLEAN.withRows(2))).contains("rows=2 is fewer than the 3"));
        assertTrue(message(() -> CLEAN.withNoise(1.5)).contains("noise=1.5"));
        assertTrue(message(() -> CLEAN.withRows(1)).contains("rows=1"));
        assertTrue(message(() -> Playground.circle(null)).contains("options must not be null"));
    }

    private static String message(Runnable run) {
        return assertThrows(IllegalArgumentException.class, run::run).getMessage();
    }

    private static int[] counts(Dataset d) {
        INDArray y = d.labels();
        int classes = d.labelCount() == 1 ? 2 : d.labelCount();
        int[] counts = new int[classes];
        for (int r = 0; r < d.size(); r++) {
            int c = d.labelCount() == 1 ? y.getInt(r, 0) : y.getRow(r).argMax().getInt(0);
            counts[c]++;
        }
        return counts;
    }

    /** Mean and population standard deviation of feature {@code j} over the rows of class {@code c} of k. */
    private static double[] meanAndStd(Dataset d, int k, int c, int j) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int r = c; r < d.size(); r += k) {
            double v = d.features().getDouble(r, j);
            sum += v;
            squares += v * v;
            n++;
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(squares / n - mean * mean)};
    }

    @Test
    void gaussiansAreCloudsOfStandardDeviationPointOneFiveAroundPlusMinusPointFour() {
        // 2000 points per class: the standard error of a mean is 0.15 / sqrt(2000) = 0.0034.
        Dataset d = Playground.gaussians(CLEAN.withRows(4000));
        for (int j = 0; j < 2; j++) {
            double[] one = meanAndStd(d, 2, 1, j);
            double[] zero = meanAndStd(d, 2, 0, j);
            assertEquals(0.4, one[0], 0.02);
            assertEquals(-0.4, zero[0], 0.02);
            assertEquals(0.15, one[1], 0.01);
            assertEquals(0.15, zero[1], 0.01);
        }
        // Noise 0.1 adds in quadrature: sqrt(0.15² + 0.1²) = 0.180.
        Dataset noisy = Playground.gaussians(CLEAN.withRows(4000).withNoise(0.1));
        assertEquals(Math.hypot(0.15, 0.1), meanAndStd(noisy, 2, 1, 0)[1], 0.01);
    }

    @Test
    void blobsHaveStandardDeviationPointOneTwo() {
        Dataset d = Playground.blobs(3, CLEAN.withRows(6000));
        for (int c = 0; c < 3; c++) {
            assertEquals(0.12, meanAndStd(d, 3, c, 0)[1], 0.01, "class " + c);
            assertEquals(0.12, meanAndStd(d, 3, c, 1)[1], 0.01, "class " + c);
        }
    }

    @Test
    void circleAnglesAreUniformSoEachQuadrantHoldsAQuarter() {
        Dataset d = Playground.circle(CLEAN.withRows(8000));
        int[] quadrants = new int[4];
        for (int r = 0; r < d.size(); r++) {
            double x = d.features().getDouble(r, 0);
            double y = d.features().getDouble(r, 1);
            quadrants[(x >= 0 ? 0 : 1) + (y >= 0 ? 0 : 2)]++;
        }
        for (int q : quadrants) {
            assertEquals(0.25, q / 8000.0, 0.03); // standard error 0.005
        }
    }

    @Test
    void xorCoordinatesAreUniformFromPointZeroFiveToOneInMagnitude() {
        Dataset d = Playground.xor(CLEAN.withRows(4000));
        for (int j = 0; j < 2; j++) {
            double sum = 0;
            double min = 1;
            for (int r = 0; r < d.size(); r++) {
                double v = Math.abs(d.features().getDouble(r, j));
                sum += v;
                min = Math.min(min, v);
            }
            assertEquals((0.05 + 1) / 2, sum / 4000, 0.02); // standard error 0.0043
            assertTrue(min >= 0.05f, "off the axes by 0.05: " + min);
        }
    }

    @Test
    void everyArmOfAThreeArmSpiralIsTheFirstRotatedByItsClass() {
        Dataset d = Playground.spiral(3, CLEAN);
        for (int r = 0; r < d.size(); r++) {
            double x = d.features().getDouble(r, 0);
            double y = d.features().getDouble(r, 1);
            double t = Math.hypot(x, y);
            double angle = 3.5 * Math.PI * t + 2 * Math.PI * (r % 3) / 3;
            assertEquals(t * Math.sin(angle), x, 1e-5, "row " + r);
            assertEquals(t * Math.cos(angle), y, 1e-5, "row " + r);
        }
        assertEquals(Playground.spiral(3, CLEAN), Playground.byName("spiral:3", CLEAN));
        assertEquals(Playground.blobs(3, CLEAN), Playground.byName("blobs:3", CLEAN));
    }

    @Test
    void twoAndSixtyFourClassesAndOneRowPerClassAreAcceptedButNotBeyond() {
        assertEquals(2, Playground.blobs(2, CLEAN.withRows(2)).size());
        assertEquals(64, Playground.spiral(64, CLEAN.withRows(64)).labelCount());
        assertEquals(3, Playground.blobs(3, CLEAN.withRows(3)).size());
        assertTrue(message(() -> Playground.spiral(1, CLEAN)).contains("received 1"));
        assertTrue(message(() -> Playground.spiral(65, CLEAN.withRows(100))).contains("received 65"));
        assertTrue(message(() -> Playground.blobs(65, CLEAN.withRows(100))).contains("received 65"));
    }

    /** The clean point of class c as the class Javadoc publishes it, drawn from {@code random}. */
    private interface Published {
        double[] point(int c, Random random);
    }

    /**
     * Re-derives every point from the published order: one Random(seed), per row the clean point, then noise * g
     * for x and for y when noise > 0, clamped to [-1, 1], stored as float.
     */
    private static void assertPublishedPoints(Dataset d, int classes, PlaygroundOptions o, Published published) {
        Random random = new Random(o.seed());
        for (int r = 0; r < o.rows(); r++) {
            double[] xy = published.point(r % classes, random);
            for (int j = 0; j < 2; j++) {
                double v = xy[j] + (o.noise() > 0 ? o.noise() * random.nextGaussian() : 0);
                float expected = (float) Math.max(-1, Math.min(1, v));
                assertEquals(expected, d.features().getFloat(r, j), "row " + r + " coordinate " + j);
            }
        }
    }

    @Test
    void aSeedGivesExactlyThePointsOfThePublishedDrawOrderWithAndWithoutNoise() {
        for (PlaygroundOptions o : new PlaygroundOptions[] {CLEAN.withRows(300).withSeed(5),
                CLEAN.withRows(300).withSeed(6).withNoise(0.2)}) {
            assertPublishedPoints(Playground.gaussians(o), 2, o, (c, random) -> {
                double centre = c == 1 ? 0.4 : -0.4;
                double x = centre + 0.15 * random.nextGaussian();
                return new double[] {x, centre + 0.15 * random.nextGaussian()};
            });
            assertPublishedPoints(Playground.blobs(5, o), 5, o, (c, random) -> {
                double angle = 2 * Math.PI * c / 5;
                double x = 0.6 * Math.cos(angle) + 0.12 * random.nextGaussian();
                return new double[] {x, 0.6 * Math.sin(angle) + 0.12 * random.nextGaussian()};
            });
            assertPublishedPoints(Playground.circle(o), 2, o, (c, random) -> {
                double radius = c == 1 ? 0.5 * random.nextDouble() : 0.7 + 0.3 * random.nextDouble();
                double angle = 2 * Math.PI * random.nextDouble();
                return new double[] {radius * Math.sin(angle), radius * Math.cos(angle)};
            });
            assertPublishedPoints(Playground.spiral(3, o), 3, o, (c, random) -> {
                double t = random.nextDouble();
                double angle = 1.75 * 2 * Math.PI * t + 2 * Math.PI * c / 3;
                return new double[] {t * Math.sin(angle), t * Math.cos(angle)};
            });
            assertPublishedPoints(Playground.xor(o), 2, o, (c, random) -> {
                double x = 0.05 + 0.95 * random.nextDouble();
                double y = 0.05 + 0.95 * random.nextDouble();
                boolean flip = random.nextBoolean();
                return new double[] {flip ? -x : x, (c == 1) == flip ? -y : y};
            });
        }
    }
}
