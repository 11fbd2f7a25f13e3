package org.neurite.cli.report;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Training curves drawn with XChart. */
final class Charts {
    private Charts() {
    }

    /** One line per series whose name passes {@code wanted}, over the epochs. */
    static BufferedImage curves(String title, Map<String, List<Double>> series, java.util.function.Predicate<String> wanted) {
        XYChart chart = new XYChartBuilder().width(640).height(360).title(title).xAxisTitle("epoch")
                .yAxisTitle(title).build();
        chart.getStyler().setLegendVisible(true);
        for (Map.Entry<String, List<Double>> e : series.entrySet()) {
            if (!wanted.test(e.getKey()) || e.getValue().isEmpty()) {
                continue;
            }
            double[] xs = new double[e.getValue().size()];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = i + 1;
                ys[i] = e.getValue().get(i);
            }
            chart.addSeries(e.getKey(), xs, ys).setMarker(SeriesMarkers.NONE);
        }
        int epochs = series.values().stream().mapToInt(List::size).max().orElse(1);
        long step = roundStep(epochs / 5.0);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax((double) step * (long) Math.ceil(epochs / (double) step));
        chart.getStyler().setXAxisDecimalPattern("#");
        chart.getStyler().setXAxisLabelRotation(45);
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("(none)", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        }
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... at least {@code raw}. */
    static long roundStep(double raw) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m >= raw) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }
}
