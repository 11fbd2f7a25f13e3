package org.neurite.cli.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.Sequential;
import org.neurite.optimizers.Adam;

class LiveSessionTest {
    private static final INDArray X = Nd4j.createFromArray(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    private static final INDArray Y = Nd4j.createFromArray(new float[][] {{0}, {1}, {1}, {0}});
    private final Sequential model = xorModel();

    private static Sequential xorModel() {
        Sequential model = new Sequential(new Dense(2, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(new Adam(0.05), org.neurite.core.Loss.BINARY_CROSSENTROPY);
        return model;
    }

    @Test
    void aLongRunSendsEveryEpochOfTheFirstThousandThenEveryOtherAndAlwaysTheLast() throws Exception {
        LiveSession session = new LiveSession("{}", null, false);
        URI uri = URI.create(session.url());
        try {
            model.fit(X, Y, FitOptions.defaults().withEpochs(2500).withBatchSize(4).withVerbose(0)
                    .withCallbacks(session));
            session.findings(List.of());
            session.finishAndKeepServing();
            List<String> events = LiveServerTest.events(uri, "done");
            JsonNode logs = new ObjectMapper().readTree(events.stream().filter(e -> e.startsWith("epochs: "))
                    .findFirst().orElseThrow().substring(8)).get("logs");
            assertEquals(1000 + 750 + 1, logs.size(), "1000 epochs, every other of the next 1500, the last");
            for (int i = 0; i < 1000; i++) {
                assertEquals(i + 1, logs.get(i).get("epoch").asInt());
            }
            assertEquals(1003, logs.get(1001).get("epoch").asInt());
            assertEquals(2500, logs.get(logs.size() - 1).get("epoch").asInt());
            assertTrue(logs.get(0).has("loss"));
        } finally {
            session.close();
        }
    }

    @Test
    void waitingForAPageShowsItTheUntrainedModelBeforeTheFirstEpochThenTheTrainedOne() throws Exception {
        LiveSession session = new LiveSession("{}", (epoch, weights) -> "{\"epoch\":" + epoch + "}", true);
        URI uri = URI.create(session.url());
        Thread training = new Thread(() -> {
            model.fit(X, Y, FitOptions.defaults().withEpochs(20).withBatchSize(4).withVerbose(0)
                    .withCallbacks(session));
            session.finishAndKeepServing();
        });
        training.setDaemon(true);
        try {
            training.start();
            List<String> events = LiveServerTest.events(uri, "done");
            assertEquals(List.of("header: {}", "boundaries: {\"epoch\":0}"), events.subList(0, 2),
                    "the untrained model first, before any epoch: " + events);
            assertTrue(events.get(2).startsWith("epochs: {\"first\":0,"), events.toString());
            List<String> boundaries = events.stream().filter(e -> e.startsWith("boundaries: ")).toList();
            assertEquals("boundaries: {\"epoch\":20}", boundaries.get(boundaries.size() - 1), events.toString());
            training.join();
        } finally {
            session.close();
        }
    }
}
