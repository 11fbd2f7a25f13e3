package org.neurite.datasets.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {
    @TempDir
    Path cache;

    HttpServer server;
    final List<String> requests = new ArrayList<>();

    /** A loopback server that serves Debian's Fashion-MNIST files under /fmnist/, as a mirror would. */
    @BeforeEach
    void serveDebiansFiles() throws IOException {
        Path folder = DebianFiles.folder();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fmnist/", exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            Path file = folder.resolve(exchange.getRequestURI().getPath().substring("/fmnist/".length()));
            if (!Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fmnist/");
    }

    @Test
    void downloadsEveryFileIntoTheCacheWithAProgressBarAndFindsThemThereNextTime() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ImageOptions options = ImageOptions.defaults().withCacheDir(cache)
                .withProgress(new PrintStream(log, true, StandardCharsets.UTF_8));
        Path[] files = ImageFiles.locate(DebianFiles.servedFrom(base()), options);
        for (int i = 0; i < 4; i++) {
            assertEquals(cache.resolve("fashion-mnist").resolve(Archive.FASHION_MNIST.files().get(i)), files[i]);
            assertEquals(DebianFiles.digests().get(i), DebianFiles.sha256(files[i]));
        }
        String printed = log.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Downloading " + base() + "train-images-idx3-ubyte.gz"), printed);
        assertTrue(printed.contains("[==============================] 26.4/26.4 MB"), printed);
        assertEquals(4, requests.size());
        assertArrayEquals(files, ImageFiles.locate(DebianFiles.servedFrom(base()), options));
        assertEquals(4, requests.size(), "the second call must use the cache");
        try (Stream<Path> left = Files.list(cache.resolve("fashion-mnist"))) {
            assertEquals(4, left.count(), "no temporary .part file may be left");
        }
    }

    @Test
    void downloadsOnlyTheFilesMissingFromTheCache() throws IOException {
        Path folder = Files.createDirectories(cache.resolve("fashion-mnist"));
        for (String name : List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                "t10k-images-idx3-ubyte.gz")) {
            Files.copy(DebianFiles.folder().resolve(name), folder.resolve(name));
        }
        ImageFiles.locate(DebianFiles.servedFrom(base()), ImageOptions.defaults().withCacheDir(cache).withProgress(null));
        assertEquals(List.of("/fmnist/t10k-labels-idx1-ubyte.gz"), requests);
    }

    @Test
    void refusesFilesWhoseSha256DiffersFromThePublishedOnesAndCachesNothing() throws IOException {
        // Debian recompressed the published .gz files, so their bytes differ from the published digests.
        ImageOptions options = ImageOptions.defaults().withCacheDir(cache).withMirror(base()).withProgress(null);
        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> ImageFiles.locate(Archive.FASHION_MNIST.withSystemFolder(null), options));
        assertTrue(e.getMessage().contains("SHA-256 mismatch for " + base() + "train-images-idx3-ubyte.gz: expected "
                + Archive.FASHION_MNIST.sha256().get(0) + ", received " + DebianFiles.digests().get(0)), e.getMessage());
        try (Stream<Path> left = Files.list(cache.resolve("fashion-mnist"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void downloadsFromAFileUrl() throws IOException {
        Archive archive = DebianFiles.servedFrom(DebianFiles.folder().toUri());
        Path[] files = ImageFiles.locate(archive, ImageOptions.defaults().withCacheDir(cache).withProgress(null));
        assertEquals(DebianFiles.digests().get(3), DebianFiles.sha256(files[3]));
    }

    @Test
    void offlineSaysWhereItLookedWhyTheDownloadFailedAndHowToGetTheFiles() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path system = cache.resolve("no-such-system-folder");
        ImageOptions options = ImageOptions.defaults().withCacheDir(cache).withProgress(null)
                .withMirror(URI.create("http://127.0.0.1:" + closedPort + "/"));
        String m = assertThrows(DatasetUnavailableException.class,
                () -> ImageFiles.locate(Archive.FASHION_MNIST.withSystemFolder(system), options)).getMessage();
        assertTrue(m.startsWith("Fashion-MNIST is not available: its files [train-images-idx3-ubyte.gz, "), m);
        assertTrue(m.contains("are not in " + cache.resolve("fashion-mnist") + " nor in " + system), m);
        assertTrue(m.contains("downloading train-images-idx3-ubyte.gz failed: http://127.0.0.1:" + closedPort), m);
        assertTrue(m.contains("sudo apt-get install dataset-fashion-mnist; or download the four files from "
                + "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/ into " + cache.resolve("fashion-mnist")),
                m);
    }

    @Test
    void withDownloadsOffSaysSoWithoutConnecting() {
        ImageOptions options = ImageOptions.defaults().withCacheDir(cache).withDownload(false).withMirror(base());
        String m = assertThrows(DatasetUnavailableException.class,
                () -> ImageFiles.locate(Archive.MNIST, options)).getMessage();
        assertTrue(m.contains("downloading is turned off") && m.contains("cvdf-datasets/mnist/"), m);
        assertEquals(List.of(), requests);
    }

    @Test
    void prefersTheCacheFolderOverTheSystemFolderAndAcceptsGunzippedFiles() throws IOException {
        TinyIdx.write(cache.resolve("fashion-mnist"), 3, 2, false);
        Path[] files = ImageFiles.locate(Archive.FASHION_MNIST, ImageOptions.defaults().withCacheDir(cache));
        assertEquals(cache.resolve("fashion-mnist").resolve("t10k-labels-idx1-ubyte"), files[3]);
    }
}
