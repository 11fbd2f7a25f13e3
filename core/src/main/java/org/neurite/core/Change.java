package org.neurite.core;

import java.util.ArrayList;
import java.util.List;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Initializer;
import org.neurite.core.layers.Layer;

/**
 * Exactly one change to a training setup, as a {@link Remedy} proposes it. Layer indices count from 0 over
 * the model's layers. {@link #java()} says it in Java; a front end (the CLI) renders it in its own flags.
 */
public sealed interface Change {
    /** The change as Java, e.g. {@code new Dense(5, Activation.RELU)} for layer 'dense'. */
    String java();

    /**
     * The layers with this change made, or null when it is not a change of Dense layers or touches none of them
     * (a learning rate, epochs, standardized inputs, or a layer that is not Dense).
     */
    default List<Layer> applyTo(List<? extends Layer> layers) {
        List<Layer> next = new ArrayList<>(layers);
        int last = next.size() - 1;
        if (this instanceof HiddenLayer h) {
            next.add(last, new Dense(h.units(), h.activation()).withUseBias(next.get(last).useBias()));
            return next;
        }
        boolean edited = false;
        for (int l = 0; l <= last; l++) {
            Dense changed = next.get(l) instanceof Dense d ? edit(l, last, d) : null;
            if (changed != null && !changed.equals(next.get(l))) {
                next.set(l, changed);
                edited = true;
            }
        }
        return edited ? next : null;
    }

    private Dense edit(int l, int last, Dense d) {
        if (this instanceof Units u && u.layer() == l) {
            return new Dense(u.units(), d.activation(), d.useBias(), d.kernelInitializer(), d.biasInitializer(),
                    d.name());
        }
        if (this instanceof SetActivation a && a.layer() == l) {
            return new Dense(d.units(), a.activation(), d.useBias(), d.kernelInitializer(), d.biasInitializer(),
                    d.name());
        }
        if (this instanceof HiddenActivation h && l < last) {
            return new Dense(d.units(), h.activation(), d.useBias(), h.initializer(), d.biasInitializer(), d.name());
        }
        if (this instanceof Bias b && b.layer() == l) {
            return d.withUseBias(true);
        }
        if (this instanceof KernelInitializer k && d.kernelInitializer().name().equals(k.from())) {
            return d.withKernelInitializer(k.to());
        }
        return null;
    }

    /** Layer {@code layer} gets {@code units} units. */
    record Units(int layer, int units) implements Change {
        @Override
        public String java() {
            return "give layer " + layer + " " + units + " units: new Dense(" + units + ", ...)";
        }
    }

    /** Layer {@code layer} gets another activation. */
    record SetActivation(int layer, Activation activation) implements Change {
        public SetActivation {
            Changes.require(activation != null, "SetActivation.activation", "null", "an Activation");
        }

        @Override
        public String java() {
            return "layer " + layer + ": new Dense(units, Activation.of(\"" + activation.name() + "\"))";
        }
    }

    /** Every hidden layer gets {@code activation} and kernel initializer {@code initializer}. */
    record HiddenActivation(Activation activation, Initializer initializer) implements Change {
        public HiddenActivation {
            Changes.require(activation != null && initializer != null, "HiddenActivation.activation and initializer",
                    activation + ", " + initializer, "an Activation and an Initializer");
        }

        @Override
        public String java() {
            return "every hidden layer: new Dense(units, Activation.of(\"" + activation.name()
                    + "\")).withKernelInitializer(Initializer.of(\"" + initializer.name() + "\"))";
        }
    }

    /** Layer {@code layer} gets a bias. */
    record Bias(int layer) implements Change {
        @Override
        public String java() {
            return "layer " + layer + ": .withUseBias(true) (Dense has a bias by default)";
        }
    }

    /** Every layer that uses {@code from} as kernel initializer uses {@code to}. */
    record KernelInitializer(String from, Initializer to) implements Change {
        public KernelInitializer {
            Changes.require(from != null && to != null, "KernelInitializer.from and to", from + ", " + to,
                    "an initializer name and an Initializer");
        }

        @Override
        public String java() {
            return ".withKernelInitializer(Initializer.of(\"" + to.name() + "\")) instead of " + from;
        }
    }

    /** A hidden layer of {@code units} units inserted before the output layer. */
    record HiddenLayer(int units, Activation activation) implements Change {
        public HiddenLayer {
            Changes.require(activation != null, "HiddenLayer.activation", "null", "an Activation");
        }

        @Override
        public String java() {
            return "add new Dense(" + units + ", Activation.of(\"" + activation.name() + "\")) before the output layer";
        }
    }

    /** The learning rate multiplied by {@code factor} (the schedule keeps its shape). */
    record LearningRate(double factor, double learningRate) implements Change {
        public LearningRate {
            Changes.require(factor > 0 && Double.isFinite(factor) && learningRate > 0 && Double.isFinite(learningRate),
                    "LearningRate.factor and learningRate", factor + ", " + learningRate, "finite values > 0");
        }

        @Override
        public String java() {
            return "learning rate " + Finding.format(learningRate) + ": the optimizer's withLearningRate("
                    + Finding.format(learningRate) + "), or model.setLearningRateFactor(" + Finding.format(factor)
                    + ") after compile";
        }
    }

    /** Train for {@code epochs} epochs. */
    record Epochs(int epochs) implements Change {
        @Override
        public String java() {
            return "FitOptions.withEpochs(" + epochs + ")";
        }
    }

    /** Standardize every input column on the training rows: (x − mean) / std. */
    record StandardizeInputs() implements Change {
        @Override
        public String java() {
            return "standardize x per column, (x - mean) / std with the training rows' mean and std";
        }
    }
}
