/**
 * The engine that runs a model: the {@link org.neurite.engine.Network} of flat weight and gradient buffers,
 * its preallocated {@link org.neurite.engine.Workspace}s, {@link org.neurite.engine.Propagation} (forward and
 * backward passes that allocate nothing) and the fused activation loops; the BLAS kernels are in
 * {@code org.neurite.engine.kernel}. Users never import it: {@link org.neurite.core.Sequential} drives it, and
 * it never imports diagnostics, io, callbacks or the CLI (enforced by {@code PackageBoundaryTest}).
 */
package org.neurite.engine;
