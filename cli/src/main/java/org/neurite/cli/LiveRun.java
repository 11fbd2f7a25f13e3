package org.neurite.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neurite.cli.live.LiveSession;

/** Starts and ends {@code train --live}: the page's header, where its address is printed, --live-keep. */
final class LiveRun {
    private LiveRun() {
    }

    /**
     * Starts serving and prints the address on {@code where} (stderr with --json, so stdout stays JSON); with
     * {@code wait}, training will start when a page has opened.
     */
    static LiveSession start(String command, Plan plan, boolean wait, PrintWriter where) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("command", command);
        Map<String, Double> none = Map.of();
        org.neurite.core.Sequential unbuilt = Training.compiled(plan).build(plan.task().data().featureCount());
        header.put("configuration", Reports.content(command, plan, unbuilt, new org.neurite.core.History(), none,
                org.neurite.core.Diagnosis.empty()).configuration());
        String json = Json.compact(header);
        LiveSession session = new LiveSession(json,
                plan.task().data().featureCount() == 2 ? new LiveBoundaries(plan) : null, wait);
        where.println("Live page: " + session.url());
        if (wait) {
            where.println("Training starts when the page is open in a browser (--no-live-wait starts at once).");
        }
        where.flush();
        return session;
    }

    /** Ends the session, or with {@code keep} tells the pages training ended and serves until the process ends. */
    static void finish(LiveSession session, boolean keep, PrintWriter out) {
        if (!keep) {
            session.close();
            return;
        }
        session.finishAndKeepServing();
        if (out != null) {
            out.println("Training finished; the live page stays at " + session.url() + " until you press Ctrl-C.");
            out.flush();
        }
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
