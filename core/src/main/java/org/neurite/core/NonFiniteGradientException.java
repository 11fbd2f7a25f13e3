package org.neurite.core;

/**
 * Thrown when a training step produces a NaN or infinite gradient. The update is not applied, so the
 * weights stay those of the last good step. Names the layer, the parameter and the step.
 */
public final class NonFiniteGradientException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final String layer;
    private final String parameter;
    private final long step;

    NonFiniteGradientException(String message, String layer, String parameter, long step) {
        super(message);
        this.layer = layer;
        this.parameter = parameter;
        this.step = step;
    }

    static NonFiniteGradientException locate(Sequential model, Parameters p, long step) {
        for (ParameterView v : p.views()) {
            for (int i = 0; i < v.length(); i++) {
                double g = p.gradientMatrix().get(v.offset() + i);
                if (!Double.isFinite(g)) {
                    String layer = model.layerNames().get(v.layerIndex());
                    String message = "Non-finite gradient at step " + step + ": layer '" + layer + "' (index "
                            + v.layerIndex() + "), parameter " + v + ", element " + i + " is " + g
                            + ". The update was not applied; the weights are those after step " + (step - 1)
                            + ". The learning rate was " + model.currentLearningRate() + "; try a smaller one (e.g. "
                            + model.currentLearningRate() / 10 + "), or check the data for extreme values.";
                    return new NonFiniteGradientException(message, layer, v.name(), step);
                }
            }
        }
        return new NonFiniteGradientException("Non-finite gradient at step " + step, "?", "?", step);
    }

    /** The layer's name. */
    public String layer() {
        return layer;
    }

    /** The parameter's path, e.g. {@code dense_1/kernel}. */
    public String parameter() {
        return parameter;
    }

    /** The 1-based step whose update was refused. */
    public long step() {
        return step;
    }
}
