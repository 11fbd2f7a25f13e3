package org.neurite.core.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.GradientCheck;
import org.neurite.core.GradientCheckResult;
import org.neurite.core.GradientDescent;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;

/** Data, models and a recording layer shared by the layer tests. */
final class LayerFixtures {
    private LayerFixtures() {
    }

    /** {@code rows × cols} values uniform in [lo, hi), DOUBLE, from {@code seed}. */
    static INDArray uniform(long seed, int rows, int cols, double lo, double hi) {
        Random random = new Random(seed);
        double[][] v = new double[rows][cols];
        for (double[] row : v) {
            for (int c = 0; c < cols; c++) {
                row[c] = lo + (hi - lo) * random.nextDouble();
            }
        }
        return Nd4j.createFromArray(v);
    }

    /** A DOUBLE model of {@code layers} built for {@code inputWidth} from {@code seed}, compiled with plain SGD. */
    static Sequential doubleModel(int inputWidth, long seed, Loss loss, Layer... layers) {
        Sequential model = new Sequential(layers).setDataType(DataType.DOUBLE).build(inputWidth, seed);
        model.compile(new GradientDescent(0.05), loss);
        return model;
    }

    /** Asserts that central differences in DOUBLE agree with every trainable weight's analytic gradient. */
    static GradientCheckResult assertGradientsMatch(Sequential model, INDArray x, INDArray y) {
        GradientCheckResult result = GradientCheck.defaults().check(model, x, y);
        assertTrue(result.passed(), result.toString());
        return result;
    }

    /** A pass-through layer (written against the public SPI only) that records its input in training passes. */
    static final class Probe implements Layer {
        final List<INDArray> seen = new ArrayList<>();

        @Override
        public String className() {
            return "Probe";
        }

        @Override
        public String name() {
            return null;
        }

        @Override
        public int units() {
            return 0;
        }

        @Override
        public List<WeightSpec> weights(int inputWidth) {
            return List.of();
        }

        @Override
        public void forward(LayerPass pass) {
            pass.preActivation().assign(pass.input());
            if (pass.training()) {
                seen.add(pass.input().dup());
            }
        }

        @Override
        public void backward(LayerPass pass) {
            if (pass.hasInputGradient()) {
                pass.inputGradient().assign(pass.preActivationGradient());
            }
        }
    }
}
