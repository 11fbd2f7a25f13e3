/**
 * What a layer implements and receives, for layers written outside Neurite: the
 * {@link org.neurite.core.spi.LayerPass} (its input, pre-activations, weights and their gradients for one
 * pass) and the {@link org.neurite.core.spi.WeightSpec}s it declares when built.
 */
package org.neurite.core.spi;
