package org.neurite.cli.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the live page shows, shared between the training thread (which publishes) and one thread per connected
 * page (which waits for changes and sends them). Every change bumps a version; a page that connects, or
 * reconnects, first receives everything so far.
 */
final class LiveState {
    private final List<Map<String, Double>> epochs = new ArrayList<>();
    private String header = "{}";
    private String boundaries;
    private List<String> findings;
    private boolean done;
    private long version;
    private long delivered = -1;

    /** A consistent copy for one page: the epochs from {@code fromEpoch} on, and the rest as they are. */
    record Snapshot(long version, int firstEpoch, List<Map<String, Double>> epochs, String header, String boundaries,
                    List<String> findings, boolean done) {
    }

    synchronized void header(String json) {
        header = json;
        changed();
    }

    /** Records epoch {@code epoch}'s logs (a copy; the numbers are logged from 1 as Keras prints them). */
    synchronized void epoch(int epoch, Map<String, Double> logs) {
        Map<String, Double> row = new java.util.LinkedHashMap<>(logs);
        row.put("epoch", (double) epoch);
        epochs.add(row);
    }

    /** Wakes the pages (called at most a few times a second while training); returns the new version. */
    synchronized long flush() {
        changed();
        return version;
    }

    /** A page's stream has sent everything up to {@code version}. */
    synchronized void delivered(long sent) {
        if (sent > delivered) {
            delivered = sent;
            notifyAll();
        }
    }

    /** Waits until some page has received {@code version} (or everything after it). */
    synchronized void awaitDelivered(long wanted) throws InterruptedException {
        while (delivered < wanted) {
            wait();
        }
    }

    synchronized void boundaries(String json) {
        boundaries = json;
        changed();
    }

    synchronized void findings(List<String> lines) {
        findings = List.copyOf(lines);
        changed();
    }

    synchronized void finish() {
        done = true;
        changed();
    }

    synchronized boolean isDone() {
        return done;
    }

    private void changed() {
        version++;
        notifyAll();
    }

    /** Waits up to {@code millis} for a version newer than {@code seen}, then returns the state from epoch {@code from}. */
    synchronized Snapshot after(long seen, int from, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (version <= seen && !done) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return new Snapshot(version, from, List.copyOf(epochs.subList(Math.min(from, epochs.size()), epochs.size())),
                header, boundaries, findings, done);
    }
}
