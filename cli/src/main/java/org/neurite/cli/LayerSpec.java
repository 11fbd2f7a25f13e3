package org.neurite.cli;

import java.util.ArrayList;
import java.util.List;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;

/** Parses {@code --layers "4:tanh,1:sigmoid"}: comma-separated {@code units[:activation]} per Dense layer. */
final class LayerSpec {
    private LayerSpec() {
    }

    static List<Dense> parse(String spec, boolean useBias) {
        if (spec == null || spec.isBlank()) {
            throw new UsageException("--layers is empty; expected e.g. \"4:tanh,1:sigmoid\"");
        }
        List<Dense> layers = new ArrayList<>();
        for (String token : spec.split(",", -1)) {
            String t = token.trim();
            String[] parts = t.split(":", 2);
            int units;
            try {
                units = Integer.parseInt(parts[0].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--layers: bad layer '" + t + "' in \"" + spec
                        + "\"; expected units[:activation], e.g. 4:tanh");
            }
            if (units < 1) {
                throw new UsageException("--layers: bad layer '" + t + "': units must be >= 1");
            }
            Activation activation = Activation.LINEAR;
            if (parts.length == 2) {
                try {
                    activation = Activation.of(parts[1].trim());
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--layers: bad activation '" + parts[1].trim() + "' in '" + t
                            + "'; known: " + String.join(", ", Activation.names()));
                }
            }
            layers.add(new Dense(units, activation).withUseBias(useBias));
        }
        return layers;
    }

    /** "2 → 4 tanh → 1 sigmoid". */
    static String describe(int inputs, List<Dense> layers) {
        StringBuilder sb = new StringBuilder().append(inputs);
        for (Dense d : layers) {
            sb.append(" → ").append(d.units()).append(' ').append(d.activation().name());
        }
        return sb.toString();
    }
}
