package org.neurite.core;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The findings of one diagnosis, root cause first (see {@code org.neurite.core.diagnostics.Diagnostics} for the order): the
 * {@link #primary()} cause, then the evidence that supports it, then INFO notes. Empty when nothing was found.
 */
public record Diagnosis(List<Finding> findings) {
    private static final Diagnosis EMPTY = new Diagnosis(List.of());

    public Diagnosis {
        if (findings == null || findings.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("Diagnosis.findings must be a list without nulls; received " + findings
                    + ".");
        }
        findings = List.copyOf(findings);
    }

    /** A diagnosis with no findings. */
    public static Diagnosis empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** The root cause: the first ERROR or WARNING finding; empty when there is none. */
    public Optional<Finding> primary() {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).findFirst();
    }

    /** The ERROR and WARNING findings, root cause first. */
    public List<Finding> problems() {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    /** Whether some finding has this code. */
    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    /** The findings with this code. */
    public List<Finding> get(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    /** The distinct codes found, in order. */
    public List<FindingCode> codes() {
        return findings.stream().map(Finding::code).distinct().toList();
    }

    /** One line per finding, or "no findings". */
    @Override
    public String toString() {
        if (findings.isEmpty()) {
            return "Diagnosis: no findings.";
        }
        return findings.stream().map(f -> "- " + f).collect(Collectors.joining("\n", "Diagnosis:\n", ""));
    }
}
