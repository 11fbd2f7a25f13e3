package org.neurite.core.metrics;

import org.neurite.core.Metric;

/** A repeated stateful metric logged as {@code <name>_1}, {@code <name>_2}, ... as Keras does. */
record Named(String name, Metric inner) implements Metric {
    @Override
    public String spec() {
        return inner.spec();
    }

    @Override
    public State newState(int width, int labelWidth) {
        return inner.newState(width, labelWidth);
    }
}
