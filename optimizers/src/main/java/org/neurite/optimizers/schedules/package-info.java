/**
 * Keras 3's learning-rate schedules as core {@link org.neurite.core.LearningRateSchedule}s. Neurite's step
 * is 1-based (the number of the update about to be applied); Keras's schedules take the 0-based
 * {@code optimizer.iterations}, so every schedule here evaluates Keras's formula at k = step − 1 and
 * {@code at(1)} is Keras's value for the first update.
 */
package org.neurite.optimizers.schedules;
