package org.neurite.engine.kernel;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Splits element-wise passes over long flat buffers (the optimizer's update, for one) into contiguous ranges run
 * at once on the calling thread and a small pool of daemon worker threads, as PyTorch's intra-op threads do.
 * Each element is computed by the same code whichever thread runs it, so results are bit-identical for every
 * thread count. Passes that move fewer than {@link #MIN_BYTES} run on the caller alone, and so does a pass that
 * arrives while another thread's pass holds the pool: no caller ever waits for another.
 *
 * <p>The thread count follows PyTorch's convention: the system property {@code neurite.threads} if set, else
 * the environment variable {@code OMP_NUM_THREADS} (its first number), else the available processors; or
 * {@link #setThreads}. The pool starts on the first pass long enough to use it. A pass allocates nothing.
 */
public final class Parallel {
    /**
     * Passes that read and write fewer bytes than this run on the calling thread. Waking a parked worker on an
     * idle vCPU costs 50–100 µs on the 2-core VMs measured; below about 16 MB of traffic (an Adam pass over 600k
     * float32 parameters, a ReLU over 2M activations) one core finishes sooner (benchmarks/README.md).
     */
    public static final long MIN_BYTES = 16L << 20;

    /** The property that sets the thread count. */
    public static final String PROPERTY = "neurite.threads";

    private static final Object LOCK = new Object();
    private static volatile int threads;
    private static volatile WorkerPool pool;

    /** A pass over elements {@code [from, to)} using {@code scratch}, which belongs to the running thread. */
    public interface RangeTask {
        void run(Scratch scratch, int from, int to);
    }

    private Parallel() {
    }

    /** Threads a long pass uses, the caller's included. */
    public static int threads() {
        int t = threads;
        if (t == 0) {
            synchronized (LOCK) {
                if (threads == 0) {
                    threads = configuredThreads(System.getProperty(PROPERTY), System.getenv("OMP_NUM_THREADS"),
                            Runtime.getRuntime().availableProcessors());
                }
                t = threads;
            }
        }
        return t;
    }

    /**
     * Sets the threads long passes use, the caller's included (1 runs every pass on the caller). Takes effect
     * for the next pass; workers of a previous count stop once idle.
     */
    public static void setThreads(int count) {
        if (count < 1 || count > 1024) {
            throw new IllegalArgumentException("Parallel.setThreads: count must be in [1, 1024]; received " + count
                    + ". Pass 1 to run every pass on the calling thread, or the number of cores.");
        }
        synchronized (LOCK) {
            threads = count;
            WorkerPool old = pool;
            pool = null;
            if (old != null) {
                old.shutdown();
            }
        }
    }

    /**
     * The thread count from the property value, else the OpenMP variable's first number, else {@code processors}.
     *
     * @throws IllegalArgumentException if the property is set but is not an integer in [1, 1024]
     */
    static int configuredThreads(String property, String openMp, int processors) {
        if (property != null) {
            try {
                int count = Integer.parseInt(property.trim());
                if (count >= 1 && count <= 1024) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("System property " + PROPERTY + " must be an integer in [1, 1024];"
                    + " received '" + property + "'. Pass e.g. -D" + PROPERTY + "=2, or leave it unset to follow"
                    + " OMP_NUM_THREADS or the number of processors.");
        }
        if (openMp != null) {
            try {
                int count = Integer.parseInt(openMp.split(",", 2)[0].trim());
                if (count >= 1) {
                    return Math.min(count, 1024);
                }
            } catch (NumberFormatException e) {
                // OpenMP ignores a malformed value too; fall back to the processors
            }
        }
        return Math.max(1, Math.min(processors, 1024));
    }

    /** The shortest pass of {@code bytesPerElement} that is split across threads. */
    public static long minLength(int bytesPerElement) {
        return (MIN_BYTES + bytesPerElement - 1) / bytesPerElement;
    }

    /**
     * Runs {@code task} over {@code [0, length)}, split into one contiguous range per thread whose boundaries are
     * multiples of {@code granule} (e.g. a row width, for row-wise passes), and returns when every range is done.
     * {@code bytesPerElement} is what the pass reads plus writes per element (Adam: 28 for float32), which decides
     * whether splitting pays; the caller's range runs on {@code scratch}, whose chunks must hold at least
     * {@link Scratch#CHUNK} elements, like the workers'. An exception thrown by any range is rethrown here
     * (unchecked as is, others wrapped).
     */
    public static void forEach(int length, int granule, int bytesPerElement, Scratch scratch, RangeTask task) {
        if (length < 0 || granule < 1 || bytesPerElement < 1 || scratch == null || task == null) {
            throw new IllegalArgumentException("Parallel.forEach: need length >= 0, granule >= 1, bytesPerElement >= 1,"
                    + " a scratch and a task; received length " + length + ", granule " + granule
                    + ", bytesPerElement " + bytesPerElement + ", scratch " + scratch + ", task " + task + ".");
        }
        if ((long) length * bytesPerElement < MIN_BYTES || threads() == 1) {
            task.run(scratch, 0, length);
            return;
        }
        WorkerPool p = pool();
        if (!p.busy.compareAndSet(false, true)) {
            task.run(scratch, 0, length);
            return;
        }
        try {
            p.run(length, granule, task, scratch);
        } finally {
            p.busy.set(false);
        }
    }

    /** The pool of the current thread count; {@link #setThreads} replaces it under the same lock. */
    private static WorkerPool pool() {
        WorkerPool p = pool;
        if (p != null) {
            return p;
        }
        synchronized (LOCK) {
            if (pool == null) {
                pool = new WorkerPool(threads());
            }
            return pool;
        }
    }

    /** The end of range {@code part} of {@code parts} over {@code [0, length)}, rounded down to a granule. */
    static int boundary(int part, int parts, int length, int granule) {
        if (part >= parts) {
            return length;
        }
        long units = (length + (long) granule - 1) / granule;
        long end = units * part / parts * granule;
        return (int) Math.min(end, length);
    }

    /** The workers of one thread count; the caller runs the first range itself. */
    private static final class WorkerPool {
        final AtomicBoolean busy = new AtomicBoolean();
        private final Worker[] workers;

        WorkerPool(int threads) {
            workers = new Worker[threads - 1];
            for (int i = 0; i < workers.length; i++) {
                workers[i] = new Worker("neurite-parallel-" + (i + 1));
                workers[i].start();
            }
        }

        int size() {
            return workers.length + 1;
        }

        void run(int length, int granule, RangeTask task, Scratch own) {
            int parts = size();
            Thread caller = Thread.currentThread();
            for (int i = 0; i < workers.length; i++) {
                workers[i].assign(task, boundary(i + 1, parts, length, granule),
                        boundary(i + 2, parts, length, granule), caller);
            }
            Throwable failure = null;
            try {
                task.run(own, 0, boundary(1, parts, length, granule));
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            for (Worker w : workers) {
                Throwable f = w.await();
                if (failure == null) {
                    failure = f;
                }
            }
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException("Parallel.forEach: a range failed", failure);
            }
        }

        void shutdown() {
            for (Worker w : workers) {
                w.shutdown();
            }
        }
    }
}
