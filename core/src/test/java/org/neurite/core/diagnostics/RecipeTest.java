package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Activation;
import org.neurite.core.Change;
import org.neurite.core.FitOptions;
import org.neurite.core.Goal;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.layers.Dense;

class RecipeTest {
    private static final INDArray X = TestModels.matrix(new double[][] {{-1}, {0}, {1}, {2}});
    /** y = 2x + 1: the constant predictor's MSE is 5. */
    private static final INDArray Y = TestModels.labels(-1, 1, 3, 5);
    private static final FitOptions FIT = FitOptions.defaults().withEpochs(20).withBatchSize(4).withVerbose(0);

    private static Sequential line() {
        return TestModels.compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(1));
    }

    @Test
    void theWorkIsSeedsTimesEpochsTimesRowsTimesParameters() {
        Sequential model = TestModels.compiled(3, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(4),
                new Dense(2).withUseBias(false));
        INDArray x = TestModels.matrix(new double[10][3]);
        Recipe recipe = Recipe.of(model, x, TestModels.matrix(new double[10][2]), FIT.withEpochs(5));
        assertEquals(3 * 4 + 4 + 4 * 2, recipe.parameters());
        assertEquals(3.0 * 5 * 10 * 24, recipe.work(3));
    }

    @Test
    void aRunReportsTheEpochCountUntilItsGoalOrAllEpochsWhenMissed() {
        assertEquals(new Recipe.Run(true, 1), Recipe.of(line(), X, Y, FIT.withGoal(Goal.loss(1e9))).train(0),
                "met after the first epoch");
        assertEquals(new Recipe.Run(false, 20), Recipe.of(line(), X, Y, FIT.withGoal(Goal.loss(1e-300))).train(0));
    }

    @Test
    void withoutAGoalTheDefaultOneIsUsed() {
        Recipe recipe = Recipe.of(line(), X, Y, FIT);
        assertEquals(Goal.loss(0.5).toString(), recipe.goal.toString(), "a tenth of the constant predictor's 5");
        assertTrue(recipe.train(0).epochs() > 0);
    }

    @Test
    void aLearningRateChangeScalesTheRateOfEveryRun() {
        // A line through the origin has an MSE of at least 5/6 here; the bias starts at 0 and a rate of 1e-10
        // barely moves it, so only real steps reach the goal 0.5.
        Recipe recipe = Recipe.of(line(), X, Y, FIT.withGoal(Goal.loss(0.5)));
        assertTrue(recipe.train(0).reached(), "GD at 0.1 gets below 0.5 within 20 epochs");
        Recipe slowed = recipe.apply(new Change.LearningRate(1e-9, 1e-10));
        assertEquals(1e-9, slowed.learningRateFactor);
        assertEquals(new Recipe.Run(false, 20), slowed.train(0));
    }

    @Test
    void changesApplyToTheirOwnPartAndThoseTheModelCannotTakeAreNull() {
        Recipe recipe = Recipe.of(line(), X, Y, FIT);
        assertEquals(7, recipe.apply(new Change.Epochs(7)).options.epochs());
        INDArray standardized = recipe.apply(new Change.StandardizeInputs()).x;
        assertEquals(-1.5 / Math.sqrt(1.25), standardized.getDouble(0, 0), 1e-12, "(x - 0.5) / std, std² = 1.25");
        assertEquals(X, recipe.x, "the recipe itself is unchanged");
        assertEquals(2, recipe.apply(new Change.HiddenLayer(3, Activation.TANH)).layers.size());
        assertNull(recipe.apply(new Change.Units(5, 3)), "there is no layer 5");
    }

    @Test
    void aChangeTheLossCannotTrainDoesNotApplyRatherThanFailingEveryRun() {
        Sequential classifier = TestModels.compiled(1, 0.1, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
        Recipe recipe = Recipe.of(classifier, X, TestModels.labels(0, 0, 1, 1), FIT);
        assertNull(recipe.apply(new Change.SetActivation(0, Activation.TANH)), "binary_crossentropy needs outputs in "
                + "[0, 1], tanh gives [-1, 1]");
        assertEquals(2, recipe.apply(new Change.HiddenLayer(2, Activation.TANH)).layers.size(),
                "a tanh layer before the sigmoid output is fine");
    }

    @Test
    void aRunWhoseGradientBecomesNonFiniteHasNotReachedItsGoal() {
        Sequential huge = TestModels.compiled(1, 1e300, Loss.MEAN_SQUARED_ERROR, new Dense(1));
        Recipe.Run run = Recipe.of(huge, X, Y, FIT.withGoal(Goal.loss(1e-3))).train(0);
        assertEquals(false, run.reached());
        assertTrue(run.epochs() < 20, run::toString);
    }
}
