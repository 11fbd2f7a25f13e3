package org.neurite.cli;

/** Greedy word wrapping to a width, with one indent for the first line and another for the rest. */
final class Wrap {
    private Wrap() {
    }

    /** The text wrapped into lines of at most {@code width} characters (a longer word gets its own line). */
    static String lines(String text, int width, String first, String rest) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        return out.append(line).append('\n').toString();
    }
}
