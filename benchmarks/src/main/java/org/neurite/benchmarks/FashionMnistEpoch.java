package org.neurite.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.neurite.core.Dataset;
import org.neurite.datasets.images.FashionMnist;
import org.neurite.datasets.images.ImageOptions;

/**
 * fmnist-epoch: one epoch of Keras's clothing tutorial model (784-128 relu-10 softmax, Adam 1e-3, batch 32,
 * 1875 steps) on the real Fashion-MNIST, by Neurite's {@code fit}, its floor ({@link EpochFloor}), DL4J, and
 * (with {@code -Ppeers}) DJL; the epochs of all peers are interleaved in one JVM so that they share the
 * machine's noise. {@code java ... FashionMnistEpoch [epochs [peers]]} (default 5, plus one untimed warm-up epoch
 * each; peers a comma-separated subset of neurite,dl4j,djl, default all); prints one Markdown table. PyTorch
 * runs beside it from {@code benchmarks/peers/fmnist_torch.py}.
 */
public final class FashionMnistEpoch {
    /** The peers that can be chosen by name (the floor always runs). */
    static final Set<String> PEERS = Set.of("neurite", "dl4j", "djl");

    private FashionMnistEpoch() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1; received " + epochs + ". Pass e.g. 3.");
        }
        Nd4jSettings.apply();
        Dataset.Split data = FashionMnist.load(ImageOptions.defaults().withOneHotLabels(true));
        Set<String> chosen = chosen(args.length > 1 ? args[1] : "neurite,dl4j,djl");
        List<EpochPeer> peers = new ArrayList<>(List.of(new EpochFloor()));
        if (chosen.contains("neurite")) {
            peers.add(new NeuriteEpoch(data));
        }
        if (chosen.contains("dl4j")) {
            peers.add(new Dl4jEpoch(data));
        }
        EpochPeer djl = chosen.contains("djl") ? optionalPeer("org.neurite.benchmarks.peers.DjlEpoch", data) : null;
        if (djl != null) {
            peers.add(djl);
        }
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[][] seconds = new double[peers.size()][epochs];
        double[][] cpu = new double[peers.size()][epochs];
        long[] bytes = new long[peers.size()];
        for (int e = -1; e < epochs; e++) {
            for (int p = 0; p < peers.size(); p++) {
                long b0 = mx.getCurrentThreadAllocatedBytes();
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                peers.get(p).epoch();
                long t1 = System.nanoTime();
                long c1 = mx.getCurrentThreadCpuTime();
                long b1 = mx.getCurrentThreadAllocatedBytes();
                if (e >= 0) {
                    seconds[p][e] = (t1 - t0) / 1e9;
                    cpu[p][e] = (c1 - c0) / 1e9;
                    bytes[p] += b1 - b0;
                }
                System.err.printf(Locale.ROOT, "epoch %d %-45s %.3f s%n", e, peers.get(p).name(), (t1 - t0) / 1e9);
            }
        }
        System.out.println(table(peers, seconds, cpu, bytes, epochs));
        for (EpochPeer p : peers) {
            p.close();
        }
    }

    /** The peers named in a comma-separated list (the floor always runs). */
    static Set<String> chosen(String list) {
        Set<String> names = new LinkedHashSet<>(Arrays.asList(list.split(",")));
        for (String name : names) {
            if (!PEERS.contains(name)) {
                throw new IllegalArgumentException("peers must be a comma-separated list of " + PEERS
                        + "; received '" + name + "' in '" + list + "'. Pass e.g. neurite,dl4j.");
            }
        }
        return names;
    }

    static String table(List<EpochPeer> peers, double[][] seconds, double[][] cpu, long[] bytes, int epochs) {
        double floor = median(seconds[0]);
        double fastest = Double.MAX_VALUE;
        for (int p = 1; p < peers.size(); p++) {
            fastest = Math.min(fastest, median(seconds[p]));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "fmnist-epoch: %d timed epochs per peer (after 1 warm-up), interleaved; "
                + "medians, min-max in brackets%n%n", epochs));
        sb.append("| implementation | s / epoch | µs / step | × floor | × fastest | CPU s / epoch (this thread) | CPU × floor "
                + "| heap B / step | test accuracy |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        double cpuFloor = median(cpu[0]);
        for (int p = 0; p < peers.size(); p++) {
            double[] s = seconds[p].clone();
            Arrays.sort(s);
            double med = median(s);
            sb.append(String.format(Locale.ROOT, "| %s | %.3f [%.3f-%.3f] | %.0f | %.2f | %s | %.3f | %.2f | %.0f | %s |%n",
                    peers.get(p).name(), med, s[0], s[s.length - 1], med * 1e6 / EpochFloor.STEPS, med / floor,
                    p == 0 ? "-" : String.format(Locale.ROOT, "%.2f", med / fastest), median(cpu[p]),
                    median(cpu[p]) / cpuFloor,
                    (double) bytes[p] / epochs / EpochFloor.STEPS, p == 0 ? "-"
                            : String.format(Locale.ROOT, "%.4f after %d epochs", peers.get(p).testAccuracy(),
                            epochs + 1)));
        }
        return sb.toString();
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static EpochPeer optionalPeer(String className, Dataset.Split data) throws Exception {
        try {
            Class<?> type = Class.forName(className);
            return (EpochPeer) type.getDeclaredConstructor(Dataset.Split.class).newInstance(data);
        } catch (ClassNotFoundException e) {
            System.err.println("(" + className + " is not on the class path: build with -Ppeers to add DJL)");
            return null;
        }
    }
}
