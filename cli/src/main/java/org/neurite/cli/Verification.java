package org.neurite.cli;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FitOptions;
import org.neurite.core.Remedy;
import org.neurite.core.Sequential;
import org.neurite.core.Severity;
import org.neurite.core.diagnostics.Diagnostics;
import org.neurite.core.diagnostics.Trials;

/** Runs the remedy trials for a CLI run as {@link FixOptions} asks. */
final class Verification {
    /** The note on each remedy when {@code --no-verify-fixes} switched the trials off. */
    static final String SWITCHED_OFF = "untried: --no-verify-fixes switched the trials off";

    private Verification() {
    }

    /** Verifies the run's diagnosis on the rows it trained on (standardized as in training). */
    static Diagnosis verify(FixOptions fixes, Training.Run run) {
        return verify(fixes, run.diagnosis(), run.model(), run.plan().train().features(),
                run.plan().train().labels(), Training.fitOptions(run.plan(), run.seed()));
    }

    /**
     * Verifies {@code diagnosis} of {@code model} by retraining its architecture, optimizer and loss on
     * {@code x, y} from {@code fit}'s seed on (a saved model's remedies: {@code diagnose --model}).
     */
    static Diagnosis verify(FixOptions fixes, Diagnosis diagnosis, Sequential model, INDArray x, INDArray y,
                            FitOptions fit) {
        if (diagnosis.problems().isEmpty()) {
            return diagnosis;
        }
        if (Boolean.FALSE.equals(fixes.verifyFixes)) {
            return switchedOff(diagnosis);
        }
        Trials trials = Trials.defaults().withForce(Boolean.TRUE.equals(fixes.verifyFixes));
        return Diagnostics.verify(diagnosis, model, x, y, fit, trials);
    }

    /** How {@code diagnose --model} tried the remedies (or {@link #SWITCHED_OFF}), for its output and JSON. */
    static String describeSavedModelTrials(FixOptions fixes, long seed, int epochs) {
        if (Boolean.FALSE.equals(fixes.verifyFixes)) {
            return SWITCHED_OFF;
        }
        return "Remedies tried by retraining the saved architecture, optimizer and loss from fresh weights: seeds "
                + seed + "-" + (seed + Trials.SEEDS - 1) + ", at most " + epochs + " epochs each (--seed, --epochs), "
                + "until the loss is a tenth of a constant predictor's (fit's default goal).";
    }

    private static Diagnosis switchedOff(Diagnosis diagnosis) {
        List<Finding> findings = new ArrayList<>();
        for (Finding f : diagnosis.findings()) {
            if (f.severity() == Severity.INFO) {
                findings.add(f);
                continue;
            }
            List<Remedy> remedies = new ArrayList<>();
            for (Remedy r : f.remedies()) {
                remedies.add(r.tried() ? r : r.withNote(SWITCHED_OFF));
            }
            findings.add(f.withRemedies(remedies));
        }
        return new Diagnosis(findings);
    }
}
