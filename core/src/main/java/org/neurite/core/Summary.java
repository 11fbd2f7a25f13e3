package org.neurite.core;

import java.util.List;
import org.neurite.core.layers.Layer;
import org.neurite.core.spi.WeightSpec;

/** Keras's {@code model.summary()} table. */
final class Summary {
    private Summary() {
    }

    static String of(Sequential model) {
        List<Layer> layers = model.layers();
        List<String> names = model.layerNames();
        int column = 29;
        for (int i = 0; i < layers.size(); i++) {
            column = Math.max(column, names.get(i).length() + layers.get(i).className().length() + 5);
        }
        String row = "%-" + column + "s%-22s%14s%n";
        String rule = "_".repeat(column + 36) + "\n";
        String thick = "=".repeat(column + 36) + "\n";
        StringBuilder sb = new StringBuilder();
        sb.append("Model: \"sequential\"\n").append(rule);
        sb.append(String.format(row, " Layer (type)", "Output Shape", "Param #"));
        sb.append(thick);
        int width = model.isBuilt() ? model.inputWidth() : -1;
        long total = 0;
        long trainable = 0;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            long params = 0;
            String count = "0 (unbuilt)";
            if (width > 0) {
                for (WeightSpec spec : layer.weights(width)) {
                    params += spec.length();
                    trainable += spec.trainable() ? spec.length() : 0;
                }
                count = String.valueOf(params);
            }
            total += params;
            int out = width > 0 ? layer.outputWidth(width) : layer.units();
            String name = " " + names.get(i) + " (" + layer.className() + ")";
            String shape = "(None, " + (out > 0 ? String.valueOf(out) : "?") + ")";
            sb.append(String.format(row, name, shape, count));
            sb.append(i + 1 < layers.size() ? "\n" : "");
            width = width > 0 ? out : -1;
        }
        sb.append(thick);
        sb.append("Total params: ").append(total).append('\n');
        sb.append("Trainable params: ").append(trainable).append('\n');
        sb.append("Non-trainable params: ").append(total - trainable).append('\n').append(rule);
        return sb.toString();
    }
}
