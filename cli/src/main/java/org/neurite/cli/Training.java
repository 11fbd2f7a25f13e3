package org.neurite.cli;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Callback;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.layers.Layer;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.NonFiniteGradientException;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.diagnostics.Diagnostics;
import org.neurite.core.Goal;

/** Builds, compiles and trains the model a {@link Plan} describes. */
final class Training {
    private Training() {
    }

    /**
     * A finished training run and its diagnosis (the post-fit one, or DIVERGED alone when fit stopped on a NaN
     * or infinite gradient; the model then holds the last finite weights).
     */
    record Run(Plan plan, Sequential model, History history, long seed, Diagnosis diagnosis) {
        Run(Plan plan, Sequential model, History history, long seed) {
            this(plan, model, history, seed, history.diagnosis());
        }

        Run withDiagnosis(Diagnosis next) {
            return new Run(plan, model, history, seed, next);
        }

        String loss() {
            return plan.loss();
        }

        String optimizer() {
            return plan.options().optimizer;
        }

        /** The model's outputs for raw rows of the task. */
        INDArray predict(INDArray raw) {
            return model.predict(plan.inputs(raw));
        }
    }

    static Sequential compiled(Plan plan) {
        Sequential model = new Sequential(plan.options().denseLayers(plan.task()).toArray(new Layer[0]));
        model.compile(OptimizerChoice.create(plan.options().optimizer, plan.options().learningRate),
                Loss.of(plan.loss()), plan.grading().metrics().toArray(new Metric[0]));
        return model;
    }

    /** The goal of the task (see {@link Grading#goal}). */
    static Goal goal(Plan plan) {
        return plan.grading().goal(plan.task().truthTable(), plan.train().labels());
    }

    /** Silent fit options for the plan, with its goal and validation rows. */
    static FitOptions fitOptions(Plan plan, long seed) {
        ModelOptions o = plan.options();
        return FitOptions.defaults().withEpochs(o.epochs).withBatchSize(o.batchSize).withSeed(seed).withVerbose(0)
                .withValidationData(plan.validation()).withGoal(goal(plan));
    }

    static Run train(Plan plan, Callback... progress) {
        return train(plan, plan.options().seed, progress);
    }

    static Run train(Plan plan, long seed, Callback... progress) {
        Sequential model = compiled(plan);
        List<Callback> callbacks = new ArrayList<>();
        for (Callback c : progress) {
            if (c != null) {
                callbacks.add(c);
            }
        }
        History history;
        Diagnosis diagnosis;
        try {
            history = model.fit(plan.train(), fitOptions(plan, seed).withCallbacks(callbacks));
            diagnosis = history.diagnosis();
        } catch (NonFiniteGradientException e) {
            history = new History();
            diagnosis = Diagnostics.diverged(model, e);
            history.setDiagnosis(diagnosis);
        }
        return new Run(plan, model, history, seed, diagnosis);
    }
}
