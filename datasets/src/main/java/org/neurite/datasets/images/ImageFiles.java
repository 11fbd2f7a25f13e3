package org.neurite.datasets.images;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds an {@link Archive}'s four files: in the cache folder, then in the system package's folder, else
 * downloads the missing ones into the cache. A file counts as present under its published name
 * ({@code train-images-idx3-ubyte.gz}) or gunzipped ({@code train-images-idx3-ubyte}).
 */
final class ImageFiles {
    private ImageFiles() {
    }

    /** The four files, in the archive's order. */
    static Path[] locate(Archive archive, ImageOptions options) throws IOException {
        Path cache = options.resolvedCacheDir().resolve(archive.folder());
        Path[] found = find(cache, archive);
        if (complete(found)) {
            return found;
        }
        if (archive.systemFolder() != null) {
            Path[] system = find(archive.systemFolder(), archive);
            if (complete(system)) {
                return system;
            }
        }
        if (!options.download()) {
            throw unavailable(archive, cache, "downloading is turned off (ImageOptions.withDownload(false))", null);
        }
        List<URI> bases = options.mirror() != null ? List.of(options.mirror()) : archive.baseUrls();
        for (int i = 0; i < 4; i++) {
            if (found[i] == null) {
                found[i] = download(archive, i, bases, cache, options);
            }
        }
        return found;
    }

    private static Path download(Archive archive, int i, List<URI> bases, Path cache, ImageOptions options)
            throws IOException {
        String name = archive.files().get(i);
        Path target = cache.resolve(name);
        List<String> failures = new ArrayList<>();
        IOException last = null;
        for (URI base : bases) {
            URI url = base.resolve(name);
            try {
                Download.fetch(url, target, archive.sha256().get(i), options.progress());
                return target;
            } catch (IOException e) {
                failures.add(url + ": " + e);
                last = e;
            }
        }
        throw unavailable(archive, cache, "downloading " + name + " failed: " + String.join("; ", failures), last);
    }

    private static Path[] find(Path folder, Archive archive) {
        Path[] paths = new Path[4];
        for (int i = 0; i < 4; i++) {
            String name = archive.files().get(i);
            Path gz = folder.resolve(name);
            Path plain = folder.resolve(name.substring(0, name.length() - ".gz".length()));
            paths[i] = Files.isRegularFile(gz) ? gz : Files.isRegularFile(plain) ? plain : null;
        }
        return paths;
    }

    private static boolean complete(Path[] paths) {
        for (Path p : paths) {
            if (p == null) {
                return false;
            }
        }
        return true;
    }

    private static DatasetUnavailableException unavailable(Archive archive, Path cache, String why, Throwable cause) {
        StringBuilder how = new StringBuilder();
        how.append(archive.title()).append(" is not available: its files ").append(archive.files())
                .append(" are not in ").append(cache);
        if (archive.systemFolder() != null) {
            how.append(" nor in ").append(archive.systemFolder());
        }
        how.append(", and ").append(why).append(". To get them, ");
        if (archive.installHint() != null) {
            how.append(archive.installHint()).append("; or ");
        }
        how.append("download the four files from ").append(archive.baseUrls().get(0)).append(" into ")
                .append(cache).append(" (or set -D").append(ImageOptions.CACHE_PROPERTY).append(" or $")
                .append(ImageOptions.CACHE_ENV).append(" to a folder holding a '").append(archive.folder())
                .append("' folder with them).");
        return new DatasetUnavailableException(how.toString(), cause);
    }
}
