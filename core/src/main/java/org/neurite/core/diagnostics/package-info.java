/**
 * Why a network cannot learn: {@link org.neurite.core.diagnostics.Diagnostics} inspects a model, its data
 * and (optionally) its training {@link org.neurite.core.History} and returns a
 * {@link org.neurite.core.Diagnosis}: {@link org.neurite.core.Finding}s with a stable
 * {@link org.neurite.core.FindingCode}, the layer and units concerned, the numbers that prove it,
 * an explanation and a fix. {@link org.neurite.core.Goal} says what "learned" means and
 * {@link org.neurite.core.diagnostics.SeedSweep} trains one configuration from many seeds.
 *
 * <p>Each check states its exact criterion in its class Javadoc; thresholds are constants named there.
 */
package org.neurite.core.diagnostics;
