/** The built-in {@link org.neurite.core.Activation} implementations and their lookup by Keras name. */
package org.neurite.core.activations;
