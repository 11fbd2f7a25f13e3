package org.neurite.benchmarks;

/** One implementation of a Fashion-MNIST training epoch, timed by {@link FashionMnistEpoch}. */
public interface EpochPeer extends AutoCloseable {
    /** The row label in the results table. */
    String name();

    /** Trains one epoch over the training set (60,000 rows, batches of 32, Adam 1e-3). */
    void epoch();

    /** Test-set accuracy after the epochs run so far (a check that every peer trains the same task). */
    double testAccuracy();

    @Override
    default void close() {
    }
}
