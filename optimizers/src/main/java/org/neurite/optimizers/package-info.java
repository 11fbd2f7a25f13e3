/**
 * Keras 3's optimizers as implementations of core's {@link org.neurite.core.Optimizer}: {@link
 * org.neurite.optimizers.Sgd}, {@link org.neurite.optimizers.Adam}, {@link org.neurite.optimizers.AdamW},
 * {@link org.neurite.optimizers.RmsProp}, {@link org.neurite.optimizers.Adagrad} and {@link
 * org.neurite.optimizers.Nadam}. Each is a config record (the rule) with a separate state record whose
 * named slots save/load restores; the options all optimizers share (weight decay, clipping) live once in
 * {@link org.neurite.optimizers.UpdateOptions}. Each update is one fused, chunked Java pass over the flat
 * parameter buffer (plus a norm pass when clipping by norm), with no ND4J ops and no allocation.
 * {@link org.neurite.optimizers.KerasOptimizers} registers the Keras names with {@link java.util.ServiceLoader}.
 */
package org.neurite.optimizers;
