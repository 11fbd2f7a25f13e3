package org.neurite.core;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.core.layers.Layer;

/**
 * Compares a compiled model's analytic gradients ({@link Sequential#computeGradients}) with central
 * differences in DOUBLE, n = (L(θ + h) − L(θ − h)) / 2h, one weight at a time. An entry passes when its
 * relative error |a − n| / (|a| + |n|) is at most {@code tolerance}, or its absolute error |a − n| is at
 * most {@code absoluteFloor} (DL4J's GradientCheckUtil rule; defaults from the numerics notes).
 *
 * <p>A DOUBLE model is perturbed in place and every weight is restored bit for bit; its gradient buffer
 * is restored too. A FLOAT model is never touched: it is checked through a DOUBLE copy with the same
 * layers and the same weights (widened exactly), because float rounding would swamp the differences.
 *
 * @param h the central-difference step, in (0, 1)
 * @param tolerance the largest relative error that passes, in (0, 1]
 * @param absoluteFloor absolute errors at or below this pass whatever their relative error, {@code >= 0}
 * @param maxEntriesPerArray how many entries of each weight array to check (evenly spaced), {@code >= 1}
 */
public record GradientCheck(double h, double tolerance, double absoluteFloor, int maxEntriesPerArray) {
    public GradientCheck {
        if (!(h > 0 && h < 1)) {
            throw new IllegalArgumentException("GradientCheck.h must be in (0, 1); received h=" + h
                    + ". The numerics notes use 1e-6 in DOUBLE.");
        }
        if (!(tolerance > 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("GradientCheck.tolerance must be in (0, 1]; received tolerance="
                    + tolerance + ". Use 1e-6 for smooth activations, about 1e-3 for deep nets.");
        }
        if (!(absoluteFloor >= 0) || !Double.isFinite(absoluteFloor)) {
            throw new IllegalArgumentException("GradientCheck.absoluteFloor must be a finite number >= 0; received "
                    + "absoluteFloor=" + absoluteFloor + ". The default is 1e-8.");
        }
        if (maxEntriesPerArray < 1) {
            throw new IllegalArgumentException("GradientCheck.maxEntriesPerArray must be >= 1; received "
                    + "maxEntriesPerArray=" + maxEntriesPerArray + ". Use Integer.MAX_VALUE to check every entry.");
        }
    }

    /** h = 1e-6, tolerance 1e-6, absolute floor 1e-8, every entry checked. */
    public static GradientCheck defaults() {
        return new GradientCheck(1e-6, 1e-6, 1e-8, Integer.MAX_VALUE);
    }

    public GradientCheck withH(double h) {
        return new GradientCheck(h, tolerance, absoluteFloor, maxEntriesPerArray);
    }

    public GradientCheck withTolerance(double tolerance) {
        return new GradientCheck(h, tolerance, absoluteFloor, maxEntriesPerArray);
    }

    public GradientCheck withAbsoluteFloor(double absoluteFloor) {
        return new GradientCheck(h, tolerance, absoluteFloor, maxEntriesPerArray);
    }

    public GradientCheck withMaxEntriesPerArray(int maxEntriesPerArray) {
        return new GradientCheck(h, tolerance, absoluteFloor, maxEntriesPerArray);
    }

    /**
     * Checks the gradient of the mean loss on {@code x, y} for a built, compiled model; leaves the model
     * exactly as it was (weights, gradients, step, optimizer state). A DOUBLE model is held as in training
     * meanwhile: other threads' predict calls are refused, as during fit.
     */
    public GradientCheckResult check(Sequential model, INDArray x, INDArray y) {
        if (model == null) {
            throw new IllegalArgumentException("GradientCheck.check: model must not be null.");
        }
        Compiled<?> compiled = model.requireCompiled("GradientCheck.check");
        if (!model.isBuilt()) {
            throw new IllegalStateException("GradientCheck.check: the model is not built, so it has no weights to "
                    + "check. Call build(inputWidth, seed), or fit or predict once.");
        }
        BatchTrainer.prepare(model, compiled, x, y);
        boolean copied = model.dataType() != DataType.DOUBLE;
        Sequential target = copied ? doubleCopy(model) : model;
        boolean entered = target.guard().enterWrite("GradientCheck.check");
        try {
            return checkInPlace(target, x, y, copied);
        } finally {
            target.guard().exitWrite(entered);
        }
    }

    private GradientCheckResult checkInPlace(Sequential target, INDArray x, INDArray y, boolean copied) {
        Compiled<?> c = target.requireCompiled("GradientCheck.check");
        BatchTrainer trainer = BatchTrainer.prepare(target, c, x, y).bind(target.network());
        Parameters p = target.parameters();
        double[] savedGradients = read(p.gradientMatrix(), p.count());
        try {
            trainer.gradients(c);
            double[] analytic = read(p.gradientMatrix(), p.count());
            List<GradientCheckResult.ArrayCheck> arrays = new ArrayList<>();
            for (ParameterView view : p.views()) {
                arrays.add(checkArray(view, analytic, p.valueMatrix(), trainer, c));
            }
            return new GradientCheckResult(arrays, tolerance, absoluteFloor, copied);
        } finally {
            NativeMatrix g = p.gradientMatrix();
            for (int i = 0; i < savedGradients.length; i++) {
                g.set(i, savedGradients[i]);
            }
        }
    }

    private GradientCheckResult.ArrayCheck checkArray(ParameterView view, double[] analytic, NativeMatrix values,
                                                      BatchTrainer trainer, Compiled<?> c) {
        int count = Math.min(view.length(), maxEntriesPerArray);
        GradientCheckResult.ArrayCheck worst = null;
        for (int k = 0; k < count; k++) {
            int index = (int) ((long) k * view.length() / count);
            int flat = view.offset() + index;
            double saved = values.get(flat);
            double numeric;
            try {
                values.set(flat, saved + h);
                double plus = trainer.gradients(c);
                values.set(flat, saved - h);
                double minus = trainer.gradients(c);
                numeric = (plus - minus) / (2 * h);
            } finally {
                values.set(flat, saved);
            }
            GradientCheckResult.ArrayCheck entry = entry(view, index, analytic[flat], numeric, count);
            if (worst == null || entry.isWorseThan(worst)) {
                worst = entry;
            }
        }
        return worst;
    }

    private GradientCheckResult.ArrayCheck entry(ParameterView view, int index, double a, double n, int count) {
        double absolute = Math.abs(a - n);
        double scale = Math.abs(a) + Math.abs(n);
        double relative = absolute == 0 ? 0 : absolute / scale;
        boolean passed = absolute <= absoluteFloor || relative <= tolerance;
        return new GradientCheckResult.ArrayCheck(view.name(), index, view.shape(), a, n, relative, absolute, count,
                passed);
    }

    /** The same layers and weights in DOUBLE, compiled with the same optimizer and loss. */
    private static Sequential doubleCopy(Sequential model) {
        Sequential copy = new Sequential(model.layers().toArray(new Layer[0])).setDataType(DataType.DOUBLE);
        copy.build(model.inputWidth(), 0);
        copy.setWeights(model.getWeights());
        copy.compile(model.optimizer(), model.loss());
        return copy;
    }

    private static double[] read(NativeMatrix m, int length) {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = m.get(i);
        }
        return out;
    }
}
