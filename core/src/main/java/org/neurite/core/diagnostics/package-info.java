/**
 * Why a network cannot learn, and what fixes it: {@link org.neurite.core.diagnostics.Diagnostics} inspects a model,
 * its data and (optionally) its training {@link org.neurite.core.History} and returns a
 * {@link org.neurite.core.Diagnosis}: {@link org.neurite.core.Finding}s ranked root cause
 * first, each with a stable {@link org.neurite.core.FindingCode}, a
 * {@link org.neurite.core.Severity}, the layer and units concerned, the numbers that prove it, an
 * explanation, a fix and {@link org.neurite.core.Remedy remedies}: single
 * {@link org.neurite.core.Change}s that {@link org.neurite.core.diagnostics.Diagnostics#verify} tries by
 * retraining within a {@link org.neurite.core.diagnostics.Trials} budget, each reporting its
 * {@link org.neurite.core.Trial}. {@link org.neurite.core.Goal} says what "learned" means
 * and {@link org.neurite.core.diagnostics.SeedSweep} trains one configuration from many seeds.
 *
 * <p>Each check states its exact criterion in its class Javadoc; thresholds are constants named there.
 */
package org.neurite.core.diagnostics;
