package org.neurite.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurite.core.Metric;

class AucTest {
    private static double[][] column(double... values) {
        double[][] out = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            out[i][0] = values[i];
        }
        return out;
    }

    private static final double[][] Y = column(0, 0, 1, 1);
    private static final double[][] P = column(0, 0.5, 0.3, 0.9);

    @Test
    void rocMatchesKerasDocumentedExampleWithThreeThresholds() {
        // Thresholds [-1e-7, 0.5, 1 + 1e-7]: tp [2, 1, 0], fp [2, 0, 0], fn [0, 1, 2], tn [0, 2, 2];
        // recall [1, 0.5, 0], fpr [1, 0, 0]: area (1 + 0.5)/2 · (1 − 0) + (0.5 + 0)/2 · 0 = 0.75.
        Auc three = new Auc(3, Auc.Curve.ROC, Auc.Summation.INTERPOLATION, false);
        assertEquals(0.75, States.result(three, P, Y)[0], 1e-15);
        // Weights [1, 0, 0, 1] keep 0 (negative) and 0.9 (positive): perfectly ranked, area 1.
        assertEquals(1.0, States.result(three, P, Y, new double[] {1, 0, 0, 1})[0], 1e-15);
        // Minoring takes min(recall_i, recall_i+1) = 0.5 on the first interval, majoring 1.
        assertEquals(0.5, States.result(new Auc(3, Auc.Curve.ROC, Auc.Summation.MINORING, false), P, Y)[0], 1e-15);
        assertEquals(1.0, States.result(new Auc(3, Auc.Curve.ROC, Auc.Summation.MAJORING, false), P, Y)[0], 1e-15);
    }

    @Test
    void prInterpolationMatchesDavisGoadrichByHand() {
        // Same counts; predicted positives p = tp + fp = [4, 1, 0].
        // Interval 0: Δtp 1, Δp 3, slope 1/3, intercept 1 − 1/3 = 2/3: (1/3)(1 + (2/3) ln 4) / 2.
        // Interval 1: Δtp 1, Δp 1, slope 1, intercept 0, p = 0 at the end so the log term is 0: 1 / 2.
        double expected = (1 + 2.0 / 3 * Math.log(4)) / 6 + 0.5;
        Auc pr = new Auc(3, Auc.Curve.PR, Auc.Summation.INTERPOLATION, false);
        assertEquals(expected, States.result(pr, P, Y)[0], 1e-15);
    }

    @Test
    void prInterpolationEqualsTheIntegralOfInterpolatedPrecisionOverRecall() {
        // Independent reference: between two thresholds tp and p = tp + fp move linearly (Davis & Goadrich);
        // integrate tp(s)/p(s) d(recall) numerically (Simpson, 2000 steps) instead of Keras's closed form.
        Random random = new Random(5);
        int n = 300;
        double[][] p = new double[n][1];
        double[][] y = new double[n][1];
        for (int i = 0; i < n; i++) {
            y[i][0] = random.nextDouble() < 0.3 ? 1 : 0;
            p[i][0] = Math.min(1, Math.max(0, 0.35 * y[i][0] + 0.65 * random.nextDouble()));
        }
        int thresholds = 20;
        double[] tp = new double[thresholds];
        double[] fp = new double[thresholds];
        double positives = 0;
        for (int i = 0; i < n; i++) {
            positives += y[i][0];
            for (int t = 0; t < thresholds; t++) {
                double threshold = t == 0 ? -1e-7 : t == thresholds - 1 ? 1 + 1e-7 : t / (thresholds - 1.0);
                if (p[i][0] > threshold) {
                    tp[t] += y[i][0];
                    fp[t] += 1 - y[i][0];
                }
            }
        }
        double area = 0;
        for (int t = 0; t < thresholds - 1; t++) {
            if (tp[t] + fp[t] == 0 || tp[t] == tp[t + 1]) {
                continue; // no predicted positives or no recall gained: no area
            }
            int steps = 2000;
            double sum = 0;
            for (int k = 0; k <= steps; k++) {
                double s = (double) k / steps;
                double tps = tp[t + 1] + s * (tp[t] - tp[t + 1]);
                double ps = tp[t + 1] + fp[t + 1] + s * (tp[t] + fp[t] - tp[t + 1] - fp[t + 1]);
                double precision = ps == 0 ? tp[t] / (tp[t] + fp[t]) : tps / ps;
                sum += (k == 0 || k == steps ? 1 : k % 2 == 1 ? 4 : 2) * precision;
            }
            area += sum / (3.0 * steps) * (tp[t] - tp[t + 1]) / positives;
        }
        Auc pr = new Auc(thresholds, Auc.Curve.PR, Auc.Summation.INTERPOLATION, false);
        assertEquals(area, States.result(pr, p, y)[0], 1e-9);
    }

    @Test
    void rocWithTwoHundredThresholdsEqualsTheExactAreaWhenScoresFallInDistinctBuckets() {
        // sklearn's roc_auc_score = P(score of a positive > score of a negative) (Mann-Whitney); the thresholds
        // sample every vertex of the exact ROC curve when no two scores share a bucket of width 1/199.
        Random random = new Random(11);
        int n = 120;
        int[] buckets = random.ints(0, 199).distinct().limit(n).toArray();
        double[][] p = new double[n][1];
        double[][] y = new double[n][1];
        for (int i = 0; i < n; i++) {
            p[i][0] = (buckets[i] + 0.5) / 199;
            y[i][0] = random.nextDouble() < 0.2 + 0.6 * p[i][0] ? 1 : 0;
        }
        double pairs = 0;
        double ordered = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (y[i][0] == 1 && y[j][0] == 0) {
                    pairs++;
                    ordered += p[i][0] > p[j][0] ? 1 : 0;
                }
            }
        }
        assertEquals(ordered / pairs, States.result(Metric.auc(), p, y)[0], 1e-12);
    }

    @Test
    void streamsOverBatchesAndReadsLogitsWhenAsked() {
        Metric.State state = Metric.auc().newState(1, 1);
        state.update(new double[] {0.1, 0.8}, new double[] {0, 1}, null, 2, 1, 1);
        state.update(new double[] {0.7, 0.2}, new double[] {0, 1}, null, 2, 1, 1);
        // Pairs (positive, negative): (0.8, 0.1) (0.8, 0.7) (0.2, 0.1) ordered, (0.2, 0.7) not: 3/4.
        assertEquals(0.75, state.result()[0], 1e-12);
        Auc logits = new Auc(200, Auc.Curve.ROC, Auc.Summation.INTERPOLATION, true);
        // Logits -3 < 2 map to sigmoid 0.047 < 0.88: perfectly ranked.
        assertEquals(1.0, States.result(logits, column(-3, 2), column(0, 1))[0], 1e-12);
    }

    @Test
    void multiLabelAveragesTheAreaOfEachOutputColumn() {
        // Column 0 ranks its positive above its negative (area 1); column 1 the other way round (area 0).
        double[][] p = {{0.9, 0.2}, {0.1, 0.8}};
        double[][] y = {{1, 1}, {0, 0}};
        Auc multi = new Auc(200, Auc.Curve.ROC, Auc.Summation.INTERPOLATION, false, true);
        assertEquals(0.5, States.result(multi, p, y)[0], 1e-12);
        // Flattened (Keras's default) it is one curve over four predictions: pairs (0.9, 0.1) (0.9, 0.8)
        // (0.2, 0.1) ordered, (0.2, 0.8) not: 3/4.
        assertEquals(0.75, States.result(Metric.auc(), p, y)[0], 1e-12);
        assertEquals(multi, Metric.of(multi.spec()));
    }

    @Test
    void rejectsFewerThanTwoThresholds() {
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> new Auc(1, Auc.Curve.ROC, Auc.Summation.INTERPOLATION, false));
        assertTrue(e.getMessage().contains("numThresholds=1") && e.getMessage().contains("200"), e.getMessage());
    }
}
