package org.neurite.core.callbacks;

import java.util.Map;
import java.util.function.Consumer;
import org.neurite.core.Callback;
import org.neurite.core.TrainingContext;

/**
 * A callback made of functions, as Keras's {@code LambdaCallback}: start from {@link #defaults()} (every hook
 * does nothing) and set the hooks wanted, e.g.
 * {@code LambdaCallback.defaults().withOnEpochEnd((epoch, logs, ctx) -> System.out.println(logs))}.
 */
public record LambdaCallback(Consumer<TrainingContext> onTrainBegin, Consumer<TrainingContext> onTrainEnd,
                             EpochHook onEpochBegin, EpochEndHook onEpochEnd, EpochHook onBatchBegin,
                             BatchEndHook onBatchEnd) implements Callback {
    /** Called with an epoch or batch index. */
    @FunctionalInterface
    public interface EpochHook {
        void accept(int index, TrainingContext context);
    }

    /** Called with an epoch's index and logs. */
    @FunctionalInterface
    public interface EpochEndHook {
        void accept(int epoch, Map<String, Double> logs, TrainingContext context);
    }

    /** Called with a batch's index and mean loss. */
    @FunctionalInterface
    public interface BatchEndHook {
        void accept(int batch, double loss, TrainingContext context);
    }

    public LambdaCallback {
        if (onTrainBegin == null || onTrainEnd == null || onEpochBegin == null || onEpochEnd == null
                || onBatchBegin == null || onBatchEnd == null) {
            throw new IllegalArgumentException("LambdaCallback: hooks must not be null; start from "
                    + "LambdaCallback.defaults() and set the ones you need.");
        }
    }

    /** Every hook does nothing. */
    public static LambdaCallback defaults() {
        return new LambdaCallback(c -> { }, c -> { }, (i, c) -> { }, (e, l, c) -> { }, (i, c) -> { },
                (b, l, c) -> { });
    }

    public LambdaCallback withOnTrainBegin(Consumer<TrainingContext> hook) {
        return new LambdaCallback(hook, onTrainEnd, onEpochBegin, onEpochEnd, onBatchBegin, onBatchEnd);
    }

    public LambdaCallback withOnTrainEnd(Consumer<TrainingContext> hook) {
        return new LambdaCallback(onTrainBegin, hook, onEpochBegin, onEpochEnd, onBatchBegin, onBatchEnd);
    }

    public LambdaCallback withOnEpochBegin(EpochHook hook) {
        return new LambdaCallback(onTrainBegin, onTrainEnd, hook, onEpochEnd, onBatchBegin, onBatchEnd);
    }

    public LambdaCallback withOnEpochEnd(EpochEndHook hook) {
        return new LambdaCallback(onTrainBegin, onTrainEnd, onEpochBegin, hook, onBatchBegin, onBatchEnd);
    }

    public LambdaCallback withOnBatchBegin(EpochHook hook) {
        return new LambdaCallback(onTrainBegin, onTrainEnd, onEpochBegin, onEpochEnd, hook, onBatchEnd);
    }

    public LambdaCallback withOnBatchEnd(BatchEndHook hook) {
        return new LambdaCallback(onTrainBegin, onTrainEnd, onEpochBegin, onEpochEnd, onBatchBegin, hook);
    }

    @Override
    public void onTrainBegin(TrainingContext context) {
        onTrainBegin.accept(context);
    }

    @Override
    public void onTrainEnd(TrainingContext context) {
        onTrainEnd.accept(context);
    }

    @Override
    public void onEpochBegin(int epoch, TrainingContext context) {
        onEpochBegin.accept(epoch, context);
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
        onEpochEnd.accept(epoch, logs, context);
    }

    @Override
    public void onBatchBegin(int batch, TrainingContext context) {
        onBatchBegin.accept(batch, context);
    }

    @Override
    public void onBatchEnd(int batch, double loss, TrainingContext context) {
        onBatchEnd.accept(batch, loss, context);
    }
}
