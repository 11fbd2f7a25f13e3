package org.neurite.cli.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveServerTest {
    /** An HTTP/1.1 GET over a raw socket, so the test can send any Host header; returns the status line's code. */
    static int status(URI uri, String path, String host, String method) throws IOException {
        try (Socket s = new Socket("127.0.0.1", uri.getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(line.split(" ")[1]);
        }
    }

    /** Reads the event stream (chunked, decoded by the JDK's client) until an event named {@code until}. */
    static List<String> events(URI uri, String until) throws Exception {
        List<String> events = new ArrayList<>();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(uri.resolve("events"))
                .timeout(java.time.Duration.ofSeconds(10)).build();
        try (java.util.stream.Stream<String> lines = client.send(request,
                java.net.http.HttpResponse.BodyHandlers.ofLines()).body()) {
            String[] event = {null};
            java.util.Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith("event: ")) {
                    event[0] = line.substring(7);
                } else if (line.startsWith("data: ") && event[0] != null) {
                    events.add(event[0] + ": " + line.substring(6));
                    if (event[0].equals(until)) {
                        return events;
                    }
                }
            }
        }
        return events;
    }

    @Test
    void servesThePageAndStreamOnlyUnderItsTokenOnLoopbackHosts() throws Exception {
        try (LiveServer server = new LiveServer(new LiveState())) {
            URI uri = URI.create(server.url());
            assertEquals("127.0.0.1", uri.getHost());
            assertTrue(uri.getPath().matches("/[0-9a-f]{32}/"), uri.getPath());
            String host = "127.0.0.1:" + uri.getPort();
            assertEquals(200, status(uri, uri.getPath(), host, "GET"));
            assertEquals(200, status(uri, uri.getPath(), "localhost:" + uri.getPort(), "GET"));
            assertEquals(404, status(uri, "/", host, "GET"));
            assertEquals(404, status(uri, "/" + "0".repeat(32) + "/", host, "GET"), "another token");
            assertEquals(404, status(uri, uri.getPath() + "../etc/passwd", host, "GET"));
            assertEquals(405, status(uri, uri.getPath(), host, "POST"));
            assertEquals(403, status(uri, uri.getPath(), "evil.example:" + uri.getPort(), "GET"), "DNS rebinding");
        }
    }

    @Test
    void twoServersNeverShareAToken() {
        try (LiveServer a = new LiveServer(new LiveState()); LiveServer b = new LiveServer(new LiveState())) {
            assertTrue(!URI.create(a.url()).getPath().equals(URI.create(b.url()).getPath()));
        }
    }

    @Test
    void aReconnectingPageGetsTheWholeHistoryAgainThenTheEnd() throws Exception {
        LiveState state = new LiveState();
        state.header("{\"command\":\"neurite train\"}");
        try (LiveServer server = new LiveServer(state)) {
            URI uri = URI.create(server.url());
            for (int e = 0; e < 3; e++) {
                state.epoch(e + 1, Map.of("loss", 1.0 / (e + 1)));
            }
            state.flush();
            List<String> first = events(uri, "epochs");
            assertEquals("header: {\"command\":\"neurite train\"}", first.get(0));
            assertTrue(first.get(1).startsWith("epochs: {\"first\":0,\"logs\":[{\"loss\":1.0,\"epoch\":1.0},"
                    + "{\"loss\":0.5,\"epoch\":2.0},"),
                    first.get(1));
            state.epoch(4, Map.of("loss", 0.25));
            state.boundaries("{\"epoch\":4}");
            state.findings(List.of("PLATEAU: example"));
            state.finish();
            List<String> again = events(uri, "done");
            assertTrue(again.get(1).startsWith("epochs: {\"first\":0,") && again.get(1).contains("{\"loss\":0.25,\"epoch\":4.0}"),
                    "the whole history again: " + again);
            assertTrue(again.contains("boundaries: {\"epoch\":4}") && again.contains("findings: [\"PLATEAU: example\"]"),
                    again.toString());
            assertEquals("done: {}", again.get(again.size() - 1));
        }
    }

    @Test
    void afterCloseNothingIsServed() throws Exception {
        LiveServer server = new LiveServer(new LiveState());
        URI uri = URI.create(server.url());
        server.close();
        assertThrows(ConnectException.class, () -> status(uri, uri.getPath(), "127.0.0.1:" + uri.getPort(), "GET"));
    }
}
