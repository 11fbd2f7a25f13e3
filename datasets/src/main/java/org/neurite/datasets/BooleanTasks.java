package org.neurite.datasets;

import java.util.Locale;

/**
 * The classic boolean tasks: the two-input gates, {@code not}, and the n-bit families identity (an n-to-n
 * auto-encoder), parity (1 when an odd number of inputs is 1) and majority (1 when more than half the inputs are
 * 1; a tie gives 0). {@link #byName} resolves the names the CLI accepts.
 */
public final class BooleanTasks {
    /** The names {@link #byName} accepts; {@code N} is a bit count. */
    public static final String KNOWN_NAMES =
            "and, or, nand, nor, xor, xnor, implies, not, identity:N, parity:N, majority:N";

    private BooleanTasks() {
    }

    public static BooleanFunction and() {
        return BooleanFunction.of("and", 2, b -> b[0] && b[1]);
    }

    public static BooleanFunction or() {
        return BooleanFunction.of("or", 2, b -> b[0] || b[1]);
    }

    public static BooleanFunction nand() {
        return BooleanFunction.of("nand", 2, b -> !(b[0] && b[1]));
    }

    public static BooleanFunction nor() {
        return BooleanFunction.of("nor", 2, b -> !(b[0] || b[1]));
    }

    public static BooleanFunction xor() {
        return BooleanFunction.of("xor", 2, b -> b[0] != b[1]);
    }

    public static BooleanFunction xnor() {
        return BooleanFunction.of("xnor", 2, b -> b[0] == b[1]);
    }

    /** Material implication: {@code a -> b}, false only for a=1, b=0. */
    public static BooleanFunction implies() {
        return BooleanFunction.of("implies", 2, b -> !b[0] || b[1]);
    }

    public static BooleanFunction not() {
        return BooleanFunction.of("not", 1, b -> !b[0]);
    }

    /** n inputs copied to n outputs. */
    public static BooleanFunction identity(int bits) {
        requireBits("identity", bits);
        return new BooleanFunction("identity:" + bits, bits, bits, (in, out) -> System.arraycopy(in, 0, out, 0, bits));
    }

    /** 1 when an odd number of the n inputs is 1 (parity:2 is xor). */
    public static BooleanFunction parity(int bits) {
        requireBits("parity", bits);
        return BooleanFunction.of("parity:" + bits, bits, b -> {
            boolean odd = false;
            for (boolean v : b) {
                odd ^= v;
            }
            return odd;
        });
    }

    /** 1 when more than half of the n inputs are 1; with an even n a tie gives 0. */
    public static BooleanFunction majority(int bits) {
        requireBits("majority", bits);
        return BooleanFunction.of("majority:" + bits, bits, b -> {
            int ones = 0;
            for (boolean v : b) {
                ones += v ? 1 : 0;
            }
            return 2 * ones > bits;
        });
    }

    /** The task named {@code name}, e.g. "xor", "identity:3", "parity:4", "majority:3" (case-insensitive). */
    public static BooleanFunction byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("BooleanTasks.byName: name must not be null. Known: " + KNOWN_NAMES
                    + ".");
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        int colon = key.indexOf(':');
        String base = colon < 0 ? key : key.substring(0, colon);
        if (base.equals("identity") || base.equals("parity") || base.equals("majority")) {
            int bits = parseBits(name, colon < 0 ? null : key.substring(colon + 1), base);
            return base.equals("identity") ? identity(bits) : base.equals("parity") ? parity(bits) : majority(bits);
        }
        BooleanFunction gate = gate(base);
        if (gate == null) {
            throw new IllegalArgumentException("BooleanTasks: unknown task '" + name + "'. Known: " + KNOWN_NAMES
                    + ".");
        }
        if (colon >= 0) {
            throw new IllegalArgumentException("BooleanTasks: '" + base + "' has a fixed number of inputs ("
                    + gate.inputs() + ") and takes no bit count; received '" + name + "'. Use '" + base + "'.");
        }
        return gate;
    }

    private static BooleanFunction gate(String base) {
        return switch (base) {
            case "and" -> and();
            case "or" -> or();
            case "nand" -> nand();
            case "nor" -> nor();
            case "xor" -> xor();
            case "xnor" -> xnor();
            case "implies" -> implies();
            case "not" -> not();
            default -> null;
        };
    }

    private static int parseBits(String name, String digits, String base) {
        if (digits == null || !digits.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("BooleanTasks: '" + base + "' needs a bit count after a colon, e.g. '"
                    + base + ":3'; received '" + name + "'.");
        }
        return Integer.parseInt(digits);
    }

    private static void requireBits(String task, int bits) {
        if (bits < 1) {
            throw new IllegalArgumentException("BooleanTasks." + task + ": bits must be >= 1; received bits=" + bits
                    + ".");
        }
    }
}
