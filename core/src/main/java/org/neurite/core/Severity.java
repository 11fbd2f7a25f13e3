package org.neurite.core;

/**
 * How much a {@link Finding} matters: ERROR when learning is blocked, WARNING when it is hurt, INFO when it is
 * worth knowing but nothing is wrong. A run that reaches its goal carries INFO findings only.
 */
public enum Severity {
    /** Learning is blocked: no amount of training with this setup will reach the goal. */
    ERROR,
    /** Learning is hurt: slower, less reliable, or stuck for this run. */
    WARNING,
    /** Worth knowing; nothing is wrong (e.g. unused units in a network that learned). */
    INFO
}
