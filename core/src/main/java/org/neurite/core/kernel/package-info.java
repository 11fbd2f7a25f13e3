/**
 * Internal kernels of the training hot path: matrices over ND4J buffers seen as native pointers and NIO
 * buffers, matrix products called directly on OpenBLAS, and chunked element-wise loops. Public so that the
 * optimizer module can update the flat parameter buffer in fused passes; not a stable user API.
 */
package org.neurite.core.kernel;
