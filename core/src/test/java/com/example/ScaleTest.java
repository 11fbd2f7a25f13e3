package com.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.GradientCheck;
import org.neurite.core.GradientCheckResult;
import org.neurite.core.GradientDescent;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.LayerConfig;

/** A layer from a package outside org.neurite trains, checks, summarizes and saves like a built-in one. */
class ScaleTest {
    private static final INDArray X = Nd4j.createFromArray(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    private static final INDArray Y = Nd4j.createFromArray(new double[][] {{0}, {1}, {1}, {0}});

    private static Sequential model(DataType type) {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Scale(null),
                new Dense(1, Activation.SIGMOID)).setDataType(type).build(2, 3);
        model.compile(new GradientDescent(0.5), Loss.BINARY_CROSSENTROPY);
        return model;
    }

    @Test
    void itsBackwardPassMatchesCentralDifferences() {
        Sequential model = model(DataType.DOUBLE);
        model.trainOnBatch(X, Y); // move γ off its initial ones
        GradientCheckResult result = GradientCheck.defaults().check(model, X, Y);
        assertTrue(result.passed(), result.toString());
        assertEquals(List.of("dense/kernel", "dense/bias", "scale/gamma", "dense_1/kernel", "dense_1/bias"),
                result.arrays().stream().map(GradientCheckResult.ArrayCheck::name).toList());
    }

    @Test
    void itTrainsAndShowsInTheSummary() {
        Sequential model = model(DataType.FLOAT);
        double first = model.trainOnBatch(X, Y);
        double last = first;
        for (int i = 0; i < 300; i++) {
            last = model.trainOnBatch(X, Y);
        }
        assertTrue(last < first, first + " -> " + last);
        assertTrue(model.summaryText().lines().anyMatch(l -> l.matches(" scale \\(Scale\\) +\\(None, 4\\) +4")),
                model.summaryText());
    }

    @Test
    void itSavesAndLoadsOnceItsClassIsRegistered(@TempDir Path dir) {
        LayerConfig.register("Scale", config -> new Scale(LayerConfig.name(config)));
        Sequential model = model(DataType.FLOAT);
        for (int i = 0; i < 20; i++) {
            model.trainOnBatch(X.castTo(DataType.FLOAT), Y.castTo(DataType.FLOAT));
        }
        model.save(dir.resolve("scale.zip"));
        Sequential loaded = Sequential.load(dir.resolve("scale.zip"));
        assertEquals(new Scale("scale"), loaded.layers().get(1));
        assertArrayEquals(model.predict(X).toFloatVector(), loaded.predict(X).toFloatVector(), 0f);
    }
}
