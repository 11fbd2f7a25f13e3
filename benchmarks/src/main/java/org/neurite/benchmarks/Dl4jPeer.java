package org.neurite.benchmarks;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * DL4J 1.0.0-M2.1's {@code MultiLayerNetwork} for a workload: same widths and activations, XAVIER_UNIFORM
 * (Keras's glorot_uniform) kernels, zero biases, Adam with the same learning rate, betas and ε, float32.
 * Its losses: XENT (sigmoid + BCE) and MCXENT (softmax + CCE).
 */
public final class Dl4jPeer {
    private final MultiLayerNetwork network;
    private final DataSet batch;

    /** The network of {@code workload}, initialized from {@code seed}, with the workload's fixed batch. */
    public Dl4jPeer(Workload workload, long seed) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .biasInit(0)
                .updater(new Adam(Workload.LEARNING_RATE, FusedAdam.BETA1, FusedAdam.BETA2, FusedAdam.EPSILON))
                .list();
        int layers = workload.layers();
        for (int l = 0; l < layers - 1; l++) {
            list.layer(new DenseLayer.Builder().nIn(workload.width(l)).nOut(workload.width(l + 1))
                    .activation(activation(workload.hidden())).build());
        }
        boolean sigmoid = workload.output() == org.neurite.core.Activation.SIGMOID;
        list.layer(new OutputLayer.Builder(sigmoid ? LossFunctions.LossFunction.XENT
                : LossFunctions.LossFunction.MCXENT)
                .nIn(workload.width(layers - 1)).nOut(workload.width(layers))
                .activation(sigmoid ? Activation.SIGMOID : Activation.SOFTMAX).build());
        MultiLayerConfiguration conf = list.build();
        network = new MultiLayerNetwork(conf);
        network.init();
        batch = new DataSet(workload.features(), workload.labels());
    }

    private static Activation activation(org.neurite.core.Activation a) {
        return switch (a.name()) {
            case "tanh" -> Activation.TANH;
            case "relu" -> Activation.RELU;
            case "sigmoid" -> Activation.SIGMOID;
            default -> throw new IllegalArgumentException("Dl4jPeer: no DL4J activation for '" + a.name() + "'.");
        };
    }

    /** One {@code fit(DataSet)} step on the fixed batch. */
    public void step() {
        network.fit(batch);
    }

    /** DL4J's score (loss) on the fixed batch. */
    public double score() {
        return network.score(batch);
    }

    public MultiLayerNetwork network() {
        return network;
    }
}
