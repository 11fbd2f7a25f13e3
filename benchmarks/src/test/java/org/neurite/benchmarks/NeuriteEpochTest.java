package org.neurite.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Dataset;
import org.junit.jupiter.api.Test;

class NeuriteEpochTest {
    @Test
    void anEpochOnTutorialShapedDataIsFollowedByATestAccuracyBetweenZeroAndOne() {
        Nd4jSettings.apply();
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.rand(DataType.FLOAT, 96, 784);
        INDArray y = Nd4j.create(DataType.FLOAT, 96, 10);
        for (int r = 0; r < 96; r++) {
            y.putScalar(r, r % 10, 1);
        }
        Dataset all = new Dataset(x, y);
        NeuriteEpoch epoch = new NeuriteEpoch(new Dataset.Split(all.slice(0, 64), all.slice(64, 96)));
        epoch.epoch();
        double accuracy = epoch.testAccuracy();
        assertTrue(accuracy >= 0 && accuracy <= 1, "test accuracy " + accuracy);
    }
}
