package org.neurite.benchmarks;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;

/** The process-wide ND4J settings of every benchmark fork: float32 defaults, op profiling off. */
final class Nd4jSettings {
    private Nd4jSettings() {
    }

    static void apply() {
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
        Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);
    }
}
