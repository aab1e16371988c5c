package org.capexlens.io.sec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fetch} against a real local HTTP server (the JDK's {@link HttpServer}) serving fixture files; no test
 * touches the network. Each failure is one clear sentence and leaves the cached file as it was.
 */
class EdgarClientTest {
    private static final String UA = "Jane Doe jane@example.com";
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/sec");

    private HttpServer server;
    private URI base;
    private final List<Long> requestTimes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path cache;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/xbrl/companyfacts/", this::facts);
        server.createContext("/files/company_tickers.json", ex -> send(ex, 200,
                "{\"0\":{\"cik_str\":1000001,\"ticker\":\"RSTD\",\"title\":\"Restated Corp\"}}"
                        .getBytes(StandardCharsets.UTF_8)));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/xbrl/companyfacts/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void facts(HttpExchange ex) throws IOException {
        requestTimes.add(System.nanoTime());
        String ua = ex.getRequestHeaders().getFirst("User-Agent");
        userAgents.add(ua);
        String name = ex.getRequestURI().getPath().replaceFirst(".*/", "");
        if (ua == null || !ua.contains("@")) {
            send(ex, 403, "<html>Undeclared Automated Tool</html>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        switch (name) {
            case "CIK0001000001.json" -> send(ex, 200, Files.readAllBytes(FIXTURES.resolve("restated.json")));
            case "CIK0000000429.json" -> send(ex, 429, new byte[0]);
            case "CIK0000000408.json" -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200, new byte[0]);
            }
            case "CIK0000000500.json" -> send(ex, 200, Files.readAllBytes(FIXTURES.resolve("malformed.json")));
            default -> send(ex, 404, new byte[0]);
        }
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private EdgarClient client(String ua) {
        return new EdgarClient(base, base.resolve("/files/company_tickers.json"), ua, cache, Duration.ofMillis(800));
    }

    @Test
    void downloadsCompanyFactsWithTheUserAgentIntoTheCache() throws Exception {
        Path file = client(UA).fetchFacts("1000001");
        assertEquals(cache.resolve("CIK0001000001.json"), file);
        assertArrayEquals(Files.readAllBytes(FIXTURES.resolve("restated.json")), Files.readAllBytes(file));
        assertEquals(List.of(UA), userAgents);
        assertEquals("1000001", client(UA).resolve("rstd"));
    }

    @Test
    void withoutAUserAgentNothingIsSentAndTheMessageSaysWhatToGive() {
        SecFetchException e = assertThrows(SecFetchException.class, () -> client("").fetchFacts("1000001"));
        assertTrue(e.getMessage().startsWith("SEC EDGAR requires every request to name who sends it"));
        assertEquals(List.of(), userAgents);
    }

    @Test
    void aUserAgentWithoutAnEmailIsRefusedBeforeAnythingIsSent() throws Exception {
        Path old = cache.resolve("CIK0001000001.json");
        Files.writeString(old, "previous download");
        SecFetchException e = assertThrows(SecFetchException.class, () -> client("CapexLens").fetchFacts("1000001"));
        assertTrue(e.getMessage().startsWith("SEC EDGAR requires"), e.getMessage());
        assertEquals(List.of(), userAgents);
        assertEquals("previous download", Files.readString(old));
    }

    @Test
    void a403FromTheServerIsOneSentenceAndOverwritesNothing() throws Exception {
        Path old = cache.resolve("CIK0001000001.json");
        Files.writeString(old, "previous download");
        // EDGAR answers 403 to a request without a declared User-Agent (its "Undeclared Automated Tool" page).
        server.removeContext("/api/xbrl/companyfacts/");
        server.createContext("/api/xbrl/companyfacts/", ex -> send(ex, 403, new byte[0]));
        SecFetchException e = assertThrows(SecFetchException.class, () -> client(UA).fetchFacts("1000001"));
        assertTrue(e.getMessage().startsWith("SEC EDGAR refused the download of " + base
                + "CIK0001000001.json (HTTP 403)"), e.getMessage());
        assertTrue(e.getMessage().contains("To download by hand: open " + base + "CIK0001000001.json"));
        assertEquals("previous download", Files.readString(old));
    }

    @Test
    void a429AsksToSlowDown() {
        SecFetchException e = assertThrows(SecFetchException.class, () -> client(UA).fetchFacts("429"));
        assertTrue(e.getMessage().startsWith("SEC EDGAR asks to slow down (HTTP 429"), e.getMessage());
        assertTrue(Files.notExists(cache.resolve("CIK0000000429.json")));
    }

    @Test
    void aTimeoutSaysSo() {
        SecFetchException e = assertThrows(SecFetchException.class, () -> client(UA).fetchFacts("408"));
        assertTrue(e.getMessage().startsWith("SEC EDGAR (127.0.0.1) did not answer within 0 seconds. To download "
                + "by hand"), e.getMessage());
        assertTrue(Files.notExists(cache.resolve("CIK0000000408.json")));
    }

    @Test
    void malformedJsonIsRefusedAndTheCachedCopyStays() throws Exception {
        Path old = cache.resolve("CIK0000000500.json");
        Files.writeString(old, "previous download");
        SecFetchException e = assertThrows(SecFetchException.class, () -> client(UA).fetchFacts("500"));
        assertTrue(e.getMessage().contains("is not a company-facts file (cut short, or an error page); nothing was "
                + "saved"), e.getMessage());
        assertEquals("previous download", Files.readString(old));
    }

    @Test
    void aServerThatIsNotThereIsOffline() {
        server.stop(0);
        SecFetchException e = assertThrows(SecFetchException.class, () -> client(UA).fetchFacts("1000001"));
        assertTrue(e.getMessage().contains("cannot be reached: this computer may be offline"), e.getMessage());
    }

    @Test
    void fiveRequestsTakeAtLeastFourHundredMilliseconds() throws Exception {
        // Ten per second at most: the client starts one request every 100 ms, so five span at least 400 ms (measured
        // at the server, where arrival jitter of a few ms is allowed for).
        EdgarClient c = client(UA);
        for (int i = 0; i < 5; i++) {
            c.fetchFacts("1000001");
        }
        long span = requestTimes.get(4) - requestTimes.get(0);
        assertTrue(span >= 390_000_000L, "5 requests in " + span / 1_000_000 + " ms");
    }
}
