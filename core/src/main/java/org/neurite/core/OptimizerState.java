package org.neurite.core;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An optimizer's per-parameter state (moments, velocities). Its named slots are what save/load writes
 * and restores: {@link Optimizer#init} followed by copying each slot back gives the state again.
 */
public interface OptimizerState {
    /** The state arrays by slot name (e.g. {@code "m"}, {@code "v"}), each shaped like the flat parameters. */
    Map<String, INDArray> slots();
}
