package org.neurite.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verify-fixes} / {@code --no-verify-fixes}: whether the remedies of the diagnosis are tried by
 * retraining. Unset, they are tried when cheap (within {@link org.neurite.core.diagnostics.Trials#MAX_WORK}, a few
 * seconds on 2 cores: every truth-table task with a small net); {@code --verify-fixes} forces them for larger
 * models (still time-boxed to 10 s).
 */
final class FixOptions {
    @Option(names = "--verify-fixes", negatable = true,
            description = "Try each remedy by retraining from 10 seeds (default: only when cheap, within 10 s).")
    Boolean verifyFixes;
}
