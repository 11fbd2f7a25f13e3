package org.neurite.cli;

import java.util.ArrayList;
import java.util.List;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Initializer;

/**
 * Parses {@code --layers "4:tanh,1:sigmoid"}: comma-separated {@code units[:activation[:option...]]} per Dense
 * layer, where an option is {@code bias} or {@code nobias} (overriding {@code --no-bias} for that layer) or a
 * kernel initializer's Keras name (e.g. {@code he_uniform}).
 */
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
            String[] parts = t.split(":", 3);
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
            if (parts.length >= 2) {
                try {
                    activation = Activation.of(parts[1].trim());
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--layers: bad activation '" + parts[1].trim() + "' in '" + t
                            + "'; known: " + String.join(", ", Activation.names()));
                }
            }
            Dense dense = new Dense(units, activation).withUseBias(useBias);
            if (parts.length == 3) {
                for (String option : parts[2].split(":")) {
                    dense = option(dense, option.trim(), t);
                }
            }
            layers.add(dense);
        }
        return layers;
    }

    private static Dense option(Dense dense, String option, String token) {
        if (option.equals("bias") || option.equals("nobias")) {
            return dense.withUseBias(option.equals("bias"));
        }
        try {
            return dense.withKernelInitializer(Initializer.of(option));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--layers: bad option '" + option + "' in '" + token + "'; expected bias, nobias "
                    + "or an initializer: " + String.join(", ", Initializer.names()));
        }
    }

    /** The spec that parses back to {@code layers} given the --no-bias setting (bias options only where needed). */
    static String format(List<Dense> layers, boolean noBias) {
        StringBuilder sb = new StringBuilder();
        for (Dense d : layers) {
            sb.append(sb.length() == 0 ? "" : ",").append(d.units()).append(':').append(d.activation().name());
            if (d.useBias() == noBias) {
                sb.append(d.useBias() ? ":bias" : ":nobias");
            }
            if (!d.kernelInitializer().name().equals(Initializer.GLOROT_UNIFORM.name())) {
                sb.append(':').append(d.kernelInitializer().name());
            }
        }
        return sb.toString();
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
