package org.neurite.core.layers;

import org.neurite.core.spi.LayerPass;
import org.neurite.engine.kernel.NativeMatrix;

/** Pass-through steps the width-keeping layers share: z = x forward, dL/dx = dL/dz backward (bulk copies). */
final class Passes {
    private Passes() {
    }

    static void copyInput(LayerPass pass) {
        NativeMatrix x = pass.inputMatrix();
        pass.preActivationMatrix().copyFrom(x, 0, 0, pass.rows() * x.cols());
    }

    static void copyGradient(LayerPass pass) {
        if (pass.hasInputGradient()) {
            NativeMatrix dz = pass.preActivationGradientMatrix();
            pass.inputGradientMatrix().copyFrom(dz, 0, 0, pass.rows() * dz.cols());
        }
    }

    /** Checks a layer name as Dense does. */
    static void checkName(String layer, String name) {
        if (name != null && (name.isBlank() || name.contains("/"))) {
            throw new IllegalArgumentException(layer + " name must be non-blank and contain no '/'; received name='"
                    + name + "'. Pass null to let the model name it.");
        }
    }
}
