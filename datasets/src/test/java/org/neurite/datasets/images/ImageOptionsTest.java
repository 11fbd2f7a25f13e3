package org.neurite.datasets.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImageOptionsTest {
    @Test
    void theDefaultCacheIsUnderTheHomeFolderUnlessTheSystemPropertyMovesIt() {
        String before = System.getProperty(ImageOptions.CACHE_PROPERTY);
        try {
            System.clearProperty(ImageOptions.CACHE_PROPERTY);
            if (System.getenv(ImageOptions.CACHE_ENV) == null) {
                assertEquals(Path.of(System.getProperty("user.home"), ".neurite", "datasets"),
                        ImageOptions.defaults().resolvedCacheDir());
            }
            System.setProperty(ImageOptions.CACHE_PROPERTY, "/tmp/elsewhere");
            assertEquals(Path.of("/tmp/elsewhere"), ImageOptions.defaults().resolvedCacheDir());
            assertEquals(Path.of("/x"), ImageOptions.defaults().withCacheDir(Path.of("/x")).resolvedCacheDir());
        } finally {
            if (before == null) {
                System.clearProperty(ImageOptions.CACHE_PROPERTY);
            } else {
                System.setProperty(ImageOptions.CACHE_PROPERTY, before);
            }
        }
    }

    @Test
    void refusesAMirrorThatIsNotAFolderUrl() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> ImageOptions.defaults().withMirror(URI.create("https://example.org/files"))).getMessage();
        assertTrue(m.contains("mirror=https://example.org/files") && m.contains("ending in '/'"), m);
    }
}
