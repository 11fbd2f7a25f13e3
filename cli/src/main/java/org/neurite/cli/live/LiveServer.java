package org.neurite.cli.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the live page on 127.0.0.1 at a free port chosen by the system, under a random 128-bit token:
 * {@code GET /TOKEN/} is the page and {@code GET /TOKEN/events} its Server-Sent Event stream; any other path,
 * method or token gets 404 or 405, and a Host header other than 127.0.0.1 or localhost at this port gets 403
 * (so a web page cannot reach the server through DNS rebinding). Built on the JDK's
 * {@code com.sun.net.httpserver}: no dependency, millisecond start-up, and a streamed response is all
 * Server-Sent Events need (the browser's EventSource reconnects by itself).
 */
public final class LiveServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final String token;
    private final LiveState state;
    private final AtomicInteger pages = new AtomicInteger();
    private final byte[] html;

    LiveServer(LiveState state) {
        this.state = state;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        token = HexFormat.of().formatHex(random);
        try (InputStream in = LiveServer.class.getResourceAsStream("live.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("/*STYLE*/", org.neurite.cli.report.Html.STYLE).getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("--live: cannot start the page server: " + e.getMessage(), e);
        }
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "neurite-live");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The page's address, with its token. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + token + "/";
    }

    /** How many pages are connected now. */
    int pages() {
        return pages.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            int port = server.getAddress().getPort();
            if (!("127.0.0.1:" + port).equals(host) && !("localhost:" + port).equals(host)) {
                reply(exchange, 403, "forbidden host\n");
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "only GET\n");
            } else if (exchange.getRequestURI().getRawPath().equals("/" + token + "/")) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, html.length);
                exchange.getResponseBody().write(html);
            } else if (exchange.getRequestURI().getRawPath().equals("/" + token + "/events")) {
                stream(exchange);
            } else {
                reply(exchange, 404, "not found\n");
            }
        }
    }

    private static void reply(HttpExchange exchange, int code, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, body.length);
        exchange.getResponseBody().write(body);
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        pages.incrementAndGet();
        try {
            new EventStream(state, out).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page went away (closed, reloaded or reconnecting): nothing to do, EventSource reconnects.
        } finally {
            pages.decrementAndGet();
        }
    }

    /** Tells the pages that training ended, lets them receive it (at most 2 s), then stops serving. */
    @Override
    public void close() {
        state.finish();
        long end = System.currentTimeMillis() + 2000;
        while (pages.get() > 0 && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
