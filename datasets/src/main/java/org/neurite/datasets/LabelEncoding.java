package org.neurite.datasets;

/**
 * How output bits become label columns.
 * <ul>
 *   <li>{@link #ZERO_ONE}: one {0, 1} column per output bit (for sigmoid outputs and binary cross-entropy);</li>
 *   <li>{@link #PLUS_MINUS_ONE}: one {-1, +1} column per output bit (for tanh outputs, as in Playground);</li>
 *   <li>{@link #ONE_HOT}: the output bits read as a binary number k (first output most significant) select
 *       column k of {@code 2^outputs} (for softmax outputs; one output gives the two columns [not y, y]).</li>
 * </ul>
 */
public enum LabelEncoding {
    ZERO_ONE,
    PLUS_MINUS_ONE,
    ONE_HOT;

    /** The most output bits {@link #ONE_HOT} accepts (2^16 columns). */
    public static final int MAX_ONE_HOT_OUTPUTS = 16;

    /** Label columns for a function with {@code outputs} output bits. */
    public int columns(int outputs) {
        if (this != ONE_HOT) {
            return outputs;
        }
        if (outputs > MAX_ONE_HOT_OUTPUTS) {
            throw new IllegalArgumentException("LabelEncoding.ONE_HOT: " + outputs + " output bits would need 2^"
                    + outputs + " columns; at most " + MAX_ONE_HOT_OUTPUTS + " output bits are supported. Use "
                    + "ZERO_ONE (one column per bit) instead.");
        }
        return 1 << outputs;
    }
}
