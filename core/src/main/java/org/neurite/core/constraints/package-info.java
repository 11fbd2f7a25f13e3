/**
 * Weight constraints as in {@code keras.constraints}, applied after every optimizer update:
 * {@link org.neurite.core.constraints.MaxNorm}, {@link org.neurite.core.constraints.NonNeg} and
 * {@link org.neurite.core.constraints.UnitNorm}.
 */
package org.neurite.core.constraints;
