package org.neurite.optimizers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;

/** Test support: flat parameters built directly, deterministic gradients, and test problems. */
final class Fixtures {
    private Fixtures() {
    }

    /** Parameters of {@code type} holding {@code values}, split into views of the given lengths. */
    static Parameters parameters(DataType type, double[] values, int... viewLengths) {
        List<ParameterView> views = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < viewLengths.length; i++) {
            views.add(new ParameterView("dense_" + i + "/kernel", i, offset, viewLengths[i],
                    new long[] {viewLengths[i]}));
            offset += viewLengths[i];
        }
        Parameters p = new Parameters(Nd4j.create(type, values.length), Nd4j.create(type, values.length), views);
        setValues(p, values);
        return p;
    }

    /** DOUBLE parameters in one view. */
    static Parameters parameters(double... values) {
        return parameters(DataType.DOUBLE, values, values.length);
    }

    static void setValues(Parameters p, double[] values) {
        for (int i = 0; i < values.length; i++) {
            p.valueMatrix().set(i, values[i]);
        }
    }

    static void setGradients(Parameters p, double[] gradients) {
        for (int i = 0; i < gradients.length; i++) {
            p.gradientMatrix().set(i, gradients[i]);
        }
    }

    static double[] values(Parameters p) {
        double[] out = new double[p.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.valueMatrix().get(i);
        }
        return out;
    }

    /**
     * A deterministic gradient at step t (1-based) that depends on θ: a stretched quadratic pull towards
     * {@code 0.5·i} plus a bounded oscillation, so moments and accumulators see varied signs and sizes.
     */
    static double[] gradient(double[] theta, int t) {
        double[] g = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            g[i] = (i + 1) * 0.7 * (theta[i] - 0.5 * i) + 0.3 * Math.sin(1.7 * t + i) + (i == 2 ? 2.5 : 0);
        }
        return g;
    }

    /** The start of every trajectory test. */
    static double[] start() {
        return new double[] {1.0, -2.0, 3.0, 0.25, -0.5};
    }

    /**
     * Runs {@code steps} updates of {@code optimizer} from {@code start} in DOUBLE with the gradient of
     * {@link #gradient}, at the constant learning rate {@code lr}; returns θ after each step.
     */
    static <S extends OptimizerState> double[][] trajectory(Optimizer<S> optimizer, double lr, int steps) {
        return run(optimizer, start(), steps, lr, Fixtures::gradient, new int[] {start().length});
    }

    /** As {@link #trajectory} with any gradient function and view split. */
    static <S extends OptimizerState> double[][] run(Optimizer<S> optimizer, double[] start, int steps, double lr,
                                                     Gradient gradient, int[] views) {
        Parameters p = parameters(DataType.DOUBLE, start, views);
        S state = optimizer.init(p);
        double[][] out = new double[steps][];
        for (int t = 1; t <= steps; t++) {
            setGradients(p, gradient.at(values(p), t));
            optimizer.update(p, state, t, lr);
            out[t - 1] = values(p);
        }
        return out;
    }

    /** A gradient as a function of θ and the 1-based step. */
    interface Gradient {
        double[] at(double[] theta, int t);
    }

    /** ∇ of f(θ) = ½·Σ (i+1)·(θ_i − (i − 1))², minimum at θ_i = i − 1. */
    static double[] quadraticGradient(double[] theta, int t) {
        double[] g = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            g[i] = (i + 1) * (theta[i] - (i - 1));
        }
        return g;
    }

    /** ∇ of Rosenbrock f(x, y) = (1 − x)² + 100·(y − x²)², minimum at (1, 1). */
    static double[] rosenbrockGradient(double[] theta, int t) {
        double x = theta[0];
        double y = theta[1];
        return new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
    }

    /** Runs {@code optimizer} from {@code start} and returns the final θ. */
    static <S extends OptimizerState> double[] minimize(Optimizer<S> optimizer, double[] start, int steps,
                                                        Gradient gradient) {
        double[][] path = run(optimizer, start, steps, optimizer.learningRate().at(1), gradient,
                new int[] {start.length});
        return path[steps - 1];
    }

    /** The largest |a_i − b_i|. */
    static double maxDiff(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    /** Asserts two trajectories agree to {@code tolerance} at every step. */
    static void assertTrajectory(double[][] expected, double[][] actual, double tolerance) {
        for (int t = 0; t < expected.length; t++) {
            double d = maxDiff(expected[t], actual[t]);
            if (!(d <= tolerance)) {
                throw new AssertionError("step " + (t + 1) + ": max |difference| " + d + " > " + tolerance
                        + "; expected " + java.util.Arrays.toString(expected[t]) + " but was "
                        + java.util.Arrays.toString(actual[t]));
            }
        }
    }

    /** Reference loop: applies {@code rule} to a copy of {@link #start()} for {@code steps} steps. */
    static double[][] reference(int steps, BiConsumer<double[], Integer> rule) {
        double[] theta = start();
        double[][] out = new double[steps][];
        for (int t = 1; t <= steps; t++) {
            rule.accept(theta, t);
            out[t - 1] = theta.clone();
        }
        return out;
    }

    /**
     * Trains 60 steps straight, and 30 steps then a save (values and every slot copied out) and a restore
     * into fresh parameters and a fresh {@code init} state, then 30 more; asserts both end bit-identical.
     */
    static <S extends OptimizerState> void assertResumesBitIdentically(Optimizer<S> optimizer, double lr) {
        int[] views = {3, 2};
        double[][] straight = run(optimizer, start(), 60, lr, Fixtures::gradient, views);
        Parameters p = parameters(DataType.DOUBLE, start(), views);
        S state = optimizer.init(p);
        for (int t = 1; t <= 30; t++) {
            setGradients(p, gradient(values(p), t));
            optimizer.update(p, state, t, lr);
        }
        java.util.Map<String, org.nd4j.linalg.api.ndarray.INDArray> saved = new java.util.LinkedHashMap<>();
        state.slots().forEach((name, array) -> saved.put(name, array.dup()));
        Parameters restored = parameters(DataType.DOUBLE, values(p), views);
        S fresh = optimizer.init(restored);
        if (!fresh.slots().keySet().equals(saved.keySet())) {
            throw new AssertionError("slots " + fresh.slots().keySet() + " != " + saved.keySet());
        }
        fresh.slots().forEach((name, array) -> array.assign(saved.get(name)));
        for (int t = 31; t <= 60; t++) {
            setGradients(restored, gradient(values(restored), t));
            optimizer.update(restored, fresh, t, lr);
        }
        double[] a = straight[59];
        double[] b = values(restored);
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) {
                throw new AssertionError("resumed run differs at " + i + ": " + a[i] + " vs " + b[i]);
            }
        }
    }
}
