package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.cli.Setups.dense;
import static org.neurite.cli.Setups.fit;
import static org.neurite.cli.Setups.matrix;
import static org.neurite.cli.Setups.model;
import static org.neurite.cli.Setups.truthTable;
import static org.neurite.cli.Setups.xor;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.GradientCheck;
import org.neurite.core.GradientCheckResult;
import org.neurite.core.History;
import org.neurite.core.layers.Layer;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.Change;
import org.neurite.core.Diagnosis;
import org.neurite.core.diagnostics.Diagnostics;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Remedy;
import org.neurite.core.Goal;
import org.neurite.core.diagnostics.SeedRun;
import org.neurite.core.diagnostics.SeedSweep;
import org.neurite.core.Severity;
import org.neurite.core.diagnostics.SweepResult;
import org.neurite.core.diagnostics.Trials;
import org.neurite.optimizers.Adam;

/**
 * The three stories of the README, from the API and from the command line, with Adam at 0.05 (the CLI's
 * default): each run's exact set of findings (code, severity, layer and units), its root cause, and what
 * retraining with its remedies gives on 10 seeds.
 */
class DiagnosticStoriesTest {
    private static final Adam ADAM = new Adam(0.05);
    private static final INDArray ID1 = matrix(new double[][] {{0}, {1}});

    private static List<String> headlines(Diagnosis d) {
        return d.findings().stream().map(Finding::headline).toList();
    }

    private static Remedy remedy(Diagnosis d, Change change) {
        return d.primary().orElseThrow().remedies().stream().filter(r -> r.change().equals(change)).findFirst()
                .orElseThrow(() -> new AssertionError("no remedy " + change + " in\n" + d));
    }

    private static Diagnosis verified(Setups.Run run, INDArray x, INDArray y, FitOptions fit) {
        return Diagnostics.verify(run.diagnosis(), run.model(), x, y, fit, Trials.defaults().withForce(true));
    }

    /** Story 1: 1-1-1 sigmoid without bias on identity; the output layer's bias is the one that matters. */
    @Test
    void oneOneOneWithoutBiasOnIdentityIsNoBiasInTheOutputLayerWhoseBiasTrainsEverySeed() {
        FitOptions fit = fit(500, 42, Setups.LEARNED);
        Setups.Run run = Setups.train(model(ADAM, Loss.BINARY_CROSSENTROPY, dense(1, "sigmoid").withUseBias(false),
                dense(1, "sigmoid").withUseBias(false)), ID1, ID1, fit);
        assertEquals(List.of("ERROR NO_BIAS in layer 'dense_1' (index 1)"), headlines(run.diagnosis()),
                run.diagnosis()::toString);
        Diagnosis d = verified(run, ID1, ID1, fit);
        assertEquals("trained on 10 of 10 seeds", remedy(d, new Change.Bias(1)).trial().toString()
                .replaceAll(", median.*", ""), d::toString);
        assertEquals(0, remedy(d, new Change.Bias(0)).trial().trained(), d::toString);
    }

    /** Story 2, seed 42: 2-2-1 sigmoid on XOR saturates on rows that need different labels; 5 units fix it. */
    @Test
    void twoTwoOneSigmoidOnXorSaturatesAndFiveUnitsTrainMostSeeds() {
        FitOptions fit = fit(1000, 42, Setups.LEARNED);
        Setups.Run run = Setups.train(model(ADAM, Loss.BINARY_CROSSENTROPY, dense(2, "sigmoid"), dense(1, "sigmoid")),
                truthTable(2), xor(), fit);
        assertEquals(List.of("ERROR SATURATED_UNITS in layer 'dense' (index 0), units [0, 1]"),
                headlines(run.diagnosis()), run.diagnosis()::toString);
        Diagnosis d = verified(run, truthTable(2), xor(), fit);
        assertTrue(remedy(d, new Change.Units(0, 5)).trial().trained() >= 8, d::toString);
    }

    /** Story 2 as a sweep: every seed that misses has SATURATED_UNITS as its root cause. */
    @Test
    void everyTwoTwoOneSigmoidSeedThatMissesXorHasSaturatedUnitsAsItsRootCause() {
        SweepResult result = SeedSweep.of(0, 20).run(seed -> model(ADAM, Loss.BINARY_CROSSENTROPY,
                dense(2, "sigmoid"), dense(1, "sigmoid")).get(), truthTable(2), xor(),
                fit(1000, 0, Setups.LEARNED), Setups.LEARNED);
        assertFalse(result.failures().isEmpty(), result::toString);
        for (SeedRun failure : result.failures()) {
            assertEquals(FindingCode.SATURATED_UNITS, failure.diagnosis().primary().orElseThrow().code(),
                    failure::toString);
        }
    }

    /**
     * Story 3: 2-2-1 ReLU fails more often than 2-5-1; each failure has dead units (a collapse on rows with
     * different labels) or ReLU units that never switch on these rows (the net is then linear on XOR) as its root
     * cause; seed 42's exact findings.
     */
    @Test
    void twoTwoOneReluFailsMoreOftenThanTwoFiveOneAndItsFailuresAreDeadOrNeverSwitchingUnits() {
        SweepResult two = SeedSweep.of(0, 30).run(seed -> model(ADAM, Loss.BINARY_CROSSENTROPY, dense(2, "relu"),
                dense(1, "sigmoid")).get(), truthTable(2), xor(), fit(300, 0, Setups.LEARNED), Setups.LEARNED);
        SweepResult five = SeedSweep.of(0, 30).run(seed -> model(ADAM, Loss.BINARY_CROSSENTROPY, dense(5, "relu"),
                dense(1, "sigmoid")).get(), truthTable(2), xor(), fit(300, 0, Setups.LEARNED), Setups.LEARNED);
        assertTrue(two.successRate() < five.successRate(), () -> two + "\n" + five);
        for (SeedRun failure : two.failures()) {
            FindingCode cause = failure.diagnosis().primary().orElseThrow().code();
            assertTrue(cause == FindingCode.DEAD_UNITS || cause == FindingCode.LINEARLY_INSEPARABLE, failure::toString);
        }
        for (SeedRun success : two.runs().stream().filter(SeedRun::reached).toList()) {
            assertTrue(success.diagnosis().problems().isEmpty(), success::toString);
        }
        Setups.Run run = Setups.train(model(ADAM, Loss.BINARY_CROSSENTROPY, dense(2, "relu"), dense(1, "sigmoid")),
                truthTable(2), xor(), fit(300, 42, Setups.LEARNED));
        assertEquals(List.of("ERROR DEAD_UNITS in layer 'dense' (index 0), units [0, 1]"), headlines(run.diagnosis()),
                run.diagnosis()::toString);
    }

    /** Story 1 from the shell: the exact findings, the root cause, and each remedy as flags with its trial. */
    @Test
    void storyOneFromTheShellNamesTheOutputLayersBiasAsFlagsThatTrainEverySeed() throws Exception {
        CliRun run = CliRun.of("train", "--task", "identity:1", "--layers", "1:sigmoid,1:sigmoid", "--no-bias",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals("NO_BIAS", json.get("primary_cause").asText(), run.out());
        assertEquals(List.of("NO_BIAS"), fieldNames(json.get("findings")), run.out());
        JsonNode remedies = json.get("findings").get("NO_BIAS").get(0).get("remedies");
        assertEquals("--layers \"1:sigmoid,1:sigmoid:bias\"", remedies.get(0).get("flags").asText());
        assertEquals(10, remedies.get(0).get("trained").asInt(), run.out());
        assertEquals("--layers \"1:sigmoid:bias,1:sigmoid\"", remedies.get(1).get("flags").asText());
        assertEquals(0, remedies.get(1).get("trained").asInt(), run.out());
    }

    /** The 1-1 variant from the issue: the goal (accuracy) passes on 0.5 rounding down, NO_BIAS still shows. */
    @Test
    void anOutputPinnedAtOneHalfIsReportedEvenWhenAccuracyPasses() {
        CliRun run = CliRun.of("train", "--task", "identity:1", "--layers", "1:sigmoid", "--no-bias");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(2/2 rows predicted correctly)"), run.out());
        assertTrue(run.out().contains("Cause: WARNING NO_BIAS in layer 'dense' (index 0)"), run.out());
    }

    /** Stories 2 and 3 from the shell: the root cause and the remedy flags. */
    @Test
    void storiesTwoAndThreeFromTheShellNameTheirRootCauseAndRemediesAsFlags() throws Exception {
        JsonNode sigmoid = Json.mapper().readTree(CliRun.of("train", "--layers", "2:sigmoid,1:sigmoid", "--epochs",
                "1000", "--json").out());
        assertEquals("SATURATED_UNITS", sigmoid.get("primary_cause").asText());
        assertEquals(List.of("SATURATED_UNITS"), fieldNames(sigmoid.get("findings")));
        assertEquals("--layers \"5:sigmoid,1:sigmoid\"", sigmoid.get("findings").get("SATURATED_UNITS").get(0)
                .get("remedies").get(0).get("flags").asText());
        JsonNode relu = Json.mapper().readTree(CliRun.of("train", "--layers", "2:relu,1:sigmoid", "--epochs", "300",
                "--json").out());
        assertEquals("DEAD_UNITS", relu.get("primary_cause").asText());
        assertEquals(List.of("DEAD_UNITS"), fieldNames(relu.get("findings")));
        List<String> flags = new ArrayList<>();
        relu.get("findings").get("DEAD_UNITS").get(0).get("remedies").forEach(r -> flags.add(r.get("flags").asText()));
        assertEquals(List.of("--layers \"5:relu,1:sigmoid\"", "--layers \"2:leaky_relu,1:sigmoid\""), flags);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aDeliberatelyWrongBackwardPassIsCaughtByGradientCheck() {
        INDArray x = truthTable(2).castTo(DataType.DOUBLE);
        INDArray y = xor().castTo(DataType.DOUBLE);
        Sequential broken = new Sequential(new BrokenDense(3, Activation.TANH), new Dense(1, Activation.SIGMOID))
                .setDataType(DataType.DOUBLE).build(2, 7);
        broken.compile(new Adam(0.05), Loss.BINARY_CROSSENTROPY);
        GradientCheckResult result = GradientCheck.defaults().check(broken, x, y);
        assertFalse(result.passed(), result::toString);
        assertTrue(result.worst().name().contains("kernel"), result::toString);

        Sequential correct = new Sequential(new BrokenDense(3, Activation.TANH).delegate(),
                new Dense(1, Activation.SIGMOID)).setDataType(DataType.DOUBLE).build(2, 7);
        correct.compile(new Adam(0.05), Loss.BINARY_CROSSENTROPY);
        assertTrue(GradientCheck.defaults().check(correct, x, y).passed());
    }

    @Test
    void severitiesAreOnlyErrorWarningAndInfo() {
        assertEquals(3, Severity.values().length);
    }
}
