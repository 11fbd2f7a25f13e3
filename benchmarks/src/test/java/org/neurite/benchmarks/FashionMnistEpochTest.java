package org.neurite.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FashionMnistEpochTest {
    @Test
    void aPeerListKeepsTheNamedPeersInTheirOrder() {
        assertEquals(List.of("dl4j", "neurite"), List.copyOf(FashionMnistEpoch.chosen("dl4j,neurite")));
        assertEquals(Set.of("neurite", "dl4j", "djl"), FashionMnistEpoch.chosen("neurite,dl4j,djl"));
    }

    @Test
    void anUnknownPeerIsRefusedWithTheNamesThatExist() {
        var e = assertThrows(IllegalArgumentException.class, () -> FashionMnistEpoch.chosen("neurite,keras"));
        assertTrue(e.getMessage().contains("'keras'") && e.getMessage().contains("neurite,keras")
                && e.getMessage().contains("dl4j"), e.getMessage());
    }
}
