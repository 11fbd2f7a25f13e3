package org.neurite.datasets;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * How boolean rows become arrays: the input bits' encoding, the labels' encoding and the arrays' data type.
 * Defaults: {0, 1} inputs, one {0, 1} label column per output bit, FLOAT.
 *
 * @param inputs encoding of the input bits
 * @param labels encoding of the output bits
 * @param dataType FLOAT or DOUBLE
 */
public record Encoding(BitEncoding inputs, LabelEncoding labels, DataType dataType) {
    public Encoding {
        if (inputs == null || labels == null) {
            throw new IllegalArgumentException("Encoding: inputs and labels must not be null; received inputs="
                    + inputs + ", labels=" + labels + ".");
        }
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("Encoding.dataType must be FLOAT or DOUBLE; received dataType="
                    + dataType + ".");
        }
    }

    /** {0, 1} inputs and labels, FLOAT. */
    public static Encoding defaults() {
        return new Encoding(BitEncoding.ZERO_ONE, LabelEncoding.ZERO_ONE, DataType.FLOAT);
    }

    public Encoding withInputs(BitEncoding inputs) {
        return new Encoding(inputs, labels, dataType);
    }

    public Encoding withLabels(LabelEncoding labels) {
        return new Encoding(inputs, labels, dataType);
    }

    public Encoding withDataType(DataType dataType) {
        return new Encoding(inputs, labels, dataType);
    }
}
