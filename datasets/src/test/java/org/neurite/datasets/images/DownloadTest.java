package org.neurite.datasets.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadTest {
    @Test
    void drawsAThirtyCharacterBarWithMegabytes() {
        assertEquals("[>.............................] 0.0/2.0 MB", Download.bar(0, 2_000_000));
        assertEquals("[===============>..............] 1.0/2.0 MB", Download.bar(1_000_000, 2_000_000));
        assertEquals("[==============================] 2.0/2.0 MB", Download.bar(2_000_000, 2_000_000));
    }

    @Test
    void showsOnlyTheMegabytesWhenTheServerSendsNoLength() {
        assertEquals("3.5 MB", Download.bar(3_500_000, -1));
    }
}
