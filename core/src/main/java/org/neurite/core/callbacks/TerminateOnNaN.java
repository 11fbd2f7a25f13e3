package org.neurite.core.callbacks;

import org.neurite.core.Callback;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;
import org.neurite.core.Sequential;
import org.neurite.core.TrainingContext;
import org.neurite.engine.Propagation;
import org.neurite.engine.kernel.Scratch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops training at the first batch whose loss or updated weights are NaN or infinite, as Keras's
 * {@code TerminateOnNaN}, and says where: the {@link #incident()} names the step, epoch, batch, and the first
 * layer, weight array and element holding a non-finite value (Keras only says "invalid loss").
 *
 * <p>A non-finite <em>gradient</em> already stops {@code fit} with {@code NonFiniteGradientException}, before
 * the update; this callback catches what that check cannot: weights that overflow in the update itself, and
 * a non-finite loss with finite gradients. It scans the weights after every batch (one pass over the flat
 * buffer, no allocation).
 */
public final class TerminateOnNaN implements Callback {
    private static final Logger LOG = LoggerFactory.getLogger(TerminateOnNaN.class);

    /**
     * Where the first non-finite value appeared.
     *
     * @param step the 1-based training step after which it was seen
     * @param epoch the epoch
     * @param batch the batch within the epoch
     * @param layer the layer's name (the output layer when only the loss is non-finite)
     * @param layerIndex the layer's index
     * @param parameter the weight array (e.g. {@code dense_1/kernel}), or null when all weights are finite
     * @param element the element's index within that array, or -1
     * @param value the non-finite weight, or the loss
     * @param loss the batch's mean loss
     */
    public record Incident(long step, int epoch, int batch, String layer, int layerIndex, String parameter,
                           int element, double value, double loss) {
        /** A sentence naming all of the above and what to try. */
        public String message() {
            String where = parameter == null
                    ? "the loss is " + loss + " while every weight is finite: the non-finite value appeared in the "
                    + "forward pass or the loss at the output layer '" + layer + "' (index " + layerIndex + ")"
                    : "layer '" + layer + "' (index " + layerIndex + "), weight " + parameter + " element " + element
                    + " is " + value + " (batch loss " + loss + ")";
            return "TerminateOnNaN: stopped at step " + step + " (epoch " + epoch + ", batch " + batch + "): " + where
                    + ". Try a smaller learning rate, gradient clipping, or check the data for extreme values.";
        }
    }

    private Scratch scratch;
    private int epoch;
    private Incident incident;

    @Override
    public void onTrainBegin(TrainingContext context) {
        scratch = new Scratch(0);
        incident = null;
    }

    @Override
    public void onEpochBegin(int epoch, TrainingContext context) {
        this.epoch = epoch;
    }

    @Override
    public void onBatchEnd(int batch, double loss, TrainingContext context) {
        Parameters p = context.model().parameters();
        if (Double.isFinite(loss) && Propagation.allFinite(p.valueMatrix(), p.count(), scratch)) {
            return;
        }
        incident = locate(context.model(), p, context.step(), batch, loss);
        LOG.warn(incident.message());
        context.stopTraining();
    }

    /** What stopped training, or null if nothing did. */
    public Incident incident() {
        return incident;
    }

    private Incident locate(Sequential model, Parameters p, long step, int batch, double loss) {
        for (ParameterView v : p.views()) {
            for (int i = 0; i < v.length(); i++) {
                double w = p.valueMatrix().get(v.offset() + i);
                if (!Double.isFinite(w)) {
                    return new Incident(step, epoch, batch, model.layerNames().get(v.layerIndex()), v.layerIndex(),
                            v.name(), i, w, loss);
                }
            }
        }
        int last = model.layers().size() - 1;
        return new Incident(step, epoch, batch, model.layerNames().get(last), last, null, -1, loss, loss);
    }
}
