package org.neurite.datasets.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /** {@code body} handed out at most {@code chunk} bytes per read, as a network stream does. */
    private static InputStream chunked(byte[] body, int chunk) {
        return new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    /** What copy prints for {@code body} read {@code chunk} bytes at a time, and checks what it copies and hashes. */
    private static String printedByCopy(byte[] body, int chunk, long total) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        String sha = Download.copy(chunked(body, chunk), total, copied,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertArrayEquals(body, copied.toByteArray());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)), sha);
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheBarOnceForEveryWholePercentAtTheFirstReadThatReachesIt() throws Exception {
        // 1000 bytes read 4 at a time: percent p is first reached after the smallest multiple of 4 >= 10 p
        // (and >= 4, the first read); then the final bar ends the line.
        StringBuilder expected = new StringBuilder();
        for (int p = 0; p <= 100; p++) {
            int done = Math.max(4, 4 * (int) Math.ceil(10 * p / 4.0));
            expected.append('\r').append(Download.bar(done, 1000));
        }
        expected.append('\r').append(Download.bar(1000, 1000)).append(System.lineSeparator());
        assertEquals(expected.toString(), printedByCopy(new byte[1000], 4, 1000));
    }

    @Test
    void readsThatJumpSeveralPercentPrintOneBarEach() throws Exception {
        // 1000 bytes read 25 at a time: every read reaches a new percent (2.5 % each).
        StringBuilder expected = new StringBuilder();
        for (int done = 25; done <= 1000; done += 25) {
            expected.append('\r').append(Download.bar(done, 1000));
        }
        expected.append('\r').append(Download.bar(1000, 1000)).append(System.lineSeparator());
        assertEquals(expected.toString(), printedByCopy(new byte[1000], 25, 1000));
    }

    @Test
    void withoutALengthPrintsTheMegabytesOnceForEveryWholeMebibyte() throws Exception {
        // 3.5 MiB read 64 KiB at a time: MiB 0, 1, 2 and 3 are first reached after reads 1, 16, 32 and 48.
        int kib64 = 1 << 16;
        byte[] body = new byte[56 * kib64];
        for (long total : new long[] {-1, 0}) {
            StringBuilder expected = new StringBuilder();
            for (int reads : new int[] {1, 16, 32, 48}) {
                expected.append('\r').append(Download.bar((long) reads * kib64, total));
            }
            expected.append('\r').append(Download.bar(body.length, total)).append(System.lineSeparator());
            assertEquals(expected.toString(), printedByCopy(body, kib64, total), "total " + total);
        }
    }

    @Test
    void copiesAndHashesWithoutAProgressStream() throws Exception {
        byte[] body = "some bytes".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        String sha = Download.copy(chunked(body, 3), body.length, copied, null);
        assertArrayEquals(body, copied.toByteArray());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)), sha);
    }

    @Test
    void aConnectionGivesUpAfterFifteenSecondsToConnectAndSixtyWithoutAByte() throws IOException {
        // Opening a URLConnection does not connect: nothing is sent.
        for (String url : new String[] {"http://127.0.0.1:9/f", "https://127.0.0.1:9/f"}) {
            java.net.URLConnection c = Download.connection(URI.create(url));
            assertEquals(15_000, c.getConnectTimeout(), url);
            assertEquals(60_000, c.getReadTimeout(), url);
        }
    }
}
