package org.neurite.benchmarks;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.engine.kernel.NativeMatrix;

/**
 * The floor of a Fashion-MNIST epoch: as many steps as the epoch has (1875), each only the step's matrix
 * products ({@link GemmFloor}) and the fused Adam pass over the 101,770 parameters ({@link FusedAdam}). No
 * data movement, bias, activation, loss or bookkeeping.
 */
final class EpochFloor implements EpochPeer {
    static final int STEPS = (60_000 + 31) / 32;
    private final GemmFloor gemms = new GemmFloor(Workload.FASHION_MNIST);
    private final FusedAdam adam = new FusedAdam(Workload.LEARNING_RATE);
    private final NativeMatrix p;
    private final NativeMatrix g;
    private final NativeMatrix m;
    private final NativeMatrix v;
    private final int count;

    EpochFloor() {
        count = 784 * 128 + 128 + 128 * 10 + 10;
        p = NativeMatrix.of(Nd4j.rand(DataType.FLOAT, 1, count));
        g = NativeMatrix.of(Nd4j.rand(DataType.FLOAT, 1, count));
        m = NativeMatrix.of(Nd4j.create(DataType.FLOAT, 1, count));
        v = NativeMatrix.of(Nd4j.create(DataType.FLOAT, 1, count));
    }

    @Override
    public String name() {
        return "floor: GEMMs + Adam pass";
    }

    @Override
    public void epoch() {
        for (int s = 0; s < STEPS; s++) {
            gemms.step();
            adam.update(p, g, m, v, count, 1e-3f);
        }
    }

    @Override
    public double testAccuracy() {
        return Double.NaN;
    }
}
