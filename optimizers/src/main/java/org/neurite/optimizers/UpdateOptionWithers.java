package org.neurite.optimizers;

/**
 * The withers every optimizer offers for its shared {@link UpdateOptions}, written once: each returns a copy of
 * the optimizer with one option changed.
 *
 * @param <O> the optimizer type
 */
public interface UpdateOptionWithers<O> {
    /** The optimizer's weight decay and clipping. */
    UpdateOptions options();

    /** A copy of the optimizer with {@code options}. */
    O withOptions(UpdateOptions options);

    default O withWeightDecay(double weightDecay) {
        return withOptions(options().withWeightDecay(weightDecay));
    }

    default O withClipNorm(double clipNorm) {
        return withOptions(options().withClipNorm(clipNorm));
    }

    default O withGlobalClipNorm(double globalClipNorm) {
        return withOptions(options().withGlobalClipNorm(globalClipNorm));
    }

    default O withClipValue(double clipValue) {
        return withOptions(options().withClipValue(clipValue));
    }
}
