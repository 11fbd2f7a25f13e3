package org.neurite.benchmarks;

import org.neurite.core.Optimizer;
import org.neurite.core.Optimizers;

/** The Adam every Neurite benchmark trains with: the optimizers module's, when it is on the class path. */
public final class Adams {
    private Adams() {
    }

    /** {@code Optimizers.byName("adam")} (Keras defaults, lr 0.001), else the stand-in {@link FusedAdam}. */
    public static Optimizer<?> create() {
        if (Optimizers.names().contains("adam")) {
            return Optimizers.byName("adam");
        }
        return new FusedAdam(Workload.LEARNING_RATE);
    }

    /** Which implementation {@link #create()} returns, for the results' notes. */
    public static String source() {
        return Optimizers.names().contains("adam") ? "neurite-optimizers Adam" : "benchmarks FusedAdam stand-in";
    }
}
