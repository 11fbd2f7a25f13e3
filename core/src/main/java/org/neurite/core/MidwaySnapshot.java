package org.neurite.core;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.Network;

/**
 * Copies the weights once, at the end of the middle epoch of a fit, so that the diagnosis after fit can read the
 * gradients during training as well as at its start and end. Added by {@link Sequential#fit} after the user's
 * callbacks when the diagnosis is on; one copy per fit, nothing per step.
 */
final class MidwaySnapshot implements Callback {
    /** Fits shorter than this many epochs get no snapshot (their middle is too close to either end). */
    static final int MIN_EPOCHS = 4;

    private final Network network;
    private final int epoch;
    private List<INDArray> weights;

    /** A snapshot after epoch index {@code first + (end - first) / 2 - 1}, or none when fewer than 4 epochs run. */
    MidwaySnapshot(Network network, int first, int end) {
        this.network = network;
        this.epoch = end - first >= MIN_EPOCHS ? first + (end - first) / 2 - 1 : -1;
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
        if (this.epoch >= 0 && epoch == this.epoch) {
            weights = Weights.copy(network);
        }
    }

    /** The weights after the middle epoch, or null when training stopped before it (or was too short). */
    List<INDArray> weights() {
        return weights;
    }
}
