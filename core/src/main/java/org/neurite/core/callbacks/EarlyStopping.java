package org.neurite.core.callbacks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Callback;
import org.neurite.core.TrainingContext;

/**
 * Stops training when a monitored quantity has stopped improving, as Keras's {@code EarlyStopping}: an epoch
 * improves when its value beats the best so far by more than {@code minDelta}; after {@code patience}
 * epochs without improvement (and not before the baseline is beaten) training stops.
 *
 * <p>Gaps of Keras fixed here: with {@code restoreBestWeights} the best epoch's weights are restored at the
 * end of training whether or not stopping triggered (Keras restores only when it stops early); a monitor
 * missing from the logs is an error naming the logs present (Keras warns and does nothing).
 */
public final class EarlyStopping implements Callback {
    /**
     * @param monitor the log to watch, e.g. {@code "val_loss"}
     * @param minDelta the smallest change that counts as an improvement, {@code >= 0}
     * @param patience epochs without improvement before stopping, {@code >= 0}
     * @param mode whether the monitor should fall or rise
     * @param baseline a value the monitor must beat before patience resets, or NaN for none
     * @param restoreBestWeights restore the best epoch's weights at the end of training
     * @param startFromEpoch epochs of warm-up during which no improvement is looked for
     */
    public record Config(String monitor, double minDelta, int patience, Mode mode, double baseline,
                         boolean restoreBestWeights, int startFromEpoch) {
        public Config {
            if (monitor == null || monitor.isBlank()) {
                throw new IllegalArgumentException("EarlyStopping.monitor must be a log name such as \"val_loss\"; "
                        + "received " + monitor + ".");
            }
            if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
                throw new IllegalArgumentException("EarlyStopping.minDelta must be a finite number >= 0; received "
                        + minDelta + ". Keras's default is 0.");
            }
            if (patience < 0 || startFromEpoch < 0) {
                throw new IllegalArgumentException("EarlyStopping.patience and startFromEpoch must be >= 0; received "
                        + "patience=" + patience + ", startFromEpoch=" + startFromEpoch + ".");
            }
            if (mode == null) {
                throw new IllegalArgumentException("EarlyStopping.mode must not be null; use Mode.AUTO.");
            }
        }

        /** Keras's defaults: monitor val_loss, minDelta 0, patience 0, auto mode, no baseline, no restore. */
        public static Config defaults() {
            return new Config("val_loss", 0, 0, Mode.AUTO, Double.NaN, false, 0);
        }

        public Config withMonitor(String monitor) {
            return new Config(monitor, minDelta, patience, mode, baseline, restoreBestWeights, startFromEpoch);
        }

        public Config withMinDelta(double minDelta) {
            return new Config(monitor, minDelta, patience, mode, baseline, restoreBestWeights, startFromEpoch);
        }

        public Config withPatience(int patience) {
            return new Config(monitor, minDelta, patience, mode, baseline, restoreBestWeights, startFromEpoch);
        }

        public Config withMode(Mode mode) {
            return new Config(monitor, minDelta, patience, mode, baseline, restoreBestWeights, startFromEpoch);
        }

        public Config withBaseline(double baseline) {
            return new Config(monitor, minDelta, patience, mode, baseline, restoreBestWeights, startFromEpoch);
        }

        public Config withRestoreBestWeights(boolean restoreBestWeights) {
            return new Config(monitor, minDelta, patience, mode, baseline, restoreBestWeights, startFromEpoch);
        }

        public Config withStartFromEpoch(int startFromEpoch) {
            return new Config(monitor, minDelta, patience, mode, baseline, restoreBestWeights, startFromEpoch);
        }
    }

    private final Config config;
    private final Monitor monitor;
    private int wait;
    private double best;
    private int bestEpoch;
    private int stoppedEpoch;
    private List<INDArray> bestWeights;

    /** Keras's {@code EarlyStopping(monitor=..., patience=...)}, the rest at Keras's defaults. */
    public EarlyStopping(String monitor, int patience) {
        this(Config.defaults().withMonitor(monitor).withPatience(patience));
    }

    public EarlyStopping(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("EarlyStopping: config must not be null; use Config.defaults().");
        }
        this.config = config;
        this.monitor = new Monitor("EarlyStopping", config.monitor(), config.mode());
    }

    @Override
    public void validate(Set<String> logNames) {
        Callback.requireLog("EarlyStopping", config.monitor(), logNames);
    }

    @Override
    public void onTrainBegin(TrainingContext context) {
        wait = 0;
        best = monitor.worst();
        bestEpoch = -1;
        stoppedEpoch = -1;
        bestWeights = null;
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
        double current = monitor.read(logs);
        if (epoch < config.startFromEpoch()) {
            return;
        }
        wait++;
        if (monitor.improves(current, best, config.minDelta())) {
            best = current;
            bestEpoch = epoch;
            if (config.restoreBestWeights()) {
                bestWeights = context.model().getWeights();
            }
            // As Keras: patience restarts only once the baseline is beaten too.
            if (Double.isNaN(config.baseline()) || monitor.improves(current, config.baseline(), config.minDelta())) {
                wait = 0;
            }
            return;
        }
        if (wait >= config.patience() && epoch > 0) {
            stoppedEpoch = epoch;
            context.stopTraining();
        }
    }

    @Override
    public void onTrainEnd(TrainingContext context) {
        if (bestWeights != null) {
            context.model().setWeights(bestWeights);
        }
    }

    /** The epoch at which training was stopped, or -1 if it ran to the end. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }

    /** The epoch with the best monitored value, or -1 before any. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The best monitored value so far. */
    public double best() {
        return best;
    }
}
