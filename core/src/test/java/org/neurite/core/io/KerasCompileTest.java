package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.neurite.core.Metric;
import org.neurite.core.metrics.Metrics;

class KerasCompileTest {
    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text.replace('\'', '"'));
    }

    private static String auc(String settings) {
        return "{'module': 'keras.metrics', 'class_name': 'AUC', 'config': {'name': 'auc', 'dtype': 'float32', "
                + "'num_thresholds': 200, 'summation_method': 'interpolation', 'multi_label': false, "
                + "'num_labels': null, 'from_logits': false, " + settings + "}, 'registered_name': null}";
    }

    private static final java.nio.file.Path FILE = java.nio.file.Path.of("m.keras");

    private static KerasCompile read(String json) throws Exception {
        return KerasCompile.read(json(json), new Fields(FILE, "config.json"), "$.compile_config");
    }

    private static String refused(String json) {
        return assertThrows(ModelFileException.class, () -> read(json)).getMessage();
    }

    @Test
    void metricsAreReadFromAFlatListOrFromKeras2sListForTheOneOutput() throws Exception {
        String base = "{'optimizer': 'adam', 'loss': 'mse', 'metrics': %s}";
        java.util.function.Function<KerasCompile, java.util.List<String>> names = c -> c.metrics().stream()
                .map(Metric::name).toList();
        assertEquals(java.util.List.of("accuracy", "mae"), names.apply(read(String.format(base, "['accuracy', 'mae']"))));
        assertEquals(java.util.List.of("accuracy", "mae"),
                names.apply(read(String.format(base, "[['accuracy', 'mae']]"))));
        assertEquals(java.util.List.of("mae"), names.apply(read(String.format(base, "['mae']"))));
        assertEquals(java.util.List.of("mae"), names.apply(read(String.format(base, "[['mae']]"))));
    }

    @Test
    void anOptimizerGivenByItsKerasNameIsKerassClassWithItsDefaults() throws Exception {
        KerasCompile c = read("{'optimizer': 'adam', 'loss': 'mse'}");
        assertEquals(new TinyAdam(org.neurite.core.LearningRateSchedule.constant(0.001), 0.9, 0.999, 1e-7),
                c.optimizer());
        KerasCompile spelled = read("{'optimizer': {'class_name': 'Adam', 'config': {'learning_rate': 0.01, "
                + "'beta_1': 0.8, 'beta_2': 0.99, 'epsilon': 1e-5}}, 'loss': 'mse'}");
        assertEquals(new TinyAdam(org.neurite.core.LearningRateSchedule.constant(0.01), 0.8, 0.99, 1e-5),
                spelled.optimizer());
        assertEquals(c.optimizer(), read("{'optimizer': {'class_name': 'Adam'}, 'loss': 'mse'}").optimizer());
        String sgd = refused("{'optimizer': 'sgd', 'loss': 'mse'}");
        assertTrue(sgd.contains("optimizer sgd has no Neurite equivalent on the class path"), sgd);
    }

    @Test
    void aMissingOrMalformedLossIsRefusedSayingWhatWasFound() {
        String missing = refused("{'optimizer': 'adam'}");
        assertTrue(missing.contains("loss is missing; Neurite reads one loss"), missing);
        String number = refused("{'optimizer': 'adam', 'loss': 5}");
        assertTrue(number.contains("loss is 5; Neurite reads one loss"), number);
    }

    @Test
    void aKerasAucObjectBecomesTheSameAucWithEverySettingCarriedOver() throws Exception {
        Metric roc = KerasCompile.metric(json(auc("'curve': 'ROC', 'label_weights': null")));
        assertEquals(Metric.of("auc").spec(), roc.spec());
        Metric pr = KerasCompile.metric(json(auc("'curve': 'PR', 'label_weights': null")));
        assertEquals(Metric.of("auc(curve=pr)").spec(), pr.spec());
        assertTrue(!pr.spec().equals(roc.spec()), pr.spec());
    }

    @Test
    void precisionKeepsItsThresholdsTopKAndClassId() throws Exception {
        Metric p = KerasCompile.metric(json("{'class_name': 'Precision', 'config': {'name': 'precision', "
                + "'dtype': 'float32', 'thresholds': [0.3, 0.7], 'top_k': 2, 'class_id': 1}}"));
        assertEquals(Metric.of("precision(thresholds=[0.3, 0.7], top_k=2, class_id=1)").spec(), p.spec());
    }

    @Test
    void binaryAccuracyKeepsItsThresholdOrIsRefusedWhereNeuriteWouldLogItUnderAnotherName() throws Exception {
        String keras = "{'class_name': 'BinaryAccuracy', 'config': {'name': 'binary_accuracy', 'dtype': 'float32', "
                + "'threshold': %s}}";
        Metric b = KerasCompile.metric(json(String.format(keras, "0.5")));
        assertEquals(0.5, Metrics.binaryThreshold(b));
        assertEquals("binary_accuracy", b.name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KerasCompile.metric(json(String.format(keras, "0.7"))));
        assertTrue(e.getMessage().contains("'binary_accuracy(0.7)'"), e.getMessage());
    }

    @Test
    void aSettingNeuriteLacksIsRefusedNotDropped() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KerasCompile.metric(json(auc("'curve': 'ROC', 'label_weights': [1, 2]"))));
        assertTrue(e.getMessage().contains("label_weights"), e.getMessage());
    }

    @Test
    void aMetricKerasLogsUnderAnotherNameIsRefusedNamingBoth() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KerasCompile.metric(
                json("{'class_name': 'AUC', 'config': {'name': 'val_roc', 'curve': 'ROC'}}")));
        assertTrue(e.getMessage().contains("'val_roc'") && e.getMessage().contains("'auc'"), e.getMessage());
    }
}
