package org.neurite.optimizers;

/**
 * The options every Keras optimizer shares, written once and composed into each optimizer: decoupled
 * weight decay and gradient clipping. Zero switches an option off (Keras's {@code None}).
 *
 * <p>Per step, as Keras 3's {@code BaseOptimizer.apply}: the gradients are clipped first (in a copy; the
 * model's gradient buffer is never written), then the weights decay, {@code θ ← θ − θ·weightDecay·lr},
 * then the optimizer's rule runs on the clipped gradients. Clipping, as Keras:
 * <ul>
 *   <li>{@code clipNorm}: each weight array (one {@link org.neurite.core.ParameterView}) separately,
 *       {@code g ← g·c/max(‖g‖₂, c)};</li>
 *   <li>{@code globalClipNorm}: all arrays together, {@code g ← g·c/max(‖g_all‖₂, c)};</li>
 *   <li>{@code clipValue}: each element, {@code g ← min(max(g, −c), c)}.</li>
 * </ul>
 * At most one of the three may be set, as in Keras.
 *
 * @param weightDecay decoupled decay rate, {@code >= 0}
 * @param clipNorm maximum L2 norm of each weight array's gradient, {@code >= 0}
 * @param globalClipNorm maximum L2 norm of all gradients together, {@code >= 0}
 * @param clipValue maximum absolute value of each gradient element, {@code >= 0}
 */
public record UpdateOptions(double weightDecay, double clipNorm, double globalClipNorm, double clipValue) {
    public UpdateOptions {
        Checks.nonNegative("weightDecay", weightDecay);
        Checks.nonNegative("clipNorm", clipNorm);
        Checks.nonNegative("globalClipNorm", globalClipNorm);
        Checks.nonNegative("clipValue", clipValue);
        int set = (clipNorm > 0 ? 1 : 0) + (globalClipNorm > 0 ? 1 : 0) + (clipValue > 0 ? 1 : 0);
        if (set > 1) {
            throw new IllegalArgumentException("Only one of clipNorm, globalClipNorm and clipValue can be set, as in"
                    + " Keras; received clipNorm=" + clipNorm + ", globalClipNorm=" + globalClipNorm + ", clipValue="
                    + clipValue + ". Set the others to 0.");
        }
    }

    /** No weight decay and no clipping (Keras's defaults for every optimizer but AdamW). */
    public static UpdateOptions defaults() {
        return new UpdateOptions(0, 0, 0, 0);
    }

    public UpdateOptions withWeightDecay(double weightDecay) {
        return new UpdateOptions(weightDecay, clipNorm, globalClipNorm, clipValue);
    }

    public UpdateOptions withClipNorm(double clipNorm) {
        return new UpdateOptions(weightDecay, clipNorm, globalClipNorm, clipValue);
    }

    public UpdateOptions withGlobalClipNorm(double globalClipNorm) {
        return new UpdateOptions(weightDecay, clipNorm, globalClipNorm, clipValue);
    }

    public UpdateOptions withClipValue(double clipValue) {
        return new UpdateOptions(weightDecay, clipNorm, globalClipNorm, clipValue);
    }

    /** Whether the gradients need a norm pass before the update. */
    boolean clipsByNorm() {
        return clipNorm > 0 || globalClipNorm > 0;
    }
}
