package org.neurite.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws the sweep as a PNG: step time and GEMM floor against batch size (width 128) and width (batch 64). */
final class ScalingChart {
    private ScalingChart() {
    }

    static void write(List<Measurement> all, SuiteMode mode, Path file) throws IOException {
        XYChart byBatch = chart("Step time vs batch size (width 128)", "batch size");
        XYChart byWidth = chart("Step time vs width (batch 64)", "width");
        add(byBatch, all, mode, true);
        add(byWidth, all, mode, false);
        String name = file.toString().replaceAll("\\.png$", "");
        BitmapEncoder.saveBitmap(List.of(byBatch, byWidth), 1, 2, name, BitmapEncoder.BitmapFormat.PNG);
    }

    private static XYChart chart(String title, String xTitle) {
        XYChart chart = new XYChartBuilder().width(640).height(480).title(title).xAxisTitle(xTitle)
                .yAxisTitle("µs per step").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        return chart;
    }

    private static void add(XYChart chart, List<Measurement> all, SuiteMode mode, boolean batchAxis) {
        for (String method : new String[] {"neuriteStep", "gemmFloor"}) {
            java.util.TreeMap<Double, Double> points = new java.util.TreeMap<>();
            for (String shape : mode.sweep()) {
                Workload w = SweepBenchmark.parse(shape);
                boolean onAxis = batchAxis ? w.width(0) == 128 : w.batch() == 64;
                for (Measurement m : all) {
                    if (onAxis && m.is(method, shape)) {
                        points.put((double) (batchAxis ? w.batch() : w.width(0)), m.micros());
                    }
                }
            }
            if (!points.isEmpty()) {
                chart.addSeries(method.equals("neuriteStep") ? "Neurite step" : "GEMM floor",
                                new ArrayList<>(points.keySet()), new ArrayList<>(points.values()))
                        .setMarker(SeriesMarkers.CIRCLE);
            }
        }
    }
}
