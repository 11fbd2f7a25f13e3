/** The built-in {@link org.neurite.core.Metric} implementations (Keras 3 definitions). */
package org.neurite.core.metrics;
