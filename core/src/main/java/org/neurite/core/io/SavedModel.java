package org.neurite.core.io;

import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.layers.Layer;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Optimizer;

/**
 * The checked contents of a model file, ready for {@code Sequential.load} to rebuild the model: every shape
 * already matches the architecture and every name resolves.
 *
 * @param file the file read
 * @param layers the layers, each with its saved name
 * @param dataType FLOAT or DOUBLE
 * @param inputWidth the input columns the model was built for
 * @param weights the weight arrays in Keras order (kernel then bias, per layer)
 * @param optimizer the compiled optimizer, or null when the model was saved uncompiled
 * @param loss the compiled loss, or null when uncompiled
 * @param metrics the compiled metrics (resolved names), empty when uncompiled
 * @param optimizerState the optimizer's state slots, or null before the first training step
 * @param step optimizer updates applied since compile
 * @param epoch epochs completed since compile
 * @param learningRateFactor the factor on the scheduled learning rate (ReduceLROnPlateau)
 */
public record SavedModel(Path file, List<Layer> layers, DataType dataType, int inputWidth, List<Tensor> weights,
                         Optimizer<?> optimizer, Loss loss, List<Metric> metrics, List<Tensor> optimizerState,
                         long step, int epoch, double learningRateFactor) {
    public SavedModel {
        layers = List.copyOf(layers);
        weights = List.copyOf(weights);
        metrics = List.copyOf(metrics);
        optimizerState = optimizerState == null ? null : List.copyOf(optimizerState);
    }

    public boolean isCompiled() {
        return optimizer != null;
    }
}
