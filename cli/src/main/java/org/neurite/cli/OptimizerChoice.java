package org.neurite.cli;

import java.util.List;
import java.util.Locale;
import org.neurite.core.Optimizer;
import org.neurite.optimizers.Adagrad;
import org.neurite.optimizers.Adam;
import org.neurite.optimizers.AdamW;
import org.neurite.optimizers.Nadam;
import org.neurite.optimizers.RmsProp;
import org.neurite.optimizers.Sgd;

/** {@code --optimizer NAME --lr RATE}: an optimizer with Keras's defaults and the given learning rate. */
final class OptimizerChoice {
    static final List<String> NAMES = List.of("adam", "sgd", "adamw", "rmsprop", "adagrad", "nadam");

    private OptimizerChoice() {
    }

    static Optimizer<?> create(String name, double learningRate) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "adam" -> Adam.defaults().withLearningRate(learningRate);
            case "sgd" -> Sgd.defaults().withLearningRate(learningRate);
            case "adamw" -> AdamW.defaults().withLearningRate(learningRate);
            case "rmsprop" -> RmsProp.defaults().withLearningRate(learningRate);
            case "adagrad" -> Adagrad.defaults().withLearningRate(learningRate);
            case "nadam" -> Nadam.defaults().withLearningRate(learningRate);
            default -> throw new UsageException("--optimizer: unknown optimizer '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }
}
