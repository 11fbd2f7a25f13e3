package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Dense;

class AccessGuardTest {
    private static Sequential model() {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(new GradientDescent(0.5), Loss.BINARY_CROSSENTROPY);
        return model;
    }

    /** A callback that parks the training thread at the start of epoch 1 until released. */
    private static final class Park implements Callback {
        final CountDownLatch parked = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicReference<INDArray> predictedInside = new AtomicReference<>();

        @Override
        public void onEpochBegin(int epoch, TrainingContext context) {
            if (epoch == 1) {
                predictedInside.set(context.model().predict(Fixtures.xorX()));
                parked.countDown();
                try {
                    release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Test
    void predictAndTrainingFromOtherThreadsAreRefusedWhileFitRunsButItsCallbacksMayPredict() throws Exception {
        Sequential model = model();
        model.build(2, 0);
        java.util.List<INDArray> weights = model.getWeights();
        Park park = new Park();
        CompletableFuture<History> fit = CompletableFuture.supplyAsync(() -> model.fit(Fixtures.xorX(),
                Fixtures.xorY(), FitOptions.defaults().withEpochs(3).withBatchSize(4).withVerbose(0)
                        .withCallbacks(park)));
        assertTrue(park.parked.await(1, TimeUnit.MINUTES));
        try {
            IllegalStateException p = assertThrows(IllegalStateException.class,
                    () -> model.predict(Fixtures.xorX()));
            assertTrue(p.getMessage().startsWith("predict called while another thread")
                    && p.getMessage().contains("is training this model"), p.getMessage());
            assertThrows(IllegalStateException.class, () -> model.evaluate(Fixtures.xorX(),
                    Fixtures.xorY()));
            IllegalStateException t = assertThrows(IllegalStateException.class,
                    () -> model.trainOnBatch(Fixtures.xorX(), Fixtures.xorY()));
            assertTrue(t.getMessage().contains("another thread is training"), t.getMessage());
            assertThrows(IllegalStateException.class, () -> model.setWeights(weights));
            assertThrows(IllegalStateException.class, model::getWeights);
        } finally {
            park.release.countDown();
        }
        assertEquals(3, fit.get(1, TimeUnit.MINUTES).size());
        assertEquals(4, park.predictedInside.get().rows());
        assertEquals(4, model.predict(Fixtures.xorX()).rows(), "predict works again after fit");
    }

    @Test
    void writeIsRefusedWhileReadersAreInsideAndReadsAreRefusedWhileAWriterIs() throws Exception {
        AccessGuard guard = new AccessGuard();
        assertTrue(guard.enterRead("predict"));
        assertTrue(guard.enterRead("predict"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> guard.enterWrite("fit"));
        assertTrue(e.getMessage().contains("2 predict/evaluate/getWeights/save call(s)"), e.getMessage());
        guard.exitRead(true);
        guard.exitRead(true);
        assertTrue(guard.enterWrite("fit"));
        assertEquals(false, guard.enterWrite("setWeights"), "the training thread re-enters");
        assertEquals(false, guard.enterRead("predict"), "the training thread may read");
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> guard.enterRead("predict"));
        assertThrows(java.util.concurrent.ExecutionException.class, other::get);
        guard.exitWrite(true);
        assertTrue(CompletableFuture.supplyAsync(() -> guard.enterRead("predict")).get());
    }

    @Test
    void enteringAndLeavingTheGuardAllocatesNothing() {
        AccessGuard guard = new AccessGuard();
        for (int i = 0; i < 50_000; i++) {
            guard.exitWrite(guard.enterWrite("trainOnBatch"));
            guard.exitRead(guard.enterRead("predict"));
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            guard.exitWrite(guard.enterWrite("trainOnBatch"));
            guard.exitRead(guard.enterRead("predict"));
        }
        long allocated = bean.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 1_000, "bytes allocated by 100,000 guarded write and read calls: " + allocated);
    }
}
