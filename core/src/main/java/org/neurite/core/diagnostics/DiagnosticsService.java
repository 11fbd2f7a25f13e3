package org.neurite.core.diagnostics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Diagnosis;
import org.neurite.core.Diagnostician;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Sequential;

/** {@link Diagnostics} and {@link FitDiagnosis} as the API's {@link Diagnostician} (listed in META-INF/services). */
public final class DiagnosticsService implements Diagnostician {
    @Override
    public Diagnosis diagnose(Sequential model, INDArray x, INDArray y, History history) {
        return Diagnostics.diagnose(model, x, y, history);
    }

    @Override
    public void afterFit(Sequential model, INDArray x, INDArray y, int trainingRows, History history,
                         FitOptions options, java.util.List<INDArray> initial, java.util.List<INDArray> midway) {
        FitDiagnosis.afterFit(model, x, y, trainingRows, history, options, initial, midway);
    }
}
