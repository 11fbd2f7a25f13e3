package org.neurite.core.diagnostics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Per-column standardization for the "standardized inputs" remedy: (x − mean) / std with the mean and the
 * population standard deviation of the training rows (those fit keeps before a validation split); a constant
 * column keeps std 1.
 */
final class Standardize {
    private Standardize() {
    }

    static INDArray columns(INDArray x, double validationSplit) {
        double[][] v = DiagnosticData.toDouble(x);
        int rows = v.length;
        int train = (int) Math.max(1, Math.ceil(rows * (1.0 - validationSplit)));
        int cols = v[0].length;
        for (int c = 0; c < cols; c++) {
            double mean = 0;
            for (int r = 0; r < train; r++) {
                mean += v[r][c] / train;
            }
            double var = 0;
            for (int r = 0; r < train; r++) {
                var += (v[r][c] - mean) * (v[r][c] - mean) / train;
            }
            double std = var > 0 ? Math.sqrt(var) : 1;
            for (int r = 0; r < rows; r++) {
                v[r][c] = (v[r][c] - mean) / std;
            }
        }
        return Nd4j.createFromArray(v).castTo(x.dataType());
    }
}
