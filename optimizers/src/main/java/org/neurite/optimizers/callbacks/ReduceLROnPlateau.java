package org.neurite.optimizers.callbacks;

import java.util.Locale;
import java.util.Map;
import org.neurite.core.Callback;
import org.neurite.core.TrainingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keras's {@code ReduceLROnPlateau}: when the monitored value has not improved by more than
 * {@code minDelta} for {@code patience} epochs, multiplies the learning rate by {@code factor} (never below
 * {@code minLr}), then waits {@code cooldown} epochs before counting again. It works with any optimizer and
 * schedule by changing {@link TrainingContext#setLearningRateFactor}: the new rate is
 * {@code max(lr·factor, minLr)} for the next step, after which a schedule keeps acting on the reduced scale.
 *
 * <p>Improvement, as Keras: in {@code MIN} mode {@code current < best − minDelta}, in {@code MAX} mode
 * {@code current > best + minDelta}; {@code AUTO} decides as {@link org.neurite.core.callbacks.Mode#AUTO}
 * (MAX for accuracies, AUC, precision, recall and F1 scores, MIN otherwise). State is reset at the start of
 * each fit. Instances hold that state, so use one per fit at a time.
 */
public final class ReduceLROnPlateau implements Callback {
    /** Whether the monitored value should decrease or increase. */
    public enum Mode { AUTO, MIN, MAX }

    private static final Logger LOG = LoggerFactory.getLogger(ReduceLROnPlateau.class);

    private final String monitor;
    private final double factor;
    private final int patience;
    private final double minDelta;
    private final int cooldown;
    private final double minLr;
    private final Mode mode;
    private final boolean maximize;
    private double best;
    private int wait;
    private int cooldownCounter;
    private boolean warned;

    /**
     * @param monitor the log key, e.g. {@code "val_loss"}
     * @param factor the reduction, in (0, 1)
     * @param patience epochs without improvement before reducing, &gt;= 0
     * @param minDelta the least change that counts as improvement, &gt;= 0
     * @param cooldown epochs to wait after a reduction, &gt;= 0
     * @param minLr the floor of the learning rate, &gt;= 0
     * @param mode MIN, MAX or AUTO
     */
    public ReduceLROnPlateau(String monitor, double factor, int patience, double minDelta, int cooldown,
                             double minLr, Mode mode) {
        if (monitor == null || monitor.isBlank() || mode == null) {
            throw new IllegalArgumentException("ReduceLROnPlateau: monitor must be a non-blank log key and mode non-null;"
                    + " received monitor=" + monitor + ", mode=" + mode + ". Keras monitors \"val_loss\".");
        }
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("ReduceLROnPlateau.factor must be in (0, 1); received " + factor
                    + ". Keras uses 0.1.");
        }
        if (patience < 0 || cooldown < 0 || !(minDelta >= 0) || !(minLr >= 0) || !Double.isFinite(minDelta)
                || !Double.isFinite(minLr)) {
            throw new IllegalArgumentException("ReduceLROnPlateau: patience, cooldown, minDelta and minLr must be >= 0 "
                    + "and finite; received patience=" + patience + ", cooldown=" + cooldown + ", minDelta=" + minDelta
                    + ", minLr=" + minLr + ".");
        }
        this.monitor = monitor;
        this.factor = factor;
        this.patience = patience;
        this.minDelta = minDelta;
        this.cooldown = cooldown;
        this.minLr = minLr;
        this.mode = mode;
        this.maximize = mode == Mode.MAX
                || (mode == Mode.AUTO && org.neurite.core.callbacks.Mode.AUTO
                        .resolve(monitor.toLowerCase(Locale.ROOT)) == org.neurite.core.callbacks.Mode.MAX);
        reset();
    }

    /** Keras's defaults: monitor "val_loss", factor 0.1, patience 10, minDelta 1e-4, cooldown 0, minLr 0, AUTO. */
    public static ReduceLROnPlateau defaults() {
        return new ReduceLROnPlateau("val_loss", 0.1, 10, 1e-4, 0, 0, Mode.AUTO);
    }

    public ReduceLROnPlateau withMonitor(String monitor) {
        return new ReduceLROnPlateau(monitor, factor, patience, minDelta, cooldown, minLr, mode);
    }

    public ReduceLROnPlateau withFactor(double factor) {
        return new ReduceLROnPlateau(monitor, factor, patience, minDelta, cooldown, minLr, mode);
    }

    public ReduceLROnPlateau withPatience(int patience) {
        return new ReduceLROnPlateau(monitor, factor, patience, minDelta, cooldown, minLr, mode);
    }

    public ReduceLROnPlateau withMinDelta(double minDelta) {
        return new ReduceLROnPlateau(monitor, factor, patience, minDelta, cooldown, minLr, mode);
    }

    public ReduceLROnPlateau withCooldown(int cooldown) {
        return new ReduceLROnPlateau(monitor, factor, patience, minDelta, cooldown, minLr, mode);
    }

    public ReduceLROnPlateau withMinLr(double minLr) {
        return new ReduceLROnPlateau(monitor, factor, patience, minDelta, cooldown, minLr, mode);
    }

    public ReduceLROnPlateau withMode(Mode mode) {
        return new ReduceLROnPlateau(monitor, factor, patience, minDelta, cooldown, minLr, mode);
    }

    private void reset() {
        best = maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        wait = 0;
        cooldownCounter = 0;
    }

    /** Unlike Keras, which only warns, a monitor the logs will not hold is an error before training. */
    @Override
    public void validate(java.util.Set<String> logNames) {
        Callback.requireLog("ReduceLROnPlateau", monitor, logNames);
    }

    @Override
    public void onTrainBegin(TrainingContext context) {
        reset();
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
        Double current = logs.get(monitor);
        if (current == null) {
            if (!warned) {
                LOG.warn("ReduceLROnPlateau: '{}' is not in the logs (available: {}); the learning rate is left alone."
                        + " Monitor one of the available keys, or pass validation data for val_ keys.", monitor,
                        logs.keySet());
                warned = true;
            }
            return;
        }
        double lr = context.learningRate();
        double next = observe(current, lr);
        if (next != lr) {
            context.setLearningRateFactor(context.learningRateFactor() * (next / lr));
            LOG.info("Epoch {}: ReduceLROnPlateau reducing learning rate to {}.", epoch + 1, next);
        }
    }

    /**
     * Feeds one epoch's monitored value with the current learning rate; returns the learning rate to use
     * next (the same value when there is no reduction). Keras's {@code on_epoch_end} logic.
     */
    double observe(double current, double learningRate) {
        if (cooldownCounter > 0) {
            cooldownCounter--;
            wait = 0;
        }
        if (maximize ? current > best + minDelta : current < best - minDelta) {
            best = current;
            wait = 0;
        } else if (cooldownCounter == 0) {
            wait++;
            if (wait >= patience && learningRate > minLr) {
                cooldownCounter = cooldown;
                wait = 0;
                return Math.max(learningRate * factor, minLr);
            }
        }
        return learningRate;
    }

    public String monitor() {
        return monitor;
    }

    public Mode mode() {
        return mode;
    }
}
