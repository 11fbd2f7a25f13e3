/**
 * The layers a {@link org.neurite.core.Sequential} model stacks, with Keras's names, settings and weight
 * order, and the {@link org.neurite.core.layers.Layer} interface they implement (which a user's own layer
 * implements too, receiving its buffers through {@link org.neurite.core.spi}).
 */
package org.neurite.core.layers;
