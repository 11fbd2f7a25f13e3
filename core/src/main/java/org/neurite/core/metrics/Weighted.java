package org.neurite.core.metrics;

import org.neurite.core.Metric;

/**
 * A metric fed the sample and class weights, Keras's {@code weighted_metrics}. It logs under the inner
 * metric's name, or {@code weighted_<name>} when an unweighted metric already uses that name (as Keras).
 */
record Weighted(String name, Metric inner) implements Metric {
    @Override
    public String spec() {
        return "weighted(" + inner.spec() + ")";
    }

    @Override
    public State newState(int width, int labelWidth) {
        return inner.newState(width, labelWidth);
    }
}
