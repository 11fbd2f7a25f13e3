package org.neurite.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static List<Measurement> measurements(double tinyStep) {
        List<Measurement> all = new ArrayList<>();
        all.add(new Measurement("StepBenchmark.neuriteStep", "xor-tiny", tinyStep, tinyStep, 0, "1 thread"));
        all.add(new Measurement("StepBenchmark.dl4jStep", "xor-tiny", 800, 800, 1000, "1 thread"));
        all.add(new Measurement("StepBenchmark.plainJavaXorStep", "", 1.0, 1.0, 0, "1 thread"));
        all.add(new Measurement("StepBenchmark.neuriteStep", "mlp-medium", 90, 90, 300, "1 thread"));
        all.add(new Measurement("StepBenchmark.gemmFloor", "mlp-medium", 60, 60, 0, "1 thread"));
        return all;
    }

    @Test
    void targetsTableComputesRatiosFromTheMeasurementsAndMarksMisses() {
        String md = new Report(measurements(2.0), SuiteMode.QUICK, 1.0, "test Adam").markdown();
        assertTrue(md.contains("| xor-tiny step ≤ 3 × plain Java | 2.00 | yes |"), md);
        assertTrue(md.contains("| mlp-medium step ≤ 1.5 × GEMM floor | 1.50 | yes |"), md);
        assertTrue(md.contains("| mlp-medium heap bytes per step ≤ 256 | 300 | **no** |"), md);
        assertTrue(md.contains("| mlp-large step ≤ 1.25 × GEMM floor | – | not measured |"), md);
        String slower = new Report(measurements(3.5), SuiteMode.QUICK, 1.0, "test Adam").markdown();
        assertTrue(slower.contains("| xor-tiny step ≤ 3 × plain Java | 3.50 | **no** |"), slower);
    }

    @Test
    void stepBytesComeFromTheAverageTimeRunWhileTimesComeFromTheSampledRun() {
        List<Measurement> all = measurements(2.0);
        all.add(new Measurement("StepBenchmark.neuriteStep", "mlp-medium", 500, 500, 12, "1 thread",
                Measurement.AVERAGED));
        String md = new Report(all, SuiteMode.QUICK, 1.0, "test Adam").markdown();
        assertTrue(md.contains("| mlp-medium heap bytes per step ≤ 256 | 12.00 | yes |"), md);
        assertTrue(md.contains("| mlp-medium step ≤ 1.5 × GEMM floor | 1.50 | yes |"), md);
        String json = new Report(all, SuiteMode.QUICK, 1.0, "test Adam").json();
        assertTrue(json.contains("\"heapBytesPerCall\": 12.0000, \"threads\": \"1 thread\", \"mode\": \"avgt\""), json);
    }

    @Test
    void diagnoseTableGivesMillisecondsAndTheRatioToPredictFromTheSameRun() {
        List<Measurement> all = measurements(2.0);
        all.add(new Measurement("DiagnoseBenchmark.diagnose", "", 9000, 9500, 0, "1 thread"));
        all.add(new Measurement("DiagnoseBenchmark.predict", "", 4000, 4100, 0, "1 thread"));
        String md = new Report(all, SuiteMode.QUICK, 1.0, "test Adam").markdown();
        assertTrue(md.contains("| diagnose (no trials) | 9.00 | 2.25 |"), md);
        assertTrue(md.contains("| predict (the same rows) | 4.00 | 1.00 |"), md);
        assertTrue(md.contains("| diagnose 784-128-10 on 1,000 rows, no trials, ≤ 20 ms | 9.00 | yes |"), md);
        all.set(all.size() - 2, new Measurement("DiagnoseBenchmark.diagnose", "", 25000, 25000, 0, "1 thread"));
        String slow = new Report(all, SuiteMode.QUICK, 1.0, "test Adam").markdown();
        assertTrue(slow.contains("| diagnose 784-128-10 on 1,000 rows, no trials, ≤ 20 ms | 25.00 | **no** |"), slow);
    }

    @Test
    void jsonHasOneRecordPerMeasurementWithNullForMissingNumbers() {
        List<Measurement> all = measurements(2.0);
        all.add(new Measurement("AdamBenchmark.copyBandwidth", "", 300, 310, Double.NaN, "2 threads"));
        String json = new Report(all, SuiteMode.QUICK, 1.5, "test Adam").json();
        assertTrue(json.contains("\"mode\": \"quick\""), json);
        assertTrue(json.contains("\"benchmark\": \"AdamBenchmark.copyBandwidth\", \"param\": \"\", \"medianMicros\": 300.000,"
                + " \"meanMicros\": 310.000, \"heapBytesPerCall\": null"), json);
        assertTrue(json.split("\"benchmark\"").length - 1 == all.size(), json);
    }

    @Test
    void layersTableReportsTheStepWithDropoutAndBatchNormalizationAgainstPlainMlpMedium() {
        List<Measurement> all = measurements(2.0);
        all.add(new Measurement("LayersBenchmark.step", "mlp-medium", 300, 310, 0.5, "1 thread"));
        all.add(new Measurement("LayersBenchmark.step", "mlp-medium-dropout-bn", 420, 430, 0.5, "1 thread"));
        String md = new Report(all, SuiteMode.QUICK, 1.0, "test Adam").markdown();
        assertTrue(md.contains("| mlp-medium | 300 | 1.00 | 0.500 |"), md);
        assertTrue(md.contains("| mlp-medium with Dropout + BatchNormalization | 420 | 1.40 | 0.500 |"), md);
        String missing = new Report(measurements(2.0), SuiteMode.QUICK, 1.0, "test Adam").markdown();
        assertTrue(missing.contains("| mlp-medium with Dropout + BatchNormalization | – | – | – |"), missing);
    }
}
