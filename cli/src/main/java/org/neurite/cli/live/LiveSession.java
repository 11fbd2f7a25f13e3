package org.neurite.cli.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Callback;
import org.neurite.core.TrainingContext;

/**
 * A training run shown live: a {@link Callback} that hands the epochs' logs to the page server (every epoch of
 * the first {@value #POINTS_PER_STRIDE}, then every 2nd, 4th, ... so a long run costs no more than a few thousand
 * points) and, for
 * 2-input models, renders the decision boundaries in the background. The training thread only appends the logs
 * and, while a page watches, copies the weights (a few small arrays) when a render is due; pages are woken at
 * most every {@link #FLUSH_EVERY_MS} ms. Rendering runs on a copy of the model on one low-priority thread; the
 * next render is due {@link #RENDER_EVERY_MS} ms after the last one ended, or {@link #IDLE_FACTOR} times its
 * duration if that is longer, so drawing takes at most 1/{@link #IDLE_FACTOR} of one core however slow it is.
 * Unless told not to wait, training starts only once a page has received the header and the untrained model's
 * boundaries, so a learner sees the whole run, however short.
 */
public final class LiveSession implements Callback, AutoCloseable {
    static final long FLUSH_EVERY_MS = 100;
    static final long RENDER_EVERY_MS = 500;
    static final long IDLE_FACTOR = 20;
    private final LiveState state = new LiveState();
    private final LiveServer server;
    private final BiFunction<Integer, List<INDArray>, String> renderer;
    private final ExecutorService painter;
    private final AtomicBoolean painting = new AtomicBoolean();
    private final boolean waitForPage;
    /** Every epoch is plotted up to this many; then every 2nd for as many, every 4th, ... (and the last). */
    static final int POINTS_PER_STRIDE = 1000;
    private int stride = 1;
    private int recorded;
    private long lastFlush;
    private volatile long nextRender = System.currentTimeMillis() + RENDER_EVERY_MS;

    /**
     * Starts serving.
     *
     * @param header JSON shown at the top of the page (command, configuration, class names, ...)
     * @param renderer the boundaries event's JSON for the epoch count and a copy of the weights, or null when there is none to draw
     * @param waitForPage whether {@link #onTrainBegin} waits until a page shows the untrained model
     */
    public LiveSession(String header, BiFunction<Integer, List<INDArray>, String> renderer, boolean waitForPage) {
        this.renderer = renderer;
        this.waitForPage = waitForPage;
        state.header(header);
        server = new LiveServer(state);
        painter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "neurite-live-render");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    /** The page's address (127.0.0.1, a free port, a random token). */
    public String url() {
        return server.url();
    }

    /** With {@code waitForPage}: draws the untrained model, then waits (for good) until a page has received it. */
    @Override
    public void onTrainBegin(TrainingContext context) {
        if (!waitForPage) {
            return;
        }
        try {
            if (renderer != null) {
                List<INDArray> weights = context.model().getWeights();
                painter.submit(() -> state.boundaries(renderer.apply(0, weights))).get();
            }
            state.awaitDelivered(state.flush());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("--live: drawing the untrained model failed: " + e.getCause(), e.getCause());
        }
        nextRender = System.currentTimeMillis() + RENDER_EVERY_MS;
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
        if (epoch % stride == 0 || epoch == context.options().epochs() - 1) {
            state.epoch(epoch + 1, logs);
            if (++recorded % POINTS_PER_STRIDE == 0) {
                stride *= 2;
            }
        }
        long now = System.currentTimeMillis();
        if (now - lastFlush >= FLUSH_EVERY_MS) {
            lastFlush = now;
            state.flush();
        }
        if (renderer != null && now >= nextRender && server.pages() > 0 && painting.compareAndSet(false, true)) {
            List<INDArray> weights = context.model().getWeights();
            painter.execute(() -> paint(epoch + 1, weights));
        }
    }

    @Override
    public void onTrainEnd(TrainingContext context) {
        state.flush();
        if (renderer != null) {
            List<INDArray> weights = context.model().getWeights();
            int epochs = context.history().size();
            painter.execute(() -> paint(epochs, weights));
        }
    }

    private void paint(int epoch, List<INDArray> weights) {
        long start = System.currentTimeMillis();
        try {
            state.boundaries(renderer.apply(epoch, weights));
        } finally {
            long end = System.currentTimeMillis();
            nextRender = end + Math.max(RENDER_EVERY_MS, IDLE_FACTOR * (end - start));
            painting.set(false);
        }
    }

    /** Shows the diagnosis findings (an empty list: none). */
    public void findings(List<String> lines) {
        state.findings(lines);
    }

    /** Finishes drawing, tells the pages training ended, and stops serving. */
    @Override
    public void close() {
        finishDrawing();
        server.close();
    }

    /** Finishes drawing and tells the pages training ended, but keeps serving until the process ends. */
    public void finishAndKeepServing() {
        finishDrawing();
        state.finish();
    }

    private void finishDrawing() {
        painter.shutdown();
        try {
            painter.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
