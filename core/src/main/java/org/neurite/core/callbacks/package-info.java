/**
 * Training callbacks in Keras's form, configured by records with defaults and withers: {@link
 * org.neurite.core.callbacks.EarlyStopping}, {@link org.neurite.core.callbacks.ModelCheckpoint}, {@link
 * org.neurite.core.callbacks.TerminateOnNaN}, {@link org.neurite.core.callbacks.CsvLogger} and {@link
 * org.neurite.core.callbacks.LambdaCallback}. Where Keras has a known gap each class's Javadoc says how it
 * differs (EarlyStopping restores the best weights even when it never stopped; a missing monitor is an error;
 * TerminateOnNaN names the layer and step). ReduceLROnPlateau lives with the optimizers.
 */
package org.neurite.core.callbacks;
