/**
 * Loaders from files to core's {@link org.neurite.core.Dataset}: {@link org.neurite.datasets.io.CsvLoader}
 * (RFC 4180, configured by {@link org.neurite.datasets.io.CsvOptions}) and
 * {@link org.neurite.datasets.io.IdxLoader} (the MNIST IDX format, plain or gzip, configured by
 * {@link org.neurite.datasets.io.IdxOptions}). Loaders read row by row into preallocated (or doubling) primitive
 * arrays, never into lists of boxed numbers. A malformed file raises a
 * {@link org.neurite.datasets.io.MalformedFileException} whose message starts with {@code file:line:column}
 * (CSV) or {@code file:byte N} (IDX).
 */
package org.neurite.datasets.io;
