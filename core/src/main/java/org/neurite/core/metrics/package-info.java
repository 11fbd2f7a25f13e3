/**
 * The built-in {@link org.neurite.core.Metric}s with Keras 3's definitions and names: accuracies, mse/mae
 * ({@link org.neurite.core.MeanMetric}s), {@link org.neurite.core.metrics.Precision},
 * {@link org.neurite.core.metrics.Recall}, {@link org.neurite.core.metrics.Auc},
 * {@link org.neurite.core.metrics.F1Score}, {@link org.neurite.core.metrics.TopKCategoricalAccuracy}, the
 * {@link org.neurite.core.metrics.ConfusionMatrix}, and how compile resolves and names them
 * ({@link org.neurite.core.metrics.Resolution}). Each keeps its state per epoch or evaluation and is fed
 * batch by batch, as Keras's stateful metrics.
 */
package org.neurite.core.metrics;
