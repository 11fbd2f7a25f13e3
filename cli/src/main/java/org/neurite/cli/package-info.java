/**
 * The {@code neurite} command line (picocli): {@code train}, {@code sweep}, {@code diagnose} and
 * {@code predict}, with Keras-style progress, JSON output and the HTML report.
 */
package org.neurite.cli;
