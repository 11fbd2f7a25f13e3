package org.neurite.cli;

import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.layers.Layer;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.NonFiniteGradientException;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.diagnostics.Diagnostics;
import org.neurite.core.Goal;

/** Data, models and training runs shared by the diagnosis scenario, healthy-run and story tests. */
final class Setups {
    static final Goal LEARNED = Goal.metric("accuracy", 1.0);

    private Setups() {
    }

    static INDArray matrix(double[][] values) {
        return Nd4j.createFromArray(values).castTo(DataType.FLOAT);
    }

    /** Every combination of {@code bits} inputs, row r holding r's bits, most significant first. */
    static INDArray truthTable(int bits) {
        double[][] x = new double[1 << bits][bits];
        for (int r = 0; r < x.length; r++) {
            for (int b = 0; b < bits; b++) {
                x[r][b] = (r >> (bits - 1 - b)) & 1;
            }
        }
        return matrix(x);
    }

    /** One label per row: 1 when the row's count of ones passes {@code ones}. */
    static INDArray byOnes(INDArray x, IntPredicate ones) {
        double[][] y = new double[(int) x.size(0)][1];
        for (int r = 0; r < y.length; r++) {
            y[r][0] = ones.test(x.getRow(r).sumNumber().intValue()) ? 1 : 0;
        }
        return matrix(y);
    }

    static INDArray xor() {
        return byOnes(truthTable(2), n -> n == 1);
    }

    static INDArray and() {
        return byOnes(truthTable(2), n -> n == 2);
    }

    /** {@code rows} evenly spaced x in [-1, 1] and f(x), as columns. */
    static INDArray[] curve(int rows, java.util.function.DoubleUnaryOperator f) {
        double[][] x = new double[rows][1];
        double[][] y = new double[rows][1];
        for (int r = 0; r < rows; r++) {
            x[r][0] = -1 + 2.0 * r / (rows - 1);
            y[r][0] = f.applyAsDouble(x[r][0]);
        }
        return new INDArray[] {matrix(x), matrix(y)};
    }

    /** A fresh model of these layers compiled with the optimizer and loss; accuracy is tracked unless it is MSE. */
    static <S extends OptimizerState> Supplier<Sequential> model(Optimizer<S> optimizer, Loss loss, Layer... layers) {
        return () -> {
            Sequential model = new Sequential(layers);
            if (loss == Loss.MEAN_SQUARED_ERROR) {
                model.compile(optimizer, loss);
            } else {
                model.compile(optimizer, loss, Metric.ACCURACY);
            }
            return model;
        };
    }

    static Dense dense(int units, String activation) {
        return new Dense(units, activation);
    }

    static FitOptions fit(int epochs, long seed, Goal goal) {
        return FitOptions.defaults().withEpochs(epochs).withBatchSize(32).withSeed(seed).withVerbose(0)
                .withGoal(goal);
    }

    /** A run's outcome: the trained model, its history (null after a NaN gradient) and its diagnosis. */
    record Run(Sequential model, History history, Diagnosis diagnosis) {
        boolean reached(Goal goal) {
            return history != null && goal.isReached(history);
        }
    }

    static Run train(Supplier<Sequential> factory, INDArray x, INDArray y, FitOptions options) {
        Sequential model = factory.get();
        try {
            History history = model.fit(x, y, options);
            return new Run(model, history, history.diagnosis());
        } catch (NonFiniteGradientException e) {
            return new Run(model, null, Diagnostics.diverged(model, e));
        }
    }
}
