package org.neurite.datasets.images;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

/**
 * How {@link FashionMnist} and {@link Mnist} find and shape their data. Defaults: the default cache folder,
 * labels as one column of class indices (for sparse categorical cross-entropy, as Keras's {@code load_data}),
 * downloading allowed, the canonical URLs, a progress bar on standard error.
 *
 * @param cacheDir the folder holding one sub-folder per dataset; null means {@link #defaultCacheDir()}
 * @param oneHotLabels labels as one-hot rows of 10 columns (for categorical cross-entropy) instead of indices
 * @param download whether to download the files when neither the cache nor the system folder has them
 * @param mirror a base URL (http, https or file) serving the four files under their usual names, tried
 *        instead of the canonical URLs; null for the canonical ones. The SHA-256 check is the same.
 * @param progress where the download progress bar goes; null for none
 */
public record ImageOptions(Path cacheDir, boolean oneHotLabels, boolean download, URI mirror, PrintStream progress) {
    /** The system property that moves the default cache folder. */
    public static final String CACHE_PROPERTY = "neurite.datasets.dir";
    /** The environment variable that moves the default cache folder (the system property wins). */
    public static final String CACHE_ENV = "NEURITE_DATASETS_DIR";

    public ImageOptions {
        if (mirror != null && (mirror.getScheme() == null || !mirror.getPath().endsWith("/"))) {
            throw new IllegalArgumentException("ImageOptions.mirror must be an absolute URL ending in '/' (the four "
                    + "files are resolved against it); received mirror=" + mirror
                    + ". Example: URI.create(\"https://example.org/fashion-mnist/\").");
        }
    }

    /** Default cache folder, class-index labels, downloads allowed, canonical URLs, progress on stderr. */
    public static ImageOptions defaults() {
        return new ImageOptions(null, false, true, null, System.err);
    }

    /**
     * {@code -Dneurite.datasets.dir}, else {@code $NEURITE_DATASETS_DIR}, else {@code ~/.neurite/datasets}
     * (Keras uses {@code ~/.keras/datasets}).
     */
    public static Path defaultCacheDir() {
        String dir = System.getProperty(CACHE_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv(CACHE_ENV);
        }
        if (dir == null || dir.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".neurite", "datasets");
        }
        return Path.of(dir);
    }

    /** The cache folder in use: {@link #cacheDir()} or the default. */
    public Path resolvedCacheDir() {
        return cacheDir != null ? cacheDir : defaultCacheDir();
    }

    public ImageOptions withCacheDir(Path cacheDir) {
        return new ImageOptions(cacheDir, oneHotLabels, download, mirror, progress);
    }

    public ImageOptions withOneHotLabels(boolean oneHotLabels) {
        return new ImageOptions(cacheDir, oneHotLabels, download, mirror, progress);
    }

    public ImageOptions withDownload(boolean download) {
        return new ImageOptions(cacheDir, oneHotLabels, download, mirror, progress);
    }

    public ImageOptions withMirror(URI mirror) {
        return new ImageOptions(cacheDir, oneHotLabels, download, mirror, progress);
    }

    public ImageOptions withProgress(PrintStream progress) {
        return new ImageOptions(cacheDir, oneHotLabels, download, mirror, progress);
    }
}
