package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class PredictorTest {
    static final int THREADS = 8;
    static final int PREDICTIONS = 10_000;

    @Test
    void eightThreadsPredictingAtOnceGetBitwiseTheSingleThreadedResults() throws Exception {
        Sequential model = new Sequential(new Dense(16, Activation.TANH), new Dense(8, Activation.RELU),
                new Dense(3, Activation.SOFTMAX));
        model.compile(new GradientDescent(0.1), Loss.CATEGORICAL_CROSSENTROPY);
        INDArray x = Nd4j.rand(DataType.FLOAT, 40, 5).subi(0.5);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 40, 3);
        for (int r = 0; r < 40; r++) {
            y.putScalar(r, r % 3, 1);
        }
        model.fit(x, y, FitOptions.defaults().withEpochs(3).withBatchSize(8).withVerbose(0));
        // Inputs of 1 to 9 rows, so each thread's workspace also grows while others predict.
        List<INDArray> inputs = new ArrayList<>();
        List<float[]> expected = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            INDArray in = Nd4j.rand(DataType.FLOAT, 1 + i % 9, 5).subi(0.5);
            inputs.add(in);
            expected.add(model.predict(in).data().asFloat());
        }
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int mismatches = 0;
                    for (int k = 0; k < PREDICTIONS; k++) {
                        int i = (thread * 7 + k) % inputs.size();
                        float[] out = model.predict(inputs.get(i)).data().asFloat();
                        if (!java.util.Arrays.equals(expected.get(i), out)) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            int mismatches = 0;
            for (Future<Integer> f : results) {
                mismatches += f.get(5, TimeUnit.MINUTES);
            }
            assertEquals(0, mismatches, "predictions differing bitwise from the single-threaded ones");
        } finally {
            pool.shutdownNow();
        }
    }
}
