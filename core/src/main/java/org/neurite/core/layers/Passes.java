package org.neurite.core.layers;

import java.util.ArrayList;
import java.util.List;
import org.neurite.core.Initializer;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;
import org.neurite.engine.kernel.NativeMatrix;

/** What the new layers share: pass-through copies (z = x, dL/dx = dL/dz), gamma/beta specs, name checks. */
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

    /** gamma (if scale) then beta (if center), vectors of {@code width}: the trainable weights of both norms. */
    static List<WeightSpec> affine(boolean scale, boolean center, int width, Initializer gamma, Initializer beta) {
        List<WeightSpec> specs = new ArrayList<>();
        if (scale) {
            specs.add(WeightSpec.vector("gamma", width, gamma));
        }
        if (center) {
            specs.add(WeightSpec.vector("beta", width, beta));
        }
        return specs;
    }

    /** Checks a layer name as Dense does. */
    static void checkName(String layer, String name) {
        if (name != null && (name.isBlank() || name.contains("/"))) {
            throw new IllegalArgumentException(layer + " name must be non-blank and contain no '/'; received name='"
                    + name + "'. Pass null to let the model name it.");
        }
    }
}
