package org.neurite.cli;

import org.neurite.core.FitOptions;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.diagnostics.Diagnostics;
import org.neurite.core.diagnostics.Trials;

/** Runs the remedy trials for a CLI run as {@link FixOptions} asks. */
final class Verification {
    private Verification() {
    }

    /** Verifies the run's diagnosis on the rows it trained on (standardized as in training). */
    static Diagnosis verify(FixOptions fixes, Training.Run run) {
        Diagnosis diagnosis = run.diagnosis();
        if (Boolean.FALSE.equals(fixes.verifyFixes) || diagnosis.problems().isEmpty()) {
            return diagnosis;
        }
        Trials trials = Trials.defaults().withForce(Boolean.TRUE.equals(fixes.verifyFixes));
        return Diagnostics.verify(diagnosis, run.model(), run.plan().train().features(),
                run.plan().train().labels(), Training.fitOptions(run.plan(), run.seed()), trials);
    }

    static Diagnosis verify(FixOptions fixes, Diagnosis diagnosis, Sequential model, Task task, FitOptions fit) {
        if (Boolean.FALSE.equals(fixes.verifyFixes) || diagnosis.problems().isEmpty()) {
            return diagnosis;
        }
        Trials trials = Trials.defaults().withForce(Boolean.TRUE.equals(fixes.verifyFixes));
        return Diagnostics.verify(diagnosis, model, task.data().features(), task.data().labels(), fit, trials);
    }
}
