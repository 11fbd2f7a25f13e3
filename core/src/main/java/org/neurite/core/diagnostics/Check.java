package org.neurite.core.diagnostics;

import java.util.List;
import org.neurite.core.Finding;

/** One diagnostic rule: appends its findings, if any. */
interface Check {
    void run(DiagnosticData data, List<Finding> out);
}
