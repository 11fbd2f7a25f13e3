/** The built-in {@link org.neurite.core.Loss} implementations (Keras 3 definitions and reductions). */
package org.neurite.core.losses;
