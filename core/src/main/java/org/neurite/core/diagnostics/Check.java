package org.neurite.core.diagnostics;

import java.util.List;

/** One diagnostic rule: appends its findings, if any. */
interface Check {
    void run(DiagnosticData data, List<Finding> out);
}
