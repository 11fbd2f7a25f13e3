package org.neurite.cli.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * One page's Server-Sent Event stream: everything so far on connecting (so a reconnecting page is whole again),
 * then what changes: {@code header}, {@code epochs} (the new epochs' logs), {@code boundaries},
 * {@code findings} and finally {@code done}. A comment every 15 s without news finds pages that went away.
 */
final class EventStream {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LiveState state;
    private final OutputStream out;

    EventStream(LiveState state, OutputStream out) {
        this.state = state;
        this.out = out;
    }

    void run() throws IOException, InterruptedException {
        write("retry: 1000\n\n");
        long seen = -1;
        int epochs = 0;
        String header = null;
        String boundaries = null;
        List<String> findings = null;
        while (true) {
            LiveState.Snapshot s = state.after(seen, epochs, 15_000);
            if (s.version() == seen && !s.done()) {
                write(": still training\n\n");
                continue;
            }
            if (!s.header().equals(header)) {
                header = s.header();
                send("header", header);
            }
            if (!s.epochs().isEmpty()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("first", epochs);
                e.put("logs", s.epochs());
                send("epochs", JSON.writeValueAsString(e));
                epochs += s.epochs().size();
            }
            if (s.boundaries() != null && !s.boundaries().equals(boundaries)) {
                boundaries = s.boundaries();
                send("boundaries", boundaries);
            }
            if (s.findings() != null && !s.findings().equals(findings)) {
                findings = s.findings();
                send("findings", JSON.writeValueAsString(findings));
            }
            if (s.done()) {
                send("done", "{}");
                return;
            }
            seen = s.version();
            state.delivered(seen);
        }
    }

    /** One event; a line break in the data becomes a second {@code data:} line, as the format requires. */
    private void send(String event, String data) throws IOException {
        write("event: " + event + "\ndata: " + data.replace("\r", "").replace("\n", "\ndata: ") + "\n\n");
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
