/**
 * Training callbacks that act on the optimizer from outside the rule, such as
 * {@link org.neurite.optimizers.callbacks.ReduceLROnPlateau}, which scales the learning rate through
 * {@link org.neurite.core.TrainingContext#setLearningRateFactor}.
 */
package org.neurite.optimizers.callbacks;
