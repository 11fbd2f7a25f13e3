package org.neurite.datasets.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadTest {
    @TempDir
    Path dir;

    @Test
    void drawsAThirtyCharacterBarWithMegabytes() {
        assertEquals("[>.............................] 0.0/2.0 MB", Download.bar(0, 2_000_000));
        assertEquals("[===============>..............] 1.0/2.0 MB", Download.bar(1_000_000, 2_000_000));
        assertEquals("[==============================] 2.0/2.0 MB", Download.bar(2_000_000, 2_000_000));
    }

    @Test
    void showsOnlyTheMegabytesWhenTheServerSendsNoLength() {
        assertEquals("3.5 MB", Download.bar(3_500_000, -1));
        assertEquals("0.0 MB", Download.bar(5, 0), "a length of 0 is no length");
    }

    /** Serves {@code body} at /f, with its length or (chunked) without. */
    private static HttpServer serve(byte[] body, boolean withLength) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/f", exchange -> {
            exchange.sendResponseHeaders(200, withLength ? body.length : 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** The progress lines: what each carriage return or newline ends. */
    private static List<String> fetch(byte[] body, boolean withLength, Path target) throws Exception {
        HttpServer server = serve(body, withLength);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            URI url = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                    + "/f");
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            Download.fetch(url, target, sha, new PrintStream(printed, true, StandardCharsets.UTF_8));
        } finally {
            server.stop(0);
        }
        List<String> lines = new ArrayList<>();
        for (String part : printed.toString(StandardCharsets.UTF_8).split("[\r\n]+")) {
            if (!part.isEmpty()) {
                lines.add(part);
            }
        }
        return lines;
    }

    @Test
    void aDownloadOfKnownLengthShowsBarsWhileItRunsAndEndsOnTheFullBar() throws Exception {
        byte[] body = new byte[3_000_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31);
        }
        Path target = dir.resolve("f.bin");
        List<String> lines = fetch(body, true, target);
        assertArrayEquals(body, Files.readAllBytes(target));
        assertTrue(lines.get(0).startsWith("Downloading http://"), lines.get(0));
        assertEquals("[==============================] 3.0/3.0 MB", lines.get(lines.size() - 1));
        List<String> bars = lines.subList(1, lines.size() - 1);
        assertTrue(bars.size() >= 2, () -> "updates while downloading: " + bars); // at least 0% and 100%
        for (String bar : bars) {
            assertTrue(bar.matches("\\[[=>.]{30}\\] \\d\\.\\d/3\\.0 MB"), bar);
        }
    }

    @Test
    void aDownloadOfUnknownLengthShowsItsMegabytes() throws Exception {
        byte[] body = new byte[2_500_000];
        List<String> lines = fetch(body, false, dir.resolve("g.bin"));
        assertEquals("2.5 MB", lines.get(lines.size() - 1));
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.matches("\\d\\.\\d MB"), line);
        }
    }
}
