package org.neurite.core.activations;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.neurite.core.Activation;

/**
 * An element-wise activation given by its function and its derivative (as a function of z and a = f(z)).
 * Used for the activations off the hot path; the hot ones have their own loops.
 */
record Pointwise(String name, double lowerBound, double upperBound, DoubleUnaryOperator function,
                 DoubleBinaryOperator derivative) implements Activation {

    @Override
    public void forward(double[] z, double[] a, int length, int width) {
        for (int i = 0; i < length; i++) {
            a[i] = function.applyAsDouble(z[i]);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] grad, int length, int width) {
        for (int i = 0; i < length; i++) {
            grad[i] *= derivative.applyAsDouble(z[i], a[i]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pointwise p && p.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
