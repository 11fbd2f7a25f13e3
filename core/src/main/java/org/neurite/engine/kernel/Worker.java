package org.neurite.engine.kernel;

import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread of {@link Parallel}'s pool: it runs the range it is assigned with its own {@link Scratch}
 * and reports back. Hand-offs are a volatile write plus {@link LockSupport#unpark}, and both sides spin for a
 * few microseconds before parking, so back-to-back passes skip the wake-up; nothing is allocated.
 */
final class Worker extends Thread {
    /** How long either side spins before parking: long enough to bridge consecutive passes of one step. */
    static final long SPIN_NANOS = 20_000;

    private final Scratch scratch = new Scratch(0);
    private volatile Parallel.RangeTask task;
    private volatile boolean done = true;
    private volatile boolean stopping;
    private int from;
    private int to;
    private Thread caller;
    private Throwable failure;

    Worker(String name) {
        super(name);
        setDaemon(true);
    }

    /** Hands this worker {@code [from, to)} of {@code task}; {@code caller} is unparked when it is done. */
    void assign(Parallel.RangeTask task, int from, int to, Thread caller) {
        this.from = from;
        this.to = to;
        this.caller = caller;
        this.failure = null;
        this.done = false;
        this.task = task;
        LockSupport.unpark(this);
    }

    /** Waits for the assigned range and returns what it threw, or null. */
    Throwable await() {
        long start = System.nanoTime();
        while (!done) {
            if (spinning(start, System.nanoTime())) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        Throwable f = failure;
        failure = null;
        return f;
    }

    void shutdown() {
        stopping = true;
        LockSupport.unpark(this);
    }

    @Override
    public void run() {
        while (true) {
            Parallel.RangeTask t = next();
            if (t == null) {
                return;
            }
            try {
                t.run(scratch, from, to);
            } catch (Throwable e) {
                failure = e;
            }
            Thread c = caller;
            caller = null;
            task = null;
            done = true;
            LockSupport.unpark(c);
        }
    }

    /** The next assigned task, or null once shut down with nothing assigned. */
    private Parallel.RangeTask next() {
        long start = System.nanoTime();
        while (true) {
            Parallel.RangeTask t = task;
            if (t != null) {
                return t;
            }
            if (stopping) {
                return null;
            }
            if (spinning(start, System.nanoTime())) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
    }

    /**
     * Whether a side that began waiting at {@code start} still spins at {@code now} rather than parks: for
     * {@link #SPIN_NANOS} after it began. Both are {@link System#nanoTime} values, compared by their difference
     * (as nanoTime's contract asks), so a wrap-around of the counter does not matter.
     */
    static boolean spinning(long start, long now) {
        return now - start < SPIN_NANOS;
    }
}
