package org.neurite.core;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Refuses training while other threads read a model, and reading while another thread trains: a counter of
 * readers that one writer swaps for -1. A thread that holds the write side (fit, and the callbacks it
 * runs) may read and write again. One compare-and-set per call; allocates nothing.
 */
final class AccessGuard {
    private final AtomicInteger readers = new AtomicInteger();
    private volatile Thread writer;

    /** @return whether this call entered (and must exit); false when the thread already trains */
    boolean enterRead(String method) {
        if (writer == Thread.currentThread()) {
            return false;
        }
        while (true) {
            int n = readers.get();
            if (n < 0) {
                Thread w = writer;
                throw new IllegalStateException(method + " called while another thread"
                        + (w == null ? "" : " ('" + w.getName() + "')") + " is training this model (fit, trainOnBatch,"
                        + " setWeights or computeGradients). Predicting during training is refused: wait for training"
                        + " to return, or predict on a copy (save it and Sequential.load the file).");
            }
            if (readers.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    void exitRead(boolean entered) {
        if (entered) {
            readers.decrementAndGet();
        }
    }

    /** @return whether this call entered (and must exit); false when the thread already trains */
    boolean enterWrite(String method) {
        Thread me = Thread.currentThread();
        if (writer == me) {
            return false;
        }
        if (!readers.compareAndSet(0, -1)) {
            int n = readers.get();
            throw new IllegalStateException(method + " called while " + (n < 0 ? "another thread is training this"
                    + " model" : n + " predict/evaluate/getWeights/save call(s) run on other threads") + ". Training"
                    + " while the model is in use elsewhere is refused: let those calls return first.");
        }
        writer = me;
        return true;
    }

    void exitWrite(boolean entered) {
        if (entered) {
            writer = null;
            readers.set(0);
        }
    }
}
