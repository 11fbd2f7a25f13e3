package org.neurite.cli;

/** A bad argument found after parsing (a malformed spec, a missing file): reported in one line, exit 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
