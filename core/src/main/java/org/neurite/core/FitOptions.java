package org.neurite.core;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How {@link Sequential#fit} trains, with Keras's defaults: 1 epoch, batch size 32, shuffling each epoch,
 * no validation, verbosity 1. Unlike Keras the seed defaults to 0, so an unconfigured run is reproducible;
 * it seeds the weights (when fit builds the model) and the shuffling.
 *
 * @param epochs the epoch to stop at (as Keras, counted from 0 including {@code initialEpoch}); 0 trains nothing
 * @param batchSize rows per step; the last batch of an epoch keeps the remainder, as Keras
 * @param shuffle whether to shuffle the training rows before each epoch
 * @param validationSplit the fraction of rows, taken from the end before shuffling, held out for validation
 * @param validationData held-out data scored after each epoch (takes precedence over the split); may be null
 * @param seed seeds weight initialization and shuffling
 * @param verbose 0 silent, 1 a progress bar per epoch, 2 one line per epoch
 * @param initialEpoch the epoch to start counting from (for resuming)
 * @param callbacks called at the start and end of training, epochs and batches
 * @param diagnose whether fit diagnoses the model when training ends without reaching its goal (default on;
 *                 the findings go to {@link History#diagnosis()} and are printed at verbosity &gt;= 1)
 * @param goal what reaching the goal means; null for the default (see
 *             {@link org.neurite.core.diagnostics.FitDiagnosis})
 * @param classWeight Keras's {@code class_weight}: each training row's loss is multiplied by the weight of its
 *                    class (its label rounded, or the one-hot label's argmax), and by its sample weight if
 *                    given (tf.keras 2's product; Keras 3 refuses the two together); every class in the
 *                    labels needs a weight (Keras 3 weighs a missing class 1; here a mistyped key is refused).
 *                    Empty (the default) weighs every class 1.
 *                    Validation rows are not class-weighted, as in Keras.
 * @param validationSampleWeight one weight per row of {@code validationData}, the third element of Keras's
 *                               {@code validation_data=(x, y, sample_weight)}: {@code val_loss} becomes
 *                               Σ wᵢ·lossᵢ / rows and weighted metrics see the weights; null (the default) scores
 *                               validation unweighted. Kept as a DOUBLE copy, so later changes to the array given
 *                               are not seen.
 */
public record FitOptions(int epochs, int batchSize, boolean shuffle, double validationSplit, Dataset validationData,
                         long seed, int verbose, int initialEpoch, List<Callback> callbacks, boolean diagnose,
                         org.neurite.core.Goal goal, java.util.Map<Integer, Double> classWeight,
                         INDArray validationSampleWeight) {
    public FitOptions {
        if (epochs < 0) {
            throw new IllegalArgumentException("FitOptions.epochs must be >= 0; received epochs=" + epochs + ".");
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("FitOptions.batchSize must be > 0; received batchSize=" + batchSize
                    + ". Keras's default is 32.");
        }
        if (!(validationSplit >= 0 && validationSplit < 1)) {
            throw new IllegalArgumentException("FitOptions.validationSplit must be in [0, 1); received validationSplit="
                    + validationSplit + ".");
        }
        if (verbose < 0 || verbose > 2) {
            throw new IllegalArgumentException("FitOptions.verbose must be 0, 1 or 2; received verbose=" + verbose
                    + ".");
        }
        if (initialEpoch < 0) {
            throw new IllegalArgumentException("FitOptions.initialEpoch must be >= 0; received initialEpoch="
                    + initialEpoch + ".");
        }
        if (callbacks == null || callbacks.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("FitOptions.callbacks must be a list without nulls; received "
                    + callbacks + ".");
        }
        callbacks = List.copyOf(callbacks);
        SampleWeights.checkClassWeight(classWeight, "FitOptions.classWeight");
        classWeight = java.util.Map.copyOf(classWeight);
        validationSampleWeight = checkValidationWeights(validationSampleWeight, validationData);
    }

    /** The options without validation sample weights. */
    public FitOptions(int epochs, int batchSize, boolean shuffle, double validationSplit, Dataset validationData,
                      long seed, int verbose, int initialEpoch, List<Callback> callbacks, boolean diagnose,
                      org.neurite.core.Goal goal, java.util.Map<Integer, Double> classWeight) {
        this(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose, initialEpoch, callbacks,
                diagnose, goal, classWeight, null);
    }

    private static INDArray checkValidationWeights(INDArray weights, Dataset validationData) {
        if (weights == null) {
            return null;
        }
        if (validationData == null) {
            throw new IllegalArgumentException("FitOptions.validationSampleWeight weighs the rows of validationData, "
                    + "but validationData is null; received validationSampleWeight of shape "
                    + java.util.Arrays.toString(weights.shape()) + ". Pass both: withValidationData(data, weights).");
        }
        return Nd4j.createFromArray(SampleWeights.of(weights, validationData.size(),
                "FitOptions.validationSampleWeight"));
    }

    /** The options without class weights. */
    public FitOptions(int epochs, int batchSize, boolean shuffle, double validationSplit, Dataset validationData,
                      long seed, int verbose, int initialEpoch, List<Callback> callbacks, boolean diagnose,
                      org.neurite.core.Goal goal) {
        this(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose, initialEpoch, callbacks,
                diagnose, goal, java.util.Map.of());
    }

    /** The options without the diagnosis settings: diagnosis on, default goal. */
    public FitOptions(int epochs, int batchSize, boolean shuffle, double validationSplit, Dataset validationData,
                      long seed, int verbose, int initialEpoch, List<Callback> callbacks) {
        this(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose, initialEpoch, callbacks,
                true, null);
    }

    /** Keras's defaults, with seed 0. */
    public static FitOptions defaults() {
        return new FitOptions(1, 32, true, 0, null, 0, 1, 0, List.of());
    }

    public FitOptions withEpochs(int epochs) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }

    public FitOptions withBatchSize(int batchSize) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }

    public FitOptions withShuffle(boolean shuffle) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }

    public FitOptions withValidationSplit(double validationSplit) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }

    /** Sets the data scored after each epoch, unweighted (Keras's {@code validation_data=(x, y)}); may be null. */
    public FitOptions withValidationData(Dataset validationData) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, null);
    }

    /**
     * Sets the data scored after each epoch with one weight per row, Keras's
     * {@code validation_data=(x, y, sample_weight)}.
     */
    public FitOptions withValidationData(Dataset validationData, INDArray sampleWeight) {
        if (validationData == null || sampleWeight == null) {
            throw new IllegalArgumentException("FitOptions.withValidationData: validationData and sampleWeight must "
                    + "not be null; received validationData=" + validationData + ", sampleWeight=" + sampleWeight
                    + ". Use withValidationData(data) to score validation unweighted.");
        }
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, sampleWeight);
    }

    public FitOptions withSeed(long seed) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }

    public FitOptions withVerbose(int verbose) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }

    public FitOptions withInitialEpoch(int initialEpoch) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }

    public FitOptions withCallbacks(List<Callback> callbacks) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }

    public FitOptions withCallbacks(Callback... callbacks) {
        return withCallbacks(callbacks == null ? null : java.util.Arrays.asList(callbacks));
    }

    /** Turns the post-fit diagnosis on or off. */
    public FitOptions withDiagnose(boolean diagnose) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }

    /** Sets the goal whose miss triggers the diagnosis; null for the default. */
    public FitOptions withGoal(org.neurite.core.Goal goal) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }

    /** Sets Keras's {@code class_weight}: class index to the factor its rows' loss is multiplied by. */
    public FitOptions withClassWeight(java.util.Map<Integer, Double> classWeight) {
        return new FitOptions(epochs, batchSize, shuffle, validationSplit, validationData, seed, verbose,
                initialEpoch, callbacks, diagnose, goal, classWeight, validationSampleWeight);
    }
}
