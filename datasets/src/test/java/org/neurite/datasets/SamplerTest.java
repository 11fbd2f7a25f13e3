package org.neurite.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.Dataset;

class SamplerTest {
    /** Asserts |count - n p| <= 4 sigma of the binomial (n, p). */
    static void assertBinomial(int count, int n, double p, String what) {
        double sigma = Math.sqrt(n * p * (1 - p));
        assertTrue(Math.abs(count - n * p) <= 4 * sigma,
                what + ": " + count + " of " + n + ", expected " + n * p + " +- " + 4 * sigma);
    }

    @Test
    void sameSeedGivesBitIdenticalRowsAndAnotherSeedOthers() {
        SamplingOptions o = SamplingOptions.defaults().withRows(200).withSeed(42).withLabelNoise(0.1)
                .withInputJitter(0.2);
        Dataset a = Sampler.sample(BooleanTasks.xor(), o);
        Dataset b = Sampler.sample(BooleanTasks.xor(), o);
        assertArrayEquals(a.features().data().asFloat(), b.features().data().asFloat());
        assertArrayEquals(a.labels().data().asFloat(), b.labels().data().asFloat());
        Dataset c = Sampler.sample(BooleanTasks.xor(), o.withSeed(43));
        assertNotEquals(a.features(), c.features());
    }

    @Test
    void everyNoiselessRowIsARowOfTheTruthTable() {
        Dataset d = Sampler.sample(BooleanTasks.majority(3), SamplingOptions.defaults().withRows(300));
        assertEquals(300, d.size());
        assertEquals(3, d.featureCount());
        for (int r = 0; r < d.size(); r++) {
            int ones = 0;
            for (int j = 0; j < 3; j++) {
                double v = d.features().getDouble(r, j);
                assertTrue(v == 0 || v == 1, "row " + r + " holds " + v);
                ones += (int) v;
            }
            assertEquals(ones >= 2 ? 1.0 : 0.0, d.labels().getDouble(r, 0), "row " + r);
        }
    }

    @Test
    void classBalanceOfAndIsAQuarterWithinFourSigma() {
        Dataset d = Sampler.sample(BooleanTasks.and(), SamplingOptions.defaults().withRows(4000).withSeed(7));
        assertBinomial((int) d.labels().sumNumber().doubleValue(), 4000, 0.25, "rows labelled 1");
    }

    @Test
    void everyTableRowIsDrawnAboutEquallyOften() {
        int n = 4000;
        Dataset d = Sampler.sample(BooleanTasks.identity(2), SamplingOptions.defaults().withRows(n).withSeed(3));
        int[] counts = new int[4];
        for (int r = 0; r < n; r++) {
            counts[(int) (2 * d.features().getDouble(r, 0) + d.features().getDouble(r, 1))]++;
        }
        for (int row = 0; row < 4; row++) {
            assertBinomial(counts[row], n, 0.25, "table row " + row);
        }
    }

    @Test
    void labelNoiseFlipsTheExpectedShareOfLabels() {
        int n = 5000;
        Dataset d = Sampler.sample(BooleanTasks.xor(),
                SamplingOptions.defaults().withRows(n).withSeed(11).withLabelNoise(0.2));
        int flipped = 0;
        for (int r = 0; r < n; r++) {
            int xor = (int) d.features().getDouble(r, 0) ^ (int) d.features().getDouble(r, 1);
            flipped += d.labels().getDouble(r, 0) != xor ? 1 : 0;
        }
        assertBinomial(flipped, n, 0.2, "flipped labels");
    }

    @Test
    void inputJitterIsGaussianAroundTheEncodedBitsOfAContinuousXor() {
        int n = 4000;
        double sigma = 0.1;
        Encoding pm = Encoding.defaults().withInputs(BitEncoding.PLUS_MINUS_ONE)
                .withLabels(LabelEncoding.PLUS_MINUS_ONE).withDataType(DataType.DOUBLE);
        Dataset d = Sampler.sample(BooleanTasks.xor(),
                SamplingOptions.defaults().withRows(n).withSeed(5).withInputJitter(sigma).withEncoding(pm));
        double sum = 0;
        double squares = 0;
        for (int r = 0; r < n; r++) {
            double x0 = d.features().getDouble(r, 0);
            double x1 = d.features().getDouble(r, 1);
            // sigma = 0.1 puts |noise| >= 1 at ten standard deviations: the sign is the bit.
            assertEquals(Math.signum(x0) == Math.signum(x1) ? -1.0 : 1.0, d.labels().getDouble(r, 0), "row " + r);
            for (double x : new double[] {x0, x1}) {
                double noise = x - Math.signum(x);
                sum += noise;
                squares += noise * noise;
            }
        }
        int m = 2 * n;
        double mean = sum / m;
        double sd = Math.sqrt(squares / m - mean * mean);
        assertTrue(Math.abs(mean) <= 4 * sigma / Math.sqrt(m), "noise mean " + mean);
        assertTrue(Math.abs(sd - sigma) <= 4 * sigma / Math.sqrt(2.0 * m), "noise sd " + sd);
    }

    @Test
    void samplesFunctionsTooWideToEnumerate() {
        Dataset d = Sampler.sample(BooleanTasks.parity(30), SamplingOptions.defaults().withRows(50).withSeed(1));
        for (int r = 0; r < 50; r++) {
            int ones = (int) d.features().getRow(r).sumNumber().doubleValue();
            assertEquals(ones % 2, d.labels().getDouble(r, 0), "row " + r);
        }
    }

    /**
     * Re-derives every row of identity(3) from the order the class Javadoc publishes: one Random(seed), per row
     * the input bits, then one flip test per output bit when labelNoise > 0, then one Gaussian per input when
     * inputJitter > 0.
     */
    private static void assertPublishedRows(SamplingOptions o) {
        Dataset d = Sampler.sample(BooleanTasks.identity(3), o);
        Random random = new Random(o.seed());
        for (int r = 0; r < o.rows(); r++) {
            boolean[] bits = new boolean[3];
            for (int j = 0; j < 3; j++) {
                bits[j] = random.nextBoolean();
            }
            boolean[] labels = bits.clone();
            if (o.labelNoise() > 0) {
                for (int k = 0; k < 3; k++) {
                    labels[k] ^= random.nextDouble() < o.labelNoise();
                }
            }
            for (int j = 0; j < 3; j++) {
                double jitter = o.inputJitter() > 0 ? o.inputJitter() * random.nextGaussian() : 0;
                assertEquals((bits[j] ? 1.0 : -1.0) + jitter, d.features().getDouble(r, j), "row " + r + " input " + j);
            }
            for (int k = 0; k < 3; k++) {
                assertEquals(labels[k] ? 1.0 : 0.0, d.labels().getDouble(r, k), "row " + r + " label " + k);
            }
        }
    }

    @Test
    void aSeedGivesExactlyTheRowsOfThePublishedDrawOrder() {
        Encoding pm = Encoding.defaults().withInputs(BitEncoding.PLUS_MINUS_ONE).withDataType(DataType.DOUBLE);
        SamplingOptions o = SamplingOptions.defaults().withRows(200).withSeed(21).withEncoding(pm);
        assertPublishedRows(o);
        assertPublishedRows(o.withLabelNoise(0.3));
        assertPublishedRows(o.withInputJitter(0.25));
        assertPublishedRows(o.withLabelNoise(0.3).withInputJitter(0.25));
        assertPublishedRows(o.withLabelNoise(1).withInputJitter(Double.MIN_VALUE));
    }

    @Test
    void aFlipNeedsADrawStrictlyBelowTheLabelNoise() {
        // The first flip test of seed 21 draws v after three input bits: labelNoise = v exactly does not flip.
        Random random = new Random(21);
        boolean first = random.nextBoolean();
        random.nextBoolean();
        random.nextBoolean();
        double v = random.nextDouble();
        SamplingOptions o = SamplingOptions.defaults().withRows(40).withSeed(21).withLabelNoise(v);
        assertEquals(first ? 1.0 : 0.0, Sampler.sample(BooleanTasks.identity(3), o).labels().getDouble(0, 0));
        assertPublishedRows(o.withEncoding(o.encoding().withInputs(BitEncoding.PLUS_MINUS_ONE)
                .withDataType(DataType.DOUBLE)));
    }

    @Test
    void refusesMoreElementsThanOneArrayHoldsBeforeAllocatingNamingTheShape() {
        String m = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Sampler.sample(BooleanTasks.xor(), SamplingOptions.defaults().withRows(1 << 30))).getMessage();
        assertTrue(m.startsWith("xor: 1073741824 rows of 2 inputs and 1 label columns exceed the 2^31-1 elements"), m);
        Encoding oneHot = Encoding.defaults().withLabels(LabelEncoding.ONE_HOT);
        m = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Sampler.sample(BooleanTasks.identity(16),
                        SamplingOptions.defaults().withRows(1 << 15).withEncoding(oneHot))).getMessage();
        assertTrue(m.contains("32768 rows of 16 inputs and 65536 label columns exceed"), m);
    }
}
