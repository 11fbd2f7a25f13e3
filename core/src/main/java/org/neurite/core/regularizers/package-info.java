/**
 * Weight and activity penalties as in {@code keras.regularizers}: {@link org.neurite.core.regularizers.L1},
 * {@link org.neurite.core.regularizers.L2} and {@link org.neurite.core.regularizers.L1L2}, attached to
 * {@link org.neurite.core.layers.Dense}'s kernel, bias or output.
 */
package org.neurite.core.regularizers;
