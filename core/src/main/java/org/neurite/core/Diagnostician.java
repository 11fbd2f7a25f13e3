package org.neurite.core;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Diagnoses why a model cannot learn, for {@link Sequential#diagnose} and the diagnosis after
 * {@link Sequential#fit}. The API finds the implementation ({@code org.neurite.core.diagnostics}) with
 * {@link java.util.ServiceLoader}, so it never imports the checks and the two packages form no import circle.
 */
public interface Diagnostician {
    /** The findings for {@code model} on {@code x, y}; {@code history} may be null. */
    Diagnosis diagnose(Sequential model, INDArray x, INDArray y, History history);

    /**
     * Diagnoses after fit on its first {@code trainingRows} rows, into the history; {@code initial} holds the
     * weights before fit (null when the diagnosis is switched off), {@code midway} those after its middle epoch
     * (null when it had fewer than 4 epochs or stopped before the middle).
     */
    void afterFit(Sequential model, INDArray x, INDArray y, int trainingRows, History history, FitOptions options,
                  java.util.List<INDArray> initial, java.util.List<INDArray> midway);
}
