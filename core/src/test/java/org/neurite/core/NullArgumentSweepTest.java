package org.neurite.core;

import org.neurite.core.layers.Dense;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every public entry point of core refuses null arguments clearly, leaving a model as it was ({@link ApiSweep}). */
class NullArgumentSweepTest {
    private static Sequential trainedModel() {
        Sequential model = new Sequential(new Dense(3, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(new GradientDescent(0.5), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        model.fit(Fixtures.xorX(), Fixtures.xorY(),
                FitOptions.defaults().withEpochs(2).withBatchSize(2).withVerbose(0));
        return model;
    }

    private static String fingerprint(Object o) {
        Sequential m = (Sequential) o;
        return Arrays.toString(Fixtures.weightBits(m)) + " step " + m.step() + " epoch " + m.epoch() + " lr "
                + m.learningRateFactor() + " " + m.optimizerState() + " " + m.isCompiled();
    }

    @Test
    void everyPublicEntryPointOfCoreRefusesNullArgumentsWithAClearException() throws Exception {
        ApiSweep sweep = new ApiSweep(Map.of(
                Sequential.class, new ApiSweep.Instance(NullArgumentSweepTest::trainedModel,
                        NullArgumentSweepTest::fingerprint),
                FitOptions.class, ApiSweep.Instance.value(FitOptions::defaults),
                Dataset.class, ApiSweep.Instance.value(() -> new Dataset(Fixtures.xorX(), Fixtures.xorY())),
                org.neurite.core.callbacks.EarlyStopping.Config.class,
                ApiSweep.Instance.value(org.neurite.core.callbacks.EarlyStopping.Config::defaults),
                org.neurite.core.callbacks.ModelCheckpoint.Config.class, ApiSweep.Instance.value(
                        () -> org.neurite.core.callbacks.ModelCheckpoint.Config.defaults(Path.of("m.zip"))),
                org.neurite.core.callbacks.CsvLogger.Config.class, ApiSweep.Instance.value(
                        () -> org.neurite.core.callbacks.CsvLogger.Config.defaults(Path.of("log.csv"))),
                org.neurite.core.callbacks.LambdaCallback.class,
                ApiSweep.Instance.value(org.neurite.core.callbacks.LambdaCallback::defaults)),
                Set.of(
                        "Config.withBaseline", // NaN means no baseline, Keras's default
                        "FitOptions.withGoal", "FitOptions.withValidationData", // null means none
                        "Incident.<init>", // a null parameter means the loss itself was not finite
                        "FitDiagnosis.afterFit", // fit's own hook, called after fit checked everything
                        "Metrics.resolve", // compile's helper, called after compile checked its arguments
                        "LayerTrace.preActivations", // diagnostics' helper, documented as not part of the API
                        "Finding.format", // formats any double as text, NaN and infinities included
                        "Constraint.scale", "Constraint.norms", // the constraints' shared loops, engine-only
                        "Constraint.checkAxis", "Regularizer.checkFactor", // checkers: owner names are for messages
                        "Dropout.<init>", "GaussianNoise.<init>", // null noiseShape, seed and name mean Keras's None
                        "Normalization.<init>", // null mean and variance: not adapted yet, as Keras's Normalization()
                        "LayerConfig.regularizer", "LayerConfig.constraint", // null means none, as in Keras configs
                        "SavedModel.<init>", "Tensor.<init>", "Tensor.of"), // built by the file codecs
                Set.of("org.neurite.engine", "org.neurite.engine.kernel")); // the engine: unchecked by design, users never call it
        List<String> failures = sweep.sweep(Path.of("target", "classes"));
        assertEquals(List.of(), failures, String.join("\n", failures));
        assertTrue(sweep.calls() > 50, "only " + sweep.calls() + " calls: did the sweep find the classes?");
    }
}
