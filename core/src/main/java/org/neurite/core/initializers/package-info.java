/** The built-in {@link org.neurite.core.Initializer} implementations (Keras 3 definitions). */
package org.neurite.core.initializers;
