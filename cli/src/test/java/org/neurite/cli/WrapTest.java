package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrapTest {
    @Test
    void wrapsAtWordsWithinTheWidthIndentingTheFirstAndTheOtherLines() {
        assertEquals("  one two\n    three\n    four\n", Wrap.lines("one two three four", 10, "  ", "    "));
    }

    @Test
    void aWordLongerThanTheWidthGetsItsOwnLine() {
        assertEquals("a\nabcdefghijkl\nb\n", Wrap.lines("a abcdefghijkl b", 5, "", ""));
    }
}
