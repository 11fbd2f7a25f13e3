package org.neurite.engine.kernel;

import org.nd4j.common.io.Resource;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * Not a backend: a hook that ND4J instantiates, through {@code META-INF/services}, with every backend it
 * finds, before it loads any native library; its static initializer runs {@link BlasSetup#ensure()}, so the
 * OpenBLAS kernel choice is in place whichever class a program touches first (ND4J's or Neurite's). It has
 * the lowest priority and is never available, so ND4J never selects it (and never logs it).
 */
public final class NeuriteBlasHook extends Nd4jBackend {
    static {
        BlasSetup.ensure();
    }

    @Override
    public boolean allowsOrder() {
        return false;
    }

    @Override
    public int getPriority() {
        return -1000; // below the CPU backend (0); not MIN_VALUE, whose difference ND4J's sort would overflow
    }

    @Override
    public boolean isAvailable() {
        return false;
    }

    @Override
    public boolean canRun() {
        return false;
    }

    @Override
    public Resource getConfigurationResource() {
        throw new UnsupportedOperationException("NeuriteBlasHook is not a backend");
    }

    @Override
    public Class getNDArrayClass() {
        throw new UnsupportedOperationException("NeuriteBlasHook is not a backend");
    }

    @Override
    public Environment getEnvironment() {
        throw new UnsupportedOperationException("NeuriteBlasHook is not a backend");
    }

    @Override
    public String buildInfo() {
        return "NeuriteBlasHook (not a backend): " + BlasSetup.status();
    }

    @Override
    public void logBackendInit() {
        // Never selected, so never initialised.
    }
}
