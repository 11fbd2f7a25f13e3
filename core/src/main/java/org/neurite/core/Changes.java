package org.neurite.core;

/** Argument checks shared by the {@link Change} records. */
final class Changes {
    private Changes() {
    }

    /** Throws an IllegalArgumentException naming the argument, the value received and what was expected. */
    static void require(boolean ok, String argument, String received, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(argument + " must be " + expected + "; received " + received
                    + ". Pass " + expected + ".");
        }
    }
}
