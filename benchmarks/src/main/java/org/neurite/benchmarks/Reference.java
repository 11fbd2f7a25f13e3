package org.neurite.benchmarks;

/** Plain-double evaluations of the workloads' losses, for the correctness checks of the floors. */
final class Reference {
    private Reference() {
    }

    /** The batch mean of BCE (sigmoid output) or CCE (softmax output) computed from the logits {@code z}. */
    static double meanLoss(Workload workload, float[] z, float[] labels) {
        int out = workload.width(workload.layers());
        int rows = z.length / out;
        double total = 0;
        for (int r = 0; r < rows; r++) {
            if (out == 1 || workload.output() == org.neurite.core.Activation.SIGMOID) {
                for (int j = 0; j < out; j++) {
                    double zi = z[r * out + j];
                    double y = labels[r * out + j];
                    total += (Math.max(zi, 0) - zi * y + Math.log1p(Math.exp(-Math.abs(zi)))) / out;
                }
            } else {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < out; j++) {
                    max = Math.max(max, z[r * out + j]);
                }
                double sum = 0;
                for (int j = 0; j < out; j++) {
                    sum += Math.exp(z[r * out + j] - max);
                }
                for (int j = 0; j < out; j++) {
                    total += labels[r * out + j] * (max + Math.log(sum) - z[r * out + j]);
                }
            }
        }
        return total / rows;
    }
}
