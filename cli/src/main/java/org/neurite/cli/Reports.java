package org.neurite.cli;

import org.neurite.cli.report.ReportWriter;

/** The report's content for a finished training run. */
final class Reports {
    private Reports() {
    }

    static ReportWriter.Content content(String command, Training.Run run, Outcome outcome) {
        return new ReportWriter.Content(command, run.model(), run.plan().inputs(run.plan().task().data().features()),
                run.plan().task().data().labels(), run.history(), outcome.findingLines());
    }
}
