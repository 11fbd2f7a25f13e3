package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.Parameters;

class AdamTest {
    @Test
    void singleStepMatchesKerasGoldenCase() {
        // keras/src/optimizers/adam_test.py: lr 0.5, w [1,2,3,4], g [1,6,7,2] -> [0.5,1.5,2.5,3.5].
        Adam adam = new Adam(0.5);
        Parameters p = Fixtures.parameters(1, 2, 3, 4);
        Fixtures.setGradients(p, new double[] {1, 6, 7, 2});
        adam.update(p, adam.init(p), 1, 0.5);
        assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, Fixtures.values(p), 1e-5);
    }

    @Test
    void hundredStepsMatchThePublishedEpsilonHatFormula() {
        double lr = 0.05;
        double b1 = 0.8;
        double b2 = 0.95;
        double eps = 1e-3;
        double[][] actual = Fixtures.trajectory(new Adam(lr, b1, b2, eps, false), lr, 100);
        double[] m = new double[5];
        double[] v = new double[5];
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            double alpha = lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
            for (int i = 0; i < 5; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                theta[i] -= alpha * m[i] / (Math.sqrt(v[i]) + eps);
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
    }

    @Test
    void amsgradDividesByTheRunningMaximumOfV() {
        double lr = 0.05;
        double[][] actual = Fixtures.trajectory(new Adam(lr, 0.9, 0.99, 1e-7, true), lr, 100);
        double[] m = new double[5];
        double[] v = new double[5];
        double[] vhat = new double[5];
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            double alpha = lr * Math.sqrt(1 - Math.pow(0.99, t)) / (1 - Math.pow(0.9, t));
            for (int i = 0; i < 5; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.99 * v[i] + 0.01 * g[i] * g[i];
                vhat[i] = Math.max(vhat[i], v[i]);
                theta[i] -= alpha * m[i] / (Math.sqrt(vhat[i]) + 1e-7);
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
        double[][] plain = Fixtures.trajectory(new Adam(lr, 0.9, 0.99, 1e-7, false), lr, 100);
        assertTrue(Fixtures.maxDiff(plain[99], actual[99]) > 1e-6, "AMSGrad must change this trajectory");
    }

    @Test
    void kerasEpsilonHatFormEqualsPyTorchFormWithRescaledEpsilon() {
        double lr = 0.05;
        double epsHat = 1e-2;
        double[][] keras = Fixtures.trajectory(new Adam(lr, 0.9, 0.999, epsHat, false), lr, 100);
        double[] m = new double[5];
        double[] v = new double[5];
        double[][] torch = Fixtures.reference(100, (theta, t) -> {
            // PyTorch Algorithm 1: θ -= (lr/(1−β1^t))·m / (√v/√(1−β2^t) + ε_t), with ε_t = ε̂/√(1−β2^t).
            double[] g = Fixtures.gradient(theta, t);
            double bc2 = Math.sqrt(1 - Math.pow(0.999, t));
            double epsT = epsHat / bc2;
            for (int i = 0; i < 5; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                theta[i] -= lr / (1 - Math.pow(0.9, t)) * m[i] / (Math.sqrt(v[i]) / bc2 + epsT);
            }
        });
        Fixtures.assertTrajectory(torch, keras, 1e-12);
        double[] m2 = new double[5];
        double[] v2 = new double[5];
        double[][] torchSameEpsilon = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            double bc2 = Math.sqrt(1 - Math.pow(0.999, t));
            for (int i = 0; i < 5; i++) {
                m2[i] = 0.9 * m2[i] + 0.1 * g[i];
                v2[i] = 0.999 * v2[i] + 0.001 * g[i] * g[i];
                theta[i] -= lr / (1 - Math.pow(0.9, t)) * m2[i] / (Math.sqrt(v2[i]) / bc2 + epsHat);
            }
        });
        assertTrue(Fixtures.maxDiff(torchSameEpsilon[99], keras[99]) > 1e-6, "without rescaling ε the forms differ");
    }

    @Test
    void updateAllocatesNothingOnceWarm() {
        int n = 10_000;
        Parameters p = Fixtures.parameters(DataType.FLOAT, new double[n], 6_000, 4_000);
        Fixtures.setGradients(p, new double[n]);
        Adam adam = new Adam(0.01, 0.9, 0.999, 1e-7, true).withClipNorm(1.0).withWeightDecay(0.01);
        Adam.State state = adam.init(p);
        for (int t = 1; t <= 2000; t++) {
            adam.update(p, state, t, 0.01);
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int t = 2001; t <= 3000; t++) {
            adam.update(p, state, t, 0.01);
        }
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(bytes < 1000, "1000 updates allocated " + bytes + " bytes");
    }

    /** Heap bytes a fit of the Keras clothing tutorial's model allocates on this thread. */
    private static long fitBytes(org.neurite.core.Sequential model, org.nd4j.linalg.api.ndarray.INDArray x,
                                 org.nd4j.linalg.api.ndarray.INDArray y, org.neurite.core.FitOptions options) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        model.fit(x, y, options);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void aFashionMnistShapedFitAllocatesNoHeapPerStepAndRepeatsBitForBit() {
        // 784-128 relu-10 softmax, Adam 1e-3, batch 32 on 784-column rows in [0, 1] with one-hot labels: the
        // bytes of a fit over 1280 rows minus those over 640 rows are what 2 x 20 more steps allocate.
        java.util.Random random = new java.util.Random(3);
        float[][] pixels = new float[1280][784];
        float[][] hot = new float[1280][10];
        for (int r = 0; r < 1280; r++) {
            for (int c = 0; c < 784; c++) {
                pixels[r][c] = random.nextInt(256) / 255f;
            }
            hot[r][random.nextInt(10)] = 1;
        }
        var x2 = org.nd4j.linalg.factory.Nd4j.createFromArray(pixels);
        var y2 = org.nd4j.linalg.factory.Nd4j.createFromArray(hot);
        var x1 = x2.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 640),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
        var y1 = y2.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 640),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
        org.neurite.core.FitOptions options = org.neurite.core.FitOptions.defaults().withEpochs(2).withBatchSize(32)
                .withVerbose(0).withSeed(5).withDiagnose(false);
        org.neurite.core.Sequential model = tutorialModel();
        for (int i = 0; i < 3; i++) {
            fitBytes(model, x1, y1, options);
            fitBytes(model, x2, y2, options);
        }
        long small = Long.MAX_VALUE;
        long large = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) { // the least of five: a stray JIT or class-loading allocation is not a step's
            small = Math.min(small, fitBytes(model, x1, y1, options));
            large = Math.min(large, fitBytes(model, x2, y2, options));
        }
        long extra = large - small;
        // fit's shuffle index holds 4 bytes per row: 640 more rows, 2560 more bytes, allocated once per fit.
        double perStep = (extra - 4 * 640) / 40.0;
        System.out.println("heap bytes per Fashion-MNIST-shaped fit step: " + perStep);
        assertTrue(perStep < 8, "each fit step allocated " + perStep + " bytes");
        org.neurite.core.Sequential a = tutorialModel();
        org.neurite.core.Sequential b = tutorialModel();
        a.fit(x2, y2, options);
        b.fit(x2, y2, options);
        for (int i = 0; i < a.getWeights().size(); i++) {
            assertArrayEquals(a.getWeights().get(i).data().asFloat(), b.getWeights().get(i).data().asFloat(),
                    "weights " + i);
        }
    }

    private static org.neurite.core.Sequential tutorialModel() {
        org.neurite.core.Sequential model = new org.neurite.core.Sequential(
                new org.neurite.core.layers.Dense(128, org.neurite.core.Activation.RELU),
                new org.neurite.core.layers.Dense(10, org.neurite.core.Activation.SOFTMAX));
        model.compile(new Adam(1e-3), org.neurite.core.Loss.CATEGORICAL_CROSSENTROPY, org.neurite.core.Metric.ACCURACY);
        return model;
    }

    @Test
    void minimizesAQuadraticAndRosenbrock() {
        double[] q = Fixtures.minimize(new Adam(0.05), new double[] {3, -2, 5, 0}, 3000, Fixtures::quadraticGradient);
        assertArrayEquals(new double[] {-1, 0, 1, 2}, q, 1e-3);
        double[] r = Fixtures.minimize(new Adam(0.01), new double[] {-1.2, 1}, 10000, Fixtures::rosenbrockGradient);
        assertArrayEquals(new double[] {1, 1}, r, 1e-2);
    }

    @Test
    void floatParametersGiveTheDoubleResultToFloatPrecision() {
        Adam adam = new Adam(0.01);
        Parameters f = Fixtures.parameters(DataType.FLOAT, Fixtures.start(), 5);
        Parameters d = Fixtures.parameters(DataType.DOUBLE, Fixtures.start(), 5);
        Adam.State sf = adam.init(f);
        Adam.State sd = adam.init(d);
        for (int t = 1; t <= 10; t++) {
            Fixtures.setGradients(f, Fixtures.gradient(Fixtures.values(f), t));
            Fixtures.setGradients(d, Fixtures.gradient(Fixtures.values(d), t));
            adam.update(f, sf, t, 0.01);
            adam.update(d, sd, t, 0.01);
        }
        assertEquals(DataType.FLOAT, sf.m().dataType());
        assertArrayEquals(Fixtures.values(d), Fixtures.values(f), 1e-5);
    }

    @Test
    void updatesABufferSpanningManyChunks() {
        int n = 3 * org.neurite.engine.kernel.Scratch.CHUNK + 17;
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = Math.sin(i);
        }
        Parameters p = Fixtures.parameters(DataType.DOUBLE, start, n);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = Math.cos(0.3 * i);
        }
        Fixtures.setGradients(p, g);
        Adam adam = new Adam(0.1);
        adam.update(p, adam.init(p), 1, 0.1);
        double[] after = Fixtures.values(p);
        for (int i = 0; i < n; i += 997) {
            double m = 0.1 * g[i];
            double v = 0.001 * g[i] * g[i];
            double expected = start[i] - 0.1 * Math.sqrt(0.001) / 0.1 * m / (Math.sqrt(v) + 1e-7);
            assertEquals(expected, after[i], 1e-12, "element " + i);
        }
    }

    @Test
    void stateSlotsRestoreTrainingBitIdentically() {
        Fixtures.assertResumesBitIdentically(new Adam(0.05, 0.9, 0.999, 1e-7, true).withClipNorm(1.0), 0.05);
        assertEquals(java.util.List.of("m", "v"), java.util.List.copyOf(
                Adam.defaults().init(Fixtures.parameters(1, 2)).slots().keySet()));
    }

    @Test
    void defaultsAreKeras() {
        Adam adam = Adam.defaults();
        assertEquals(0.001, adam.learningRate().at(1));
        assertEquals(0.9, adam.beta1());
        assertEquals(0.999, adam.beta2());
        assertEquals(1e-7, adam.epsilon());
        assertEquals(UpdateOptions.defaults(), adam.options());
        assertEquals("adam", adam.name());
    }

    @Test
    void rejectsOutOfRangeHyperparametersNamingTheArgument() {
        IllegalArgumentException beta1 = assertThrows(IllegalArgumentException.class,
                () -> new Adam(0.001, 1.0, 0.999, 1e-7, false));
        assertEquals("Adam.beta1 must be in [0, 1); received 1.0. The paper uses 0.9.", beta1.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Adam.defaults().withBeta2(-0.1))
                .getMessage().contains("Adam.beta2 must be in [0, 1); received -0.1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Adam.defaults().withEpsilon(0))
                .getMessage().contains("Adam.epsilon must be a finite number > 0; received 0.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Adam(Double.NaN))
                .getMessage().contains("Adam.learningRate must be a finite number > 0; received NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Adam(-1))
                .getMessage().contains("received -1.0"));
    }

    @Test
    void rejectsAStateOfOtherParametersWithoutChangingAnything() {
        Adam adam = new Adam(0.1);
        Parameters p = Fixtures.parameters(1, 2, 3);
        Parameters other = Fixtures.parameters(1, 2);
        Adam.State state = adam.init(other);
        Fixtures.setGradients(p, new double[] {1, 1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> adam.update(p, state, 1, 0.1));
        assertTrue(e.getMessage().contains("created for 2 DOUBLE parameters; received 3"), e.getMessage());
        assertArrayEquals(new double[] {1, 2, 3}, Fixtures.values(p));
        assertThrows(IllegalArgumentException.class, () -> adam.update(p, adam.init(p), 0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> adam.update(p, adam.init(p), 1, Double.NaN));
        assertArrayEquals(new double[] {1, 2, 3}, Fixtures.values(p));
    }

    @Test
    void rejectsAStateCreatedWithTheOtherAmsgradSettingWithoutChangingAnything() {
        Parameters p = Fixtures.parameters(1, 2, 3);
        Fixtures.setGradients(p, new double[] {1, 1, 1});
        Adam plain = new Adam(0.1);
        Adam ams = plain.withAmsgrad(true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ams.update(p, plain.init(p), 1, 0.1));
        assertEquals("Adam.update: the state was created without AMSGrad but the optimizer has amsgrad=true. Create "
                + "the state with this optimizer's init.", e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plain.update(p, ams.init(p), 1, 0.1))
                .getMessage().contains("created with AMSGrad but the optimizer has amsgrad=false"));
        assertArrayEquals(new double[] {1, 2, 3}, Fixtures.values(p));
    }

    @Test
    void eachWitherChangesOnlyItsOwnComponent() {
        Adam a = new Adam(0.01, 0.8, 0.99, 1e-5, false).withClipNorm(2);
        assertEquals(new Adam(org.neurite.core.LearningRateSchedule.constant(0.5), 0.8, 0.99, 1e-5, false,
                a.options()), a.withLearningRate(0.5));
        org.neurite.core.LearningRateSchedule s = step -> 0.1 / step;
        assertEquals(new Adam(s, 0.8, 0.99, 1e-5, false, a.options()), a.withLearningRate(s));
        assertEquals(new Adam(a.learningRate(), 0.7, 0.99, 1e-5, false, a.options()), a.withBeta1(0.7));
        assertEquals(new Adam(a.learningRate(), 0.8, 0.9, 1e-5, false, a.options()), a.withBeta2(0.9));
        assertEquals(new Adam(a.learningRate(), 0.8, 0.99, 1e-3, false, a.options()), a.withEpsilon(1e-3));
        assertEquals(new Adam(a.learningRate(), 0.8, 0.99, 1e-5, true, a.options()), a.withAmsgrad(true));
        assertEquals(2, a.options().clipNorm());
    }

    @Test
    void rejectsANullScheduleOrOptionsNamingThem() {
        assertEquals("Adam.learningRate must not be null. Pass a value, e.g. the default.",
                assertThrows(IllegalArgumentException.class,
                        () -> new Adam(null, 0.9, 0.999, 1e-7, false, UpdateOptions.defaults())).getMessage());
        assertEquals("Adam.options must not be null. Pass UpdateOptions.defaults().",
                assertThrows(IllegalArgumentException.class,
                        () -> Adam.defaults().withOptions(null)).getMessage());
    }
}
