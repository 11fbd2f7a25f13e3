/**
 * Two-input datasets for drawing decision boundaries, after TensorFlow Playground: circle, Gaussian blobs,
 * spirals and continuous XOR ({@link org.neurite.datasets.playground.Playground}), with noise and a seed.
 */
package org.neurite.datasets.playground;
