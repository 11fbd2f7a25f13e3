/**
 * Toy tasks (Playground shapes in {@code playground}, image sets in {@code images})
 * and data preparation returning core's {@link org.neurite.core.Dataset}: boolean functions
 * ({@link org.neurite.datasets.BooleanTasks}, {@link org.neurite.datasets.BooleanFunction}) enumerated as
 * {@link org.neurite.datasets.TruthTable}s or drawn by a {@link org.neurite.datasets.Sampler}, encoded as
 * {@link org.neurite.datasets.Encoding} says, and the {@link org.neurite.datasets.Standardizer}. File loaders
 * live in {@code org.neurite.datasets.io}.
 *
 * <p>Row convention: row {@code r} of a truth table over {@code n} inputs holds the binary digits of {@code r},
 * the first input being the most significant bit (for two inputs: 00, 01, 10, 11).
 */
package org.neurite.datasets;
