package org.neurite.core;

/** The stable identifier of a {@link Finding}; codes are never renamed or reused. */
public enum FindingCode {
    /** A layer without bias receives an all-zero row, whose outputs are then fixed at f(0) whatever the weights. */
    NO_BIAS,
    /** The model has no hidden nonlinearity and the labels are not linearly separable. */
    LINEARLY_INSEPARABLE,
    /**
     * ReLU units whose pre-activation is &lt;= 0 on every training row (their gradient is zero forever), or a
     * ReLU layer wholly inactive on rows that need different labels.
     */
    DEAD_UNITS,
    /**
     * Sigmoid or tanh hidden units with |z| &gt; 5 on at least 95% of the rows, or a layer wholly saturated the
     * same way on rows that need different labels.
     */
    SATURATED_UNITS,
    /** The loss stopped improving at the loss of a constant predictor. */
    PLATEAU,
    /** Labels outside the output activation's range, or labels an accuracy metric can never count as right. */
    OUTPUT_RANGE,
    /** The first layer's gradient is orders of magnitude smaller than the output layer's. */
    VANISHING_GRADIENTS,
    /** Gradients so large (or growing so fast towards the input) that one step destroys the weights. */
    EXPLODING_GRADIENTS,
    /** The loss became NaN or infinite, or grew fast during training. */
    DIVERGED,
    /** The loss was still falling at the end, so slowly that the learning rate limits it, not the epochs. */
    LEARNING_RATE_TOO_SMALL,
    /** The loss was still falling steadily at the end: more epochs would reach the goal. */
    TRAINING_TOO_SHORT,
    /** Input columns far from unit scale, which saturate or blow up the first layer. */
    INPUT_SCALE,
    /** A kernel initializer whose scale is far from the one the layer's activation needs. */
    BAD_INITIALIZER
}
