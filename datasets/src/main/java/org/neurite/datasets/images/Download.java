package org.neurite.datasets.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Fetches one file (http, https or file URL) into a folder: the bytes go to a temporary file beside the
 * target while their SHA-256 is computed, and only a file whose digest matches is renamed into place, so the
 * cache never holds a partial or corrupt file.
 */
final class Download {
    private static final int CONNECT_TIMEOUT_MS = 15_000;
    private static final int READ_TIMEOUT_MS = 60_000;
    private static final int BAR = 30;

    private Download() {
    }

    /** Downloads {@code url} to {@code target} if its SHA-256 is {@code sha256} (lower-case hex). */
    static void fetch(URI url, Path target, String sha256, PrintStream progress) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            String actual = copy(url, part, progress);
            if (!actual.equals(sha256)) {
                throw new IOException("SHA-256 mismatch for " + url + ": expected " + sha256 + ", received " + actual
                        + " (the download is corrupt or the server sends another file); nothing was cached.");
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static String copy(URI url, Path part, PrintStream progress) throws IOException {
        URLConnection connection = connection(url);
        long total = connection.getContentLengthLong();
        if (progress != null) {
            progress.println("Downloading " + url);
        }
        try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(part)) {
            return copy(in, total, out, progress);
        }
    }

    /**
     * The connection for {@code url}, not yet connected: it gives up after 15 s without a connection and after
     * 60 s without a byte, so a mirror that hangs fails and the next one is tried.
     */
    static URLConnection connection(URI url) throws IOException {
        URLConnection connection = url.toURL().openConnection();
        connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
        connection.setReadTimeout(READ_TIMEOUT_MS);
        return connection;
    }

    /**
     * Copies {@code in} to {@code out} and returns the SHA-256 of the bytes (lower-case hex). With a progress
     * stream, prints {@code "\r" + bar(done, total)} after each read that reaches a new whole percent of
     * {@code total} (a new whole MiB when {@code total <= 0}, the size unknown), then the last bar on its own line.
     */
    static String copy(InputStream in, long total, OutputStream out, PrintStream progress) throws IOException {
        MessageDigest digest = sha256();
        long done = 0;
        long shown = -1;
        byte[] buffer = new byte[1 << 16];
        for (int k; (k = in.read(buffer)) >= 0; ) {
            digest.update(buffer, 0, k);
            out.write(buffer, 0, k);
            done += k;
            long step = total > 0 ? 100 * done / total : done >> 20;
            if (progress != null && step != shown) {
                shown = step;
                progress.print("\r" + bar(done, total));
            }
        }
        if (progress != null) {
            progress.println("\r" + bar(done, total));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code [=========>....................] 8.7/26.4 MB}, or just the megabytes when the size is unknown. */
    static String bar(long done, long total) {
        double mb = done / 1e6;
        if (total <= 0) {
            return String.format(Locale.ROOT, "%.1f MB", mb);
        }
        int filled = (int) (BAR * Math.min(done, total) / total);
        String arrow = filled >= BAR ? "=".repeat(BAR) : "=".repeat(filled) + ">" + ".".repeat(BAR - filled - 1);
        return String.format(Locale.ROOT, "[%s] %.1f/%.1f MB", arrow, mb, total / 1e6);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256, which every Java platform must provide", e);
        }
    }
}
