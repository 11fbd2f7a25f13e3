package org.neurite.core.diagnostics;

import org.neurite.core.Goal;
import org.neurite.core.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Callback;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.layers.Layer;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.NonFiniteGradientException;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Sequential;
import org.neurite.core.TrainingContext;

/**
 * A training setup that can be rebuilt from scratch with one {@link Change}: the layers, optimizer, loss,
 * metrics, data type, data and fit options of the run diagnosed. Trials drop the user's callbacks (they may
 * write files) and add one that stops at the goal.
 */
final class Recipe {
    final List<Layer> layers;
    final Optimizer<?> optimizer;
    final Loss loss;
    final List<Metric> metrics;
    final DataType type;
    final INDArray x;
    final INDArray y;
    final FitOptions options;
    final Goal goal;
    final double learningRateFactor;

    private Recipe(List<Layer> layers, Optimizer<?> optimizer, Loss loss, List<Metric> metrics, DataType type,
                   INDArray x, INDArray y, FitOptions options, Goal goal, double learningRateFactor) {
        this.layers = List.copyOf(layers);
        this.optimizer = optimizer;
        this.loss = loss;
        this.metrics = metrics;
        this.type = type;
        this.x = x;
        this.y = y;
        this.options = options;
        this.goal = goal;
        this.learningRateFactor = learningRateFactor;
    }

    static Recipe of(Sequential model, INDArray x, INDArray y, FitOptions options) {
        Goal goal = options.goal() != null ? options.goal() : Goals.defaultGoal(model, y);
        FitOptions quiet = options.withVerbose(0).withDiagnose(false).withCallbacks(List.of()).withInitialEpoch(0);
        return new Recipe(model.layers(), model.optimizer(), model.loss(), model.metrics(), model.dataType(), x, y,
                quiet, goal, 1);
    }

    /** The weight count of the model this recipe builds (width-keeping layers such as Dropout included). */
    long parameters() {
        long count = 0;
        int in = (int) x.size(1);
        for (Layer l : layers) {
            for (org.neurite.core.spi.WeightSpec w : l.weights(in)) {
                count += w.length();
            }
            in = l.outputWidth(in);
        }
        return count;
    }

    /** seeds × epochs × rows × parameters. */
    double work(int seeds) {
        return (double) seeds * options.epochs() * x.size(0) * parameters();
    }

    /**
     * This recipe with {@code change} applied, or null when it does not apply (a layer that is not Dense, or an
     * output activation the loss does not accept).
     */
    Recipe apply(Change change) {
        List<Layer> next = new ArrayList<>(layers);
        FitOptions fit = options;
        double factor = learningRateFactor;
        INDArray inputs = x;
        if (change instanceof Change.LearningRate lr) {
            factor = lr.factor();
        } else if (change instanceof Change.Epochs e) {
            fit = fit.withEpochs(e.epochs());
        } else if (change instanceof Change.StandardizeInputs) {
            inputs = Standardize.columns(x, options.validationSplit());
        } else {
            List<Layer> edited = change.applyTo(next);
            if (edited == null) {
                return null;
            }
            next = new ArrayList<>(edited);
        }
        Recipe changed = new Recipe(next, optimizer, loss, metrics, type, inputs, y, fit, goal, factor);
        try {
            changed.compile(new Sequential(next.toArray(new Layer[0])), optimizer);
        } catch (IllegalArgumentException e) {
            return null; // e.g. an output activation the loss does not accept
        }
        return changed;
    }

    /** One run's outcome. */
    record Run(boolean reached, int epochs) {
    }

    /** Trains a fresh model from {@code seed}; a NaN gradient or an incompatible change counts as not reached. */
    Run train(long seed) {
        Sequential model = new Sequential(layers.toArray(new Layer[0])).setDataType(type);
        try {
            compile(model, optimizer);
        } catch (IllegalArgumentException e) {
            return new Run(false, 0);
        }
        if (learningRateFactor != 1) {
            model.setLearningRateFactor(learningRateFactor);
        }
        try {
            History h = model.fit(x, y, options.withSeed(seed).withCallbacks(List.of(new StopAtGoal(goal))));
            int first = goal.firstReached(h);
            return new Run(first >= 0, first >= 0 ? first + 1 : h.size());
        } catch (NonFiniteGradientException e) {
            return new Run(false, model.epoch());
        }
    }

    private <S extends OptimizerState> void compile(Sequential model, Optimizer<S> opt) {
        model.compile(opt, loss, metrics.toArray(new Metric[0]));
    }

    /** Stops training at the end of the first epoch that meets the goal. */
    record StopAtGoal(Goal goal) implements Callback {
        @Override
        public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
            Double value = logs.get(goal.series());
            if (value != null && goal.isMet(value)) {
                context.stopTraining();
            }
        }
    }
}
