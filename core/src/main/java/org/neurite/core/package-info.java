/**
 * Neurite's Keras-like API: {@link org.neurite.core.Sequential} models of {@link org.neurite.core.layers.Dense}
 * layers, with {@link org.neurite.core.Activation}s, {@link org.neurite.core.Initializer}s,
 * {@link org.neurite.core.Loss}es, {@link org.neurite.core.Metric}s, the {@link org.neurite.core.Optimizer}
 * contract, fit options, callbacks and history, and {@link org.neurite.core.GradientCheck}, which checks any
 * model's back-propagation against central differences. Conventions follow Keras 3 unless a type's Javadoc
 * says otherwise.
 */
package org.neurite.core;
