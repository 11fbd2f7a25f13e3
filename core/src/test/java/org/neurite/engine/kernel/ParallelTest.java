package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParallelTest {
    /** Bytes per element of the passes here: large, so that short arrays are long enough to split. */
    private static final int BYTES = 4096;
    private static final int LONG = (int) Parallel.minLength(BYTES);
    private static final Scratch SCRATCH = new Scratch(0);
    private int before;

    @BeforeEach
    void remember() {
        before = Parallel.threads();
    }

    @AfterEach
    void restore() {
        Parallel.setThreads(before);
    }

    @Test
    void everyElementOfALongPassIsVisitedExactlyOnceAcrossTheThreads() {
        Parallel.setThreads(3);
        int length = LONG + 12_345;
        AtomicIntegerArray visits = new AtomicIntegerArray(length);
        Set<String> threadNames = ConcurrentHashMap.newKeySet();
        Parallel.forEach(length, 100, BYTES, SCRATCH, (scratch, from, to) -> {
            threadNames.add(Thread.currentThread().getName());
            for (int i = from; i < to; i++) {
                visits.incrementAndGet(i);
            }
        });
        for (int i = 0; i < length; i++) {
            assertEquals(1, visits.get(i), "element " + i);
        }
        assertEquals(3, threadNames.size(), "ranges ran on " + threadNames);
        assertTrue(threadNames.contains(Thread.currentThread().getName()), "the caller runs a range itself");
    }

    @Test
    void rangeBoundariesAreMultiplesOfTheGranule() {
        Parallel.setThreads(2);
        int width = 7;
        int length = (LONG / width + 10) * width;
        Set<Integer> starts = ConcurrentHashMap.newKeySet();
        Parallel.forEach(length, width, BYTES, SCRATCH, (scratch, from, to) -> {
            starts.add(from);
            assertEquals(0, from % width, "from " + from);
            assertTrue(to == length || to % width == 0, "to " + to);
        });
        assertEquals(Set.of(0, length / width / 2 * width), starts);
    }

    @Test
    void shortPassesAndASingleThreadRunOnTheCaller() {
        Parallel.setThreads(2);
        Thread caller = Thread.currentThread();
        AtomicInteger calls = new AtomicInteger();
        Parallel.forEach(LONG - 1, 1, BYTES, SCRATCH, (scratch, from, to) -> {
            assertSame(caller, Thread.currentThread());
            assertEquals(0, from);
            assertEquals(LONG - 1, to);
            calls.incrementAndGet();
        });
        Parallel.setThreads(1);
        Parallel.forEach(LONG * 2, 1, BYTES, SCRATCH, (scratch, from, to) -> {
            assertSame(caller, Thread.currentThread());
            calls.incrementAndGet();
        });
        assertEquals(2, calls.get());
    }

    @Test
    void eachThreadGetsItsOwnScratch() {
        Parallel.setThreads(2);
        Set<Scratch> scratches = ConcurrentHashMap.newKeySet();
        Parallel.forEach(LONG, 1, BYTES, SCRATCH, (scratch, from, to) -> scratches.add(scratch));
        assertEquals(2, scratches.size());
        Scratch[] both = scratches.toArray(Scratch[]::new);
        assertNotSame(both[0], both[1]);
    }

    @Test
    void aPassArrivingWhileThePoolIsBusyRunsOnItsOwnCaller() throws Exception {
        Parallel.setThreads(2);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> Parallel.forEach(LONG, 1, BYTES, SCRATCH, (scratch, from, to) -> {
            if (from == 0) {
                inside.countDown();
                await(release);
            }
        }));
        first.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        Set<String> names = ConcurrentHashMap.newKeySet();
        Parallel.forEach(LONG, 1, BYTES, SCRATCH,
                (scratch, from, to) -> names.add(Thread.currentThread().getName()));
        release.countDown();
        first.join(10_000);
        assertEquals(Set.of(Thread.currentThread().getName()), names);
    }

    @Test
    void anExceptionInAWorkersRangeReachesTheCaller() {
        Parallel.setThreads(2);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Parallel.forEach(LONG, 1, BYTES, SCRATCH, (scratch, from, to) -> {
                    if (from > 0) {
                        throw new IllegalStateException("range " + from);
                    }
                }));
        assertEquals("range " + LONG / 2, e.getMessage());
        int[] after = new int[1];
        Parallel.forEach(LONG, 1, BYTES, SCRATCH, (scratch, from, to) -> {
            synchronized (after) {
                after[0] += to - from;
            }
        });
        assertEquals(LONG, after[0], "the pool still works after a failure");
    }

    @Test
    void theThreadCountFollowsThePropertyThenOpenMpThenTheProcessors() {
        assertEquals(3, Parallel.configuredThreads("3", "8", 2));
        assertEquals(8, Parallel.configuredThreads(null, "8", 2));
        assertEquals(4, Parallel.configuredThreads(null, "4,2", 2));
        assertEquals(2, Parallel.configuredThreads(null, "lots", 2));
        assertEquals(2, Parallel.configuredThreads(null, null, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parallel.configuredThreads("zero", null, 2));
        assertTrue(e.getMessage().contains("neurite.threads") && e.getMessage().contains("'zero'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Parallel.configuredThreads("0", null, 2));
    }

    @Test
    void threadCountsAtTheEdgesOfTheirRangesAreKeptAndThoseBeyondAreNot() {
        assertEquals(1, Parallel.configuredThreads("1", null, 4));
        assertEquals(1024, Parallel.configuredThreads("1024", null, 4));
        assertThrows(IllegalArgumentException.class, () -> Parallel.configuredThreads("1025", null, 4));
        assertThrows(IllegalArgumentException.class, () -> Parallel.configuredThreads("-1", null, 4));
        assertEquals(1, Parallel.configuredThreads(null, "1", 4));
        assertEquals(1024, Parallel.configuredThreads(null, "5000", 4));
        assertEquals(4, Parallel.configuredThreads(null, "0", 4));
        assertEquals(1024, Parallel.configuredThreads(null, null, 4096));
        assertEquals(1, Parallel.configuredThreads(null, null, 0));
    }

    @Test
    void aPassMovingExactlyMinBytesIsSplitAndOneElementShorterIsNot() {
        Parallel.setThreads(2);
        assertEquals(Parallel.MIN_BYTES, (long) LONG * BYTES, "LONG elements move exactly MIN_BYTES");
        Set<String> exact = ConcurrentHashMap.newKeySet();
        Parallel.forEach(LONG, 1, BYTES, SCRATCH, (scratch, from, to) -> exact.add(Thread.currentThread().getName()));
        assertEquals(2, exact.size(), "ranges ran on " + exact);
        Set<String> shorter = ConcurrentHashMap.newKeySet();
        Parallel.forEach(LONG - 1, 1, BYTES, SCRATCH,
                (scratch, from, to) -> shorter.add(Thread.currentThread().getName()));
        assertEquals(Set.of(Thread.currentThread().getName()), shorter);
    }

    @Test
    void theSmallestValidArgumentsAreAccepted() {
        AtomicInteger calls = new AtomicInteger();
        Parallel.forEach(0, 1, 1, SCRATCH, (scratch, from, to) -> {
            assertEquals(0, from);
            assertEquals(0, to);
            calls.incrementAndGet();
        });
        Parallel.forEach(3, 1, 1, SCRATCH, (scratch, from, to) -> calls.addAndGet(to - from));
        assertEquals(4, calls.get());
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> Parallel.setThreads(0));
        assertTrue(count.getMessage().contains("received 0"), count.getMessage());
        IllegalArgumentException granule = assertThrows(IllegalArgumentException.class,
                () -> Parallel.forEach(10, 0, 4, SCRATCH, (scratch, from, to) -> { }));
        assertTrue(granule.getMessage().contains("granule 0"), granule.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Parallel.forEach(-1, 1, 4, SCRATCH, (scratch, from, to) -> { }));
        assertThrows(IllegalArgumentException.class, () -> Parallel.forEach(10, 1, 0, SCRATCH, (scratch, from, to) -> { }));
        assertThrows(IllegalArgumentException.class, () -> Parallel.forEach(10, 1, 4, SCRATCH, null));
        assertThrows(IllegalArgumentException.class, () -> Parallel.forEach(10, 1, 4, null, (scratch, from, to) -> { }));
    }

    /** A reusable task, so that the measured passes create no lambda. */
    private static final class Sum implements Parallel.RangeTask {
        final long[] sums = new long[2];

        @Override
        public void run(Scratch scratch, int from, int to) {
            long s = 0;
            for (int i = from; i < to; i++) {
                s += i;
            }
            synchronized (sums) {
                sums[from == 0 ? 0 : 1] += s;
            }
        }
    }

    @Test
    void aWarmPassAllocatesNothingOnTheCallerOrTheWorker() {
        Parallel.setThreads(2);
        Sum task = new Sum();
        for (int i = 0; i < 2000; i++) {
            Parallel.forEach(LONG, 1, BYTES, SCRATCH, task);
        }
        com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long worker = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("neurite-parallel-1")).findFirst().orElseThrow().getId();
        long caller = Thread.currentThread().getId();
        long callerBefore = mx.getThreadAllocatedBytes(caller);
        long workerBefore = mx.getThreadAllocatedBytes(worker);
        for (int i = 0; i < 1000; i++) {
            Parallel.forEach(LONG, 1, BYTES, SCRATCH, task);
        }
        long callerBytes = mx.getThreadAllocatedBytes(caller) - callerBefore;
        long workerBytes = mx.getThreadAllocatedBytes(worker) - workerBefore;
        assertEquals(0, callerBytes, "caller");
        assertEquals(0, workerBytes, "worker");
        assertTrue(task.sums[1] > 0, "the worker ran its ranges");
    }

    @Test
    void theShortestSplitPassMovesAtLeastMinBytes() {
        assertEquals(Parallel.MIN_BYTES / 4, Parallel.minLength(4));
        assertTrue(Parallel.minLength(28) * 28 >= Parallel.MIN_BYTES);
        assertTrue((Parallel.minLength(28) - 1) * 28 < Parallel.MIN_BYTES);
    }

    @Test
    void boundariesSplitEvenlyAndEndAtTheLength() {
        assertArrayEquals(new int[] {0, 5, 10}, new int[] {Parallel.boundary(0, 2, 10, 1),
            Parallel.boundary(1, 2, 10, 1), Parallel.boundary(2, 2, 10, 1)});
        assertEquals(4, Parallel.boundary(1, 2, 10, 4), "half of 3 granules of 4 is 1 granule");
        assertEquals(10, Parallel.boundary(2, 2, 10, 4));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theCountsOneAndTenTwentyFourAreAcceptedAndThoseBeyondAreNot() {
        Parallel.setThreads(1024);
        assertEquals(1024, Parallel.threads());
        Parallel.setThreads(1);
        assertEquals(1, Parallel.threads());
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> Parallel.setThreads(1025));
        assertTrue(tooMany.getMessage().contains("received 1025"), tooMany.getMessage());
        assertEquals(1, Parallel.threads(), "a rejected count leaves the count as it was");
    }

    @Test
    void theFirstCallReadsTheConfiguredCount() throws Exception {
        java.lang.reflect.Field field = Parallel.class.getDeclaredField("threads");
        field.setAccessible(true);
        String property = System.getProperty(Parallel.PROPERTY);
        System.setProperty(Parallel.PROPERTY, "3");
        try {
            field.setInt(null, 0); // as in a fresh JVM
            assertEquals(3, Parallel.threads());
            assertEquals(3, field.getInt(null), "remembered");
        } finally {
            if (property == null) {
                System.clearProperty(Parallel.PROPERTY);
            } else {
                System.setProperty(Parallel.PROPERTY, property);
            }
        }
    }

    @Test
    void consecutiveLongPassesAreEachSplit() {
        Parallel.setThreads(2);
        for (int pass = 0; pass < 3; pass++) {
            Set<String> names = ConcurrentHashMap.newKeySet();
            Parallel.forEach(LONG, 1, BYTES, SCRATCH, (scratch, from, to) -> names.add(Thread.currentThread().getName()));
            assertEquals(2, names.size(), "pass " + pass + " ran on " + names);
        }
    }

    @Test
    void workersAreDaemonsAndReplacingTheThreadCountStopsThem() throws InterruptedException {
        Parallel.setThreads(3);
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();
        Parallel.forEach(LONG, 1, BYTES, SCRATCH, (scratch, from, to) -> {
            if (Thread.currentThread() != caller) {
                workers.add(Thread.currentThread());
            }
        });
        assertEquals(2, workers.size());
        for (Thread w : workers) {
            assertTrue(w.isDaemon(), w.getName() + " would keep the JVM from exiting");
        }
        Parallel.setThreads(2);
        for (Thread w : workers) {
            w.join(TimeUnit.SECONDS.toMillis(30)); // a bound against hanging, not a timing assertion
            assertFalse(w.isAlive(), w.getName() + " still runs after its pool was replaced");
        }
    }
}
