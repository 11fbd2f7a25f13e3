/**
 * The engine's kernels of the training hot path: matrices over ND4J buffers seen as native pointers and NIO
 * buffers, matrix products called directly on OpenBLAS, chunked element-wise loops, and {@link
 * org.neurite.engine.kernel.Parallel}, which splits long element-wise passes across threads. Public so that the
 * optimizer module can update the flat parameter buffer in fused passes; not a stable user API, except
 * {@link org.neurite.engine.kernel.Parallel#setThreads}.
 */
package org.neurite.engine.kernel;
