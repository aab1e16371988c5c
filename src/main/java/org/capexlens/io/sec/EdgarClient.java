package org.capexlens.io.sec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.ImportException;
import org.capexlens.io.WriteException;
import org.capexlens.text.Messages;

/**
 * Downloads company-facts files from SEC EDGAR over HTTPS with the SEC's fair-access rules: a User-Agent naming
 * the user and an e-mail address on every request, and at most ten requests per second (one every 100 ms, across
 * the client). A file is checked to be company facts before it replaces the cached copy in {@code cacheDir}, so a
 * refused, cut-short or error-page download overwrites nothing. The base addresses are parameters so that tests
 * serve fixtures from a local server.
 */
public final class EdgarClient {
    /** The SEC's address of company facts: {@code <base>CIK##########.json}. */
    public static final URI FACTS_BASE = URI.create("https://data.sec.gov/api/xbrl/companyfacts/");
    /** The SEC's list of tickers and CIKs. */
    public static final URI TICKERS = URI.create("https://www.sec.gov/files/company_tickers.json");
    /** Ten requests per second at most. */
    static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private static final Logger LOG = Logger.getLogger(EdgarClient.class.getName());

    private final URI factsBase;
    private final URI tickers;
    private final String userAgent;
    private final Path cacheDir;
    private final Duration timeout;
    private final HttpClient http;
    private long lastRequest;

    /**
     * @param factsBase  e.g. {@link #FACTS_BASE}; ends with {@code /}.
     * @param tickers    e.g. {@link #TICKERS}.
     * @param userAgent  the user's name and e-mail ({@code Jane Doe jane@example.com}); blank is refused before
     *                   any request is made.
     * @param cacheDir   where downloads are kept (created when needed).
     * @param timeout    per request.
     */
    public EdgarClient(URI factsBase, URI tickers, String userAgent, Path cacheDir, Duration timeout) {
        this.factsBase = Objects.requireNonNull(factsBase, "factsBase");
        this.tickers = Objects.requireNonNull(tickers, "tickers");
        this.userAgent = userAgent == null ? "" : userAgent.trim();
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Whether a User-Agent is what the SEC asks for: some name and an e-mail address. */
    public static boolean acceptableUserAgent(String ua) {
        return ua != null && ua.trim().matches(".*\\S+\\s+\\S+@\\S+\\.\\S+.*");
    }

    /** {@code CIK0000789019.json}. */
    public static String factsFileName(String cik) {
        return String.format(Locale.ROOT, "CIK%010d.json", Long.parseLong(cik));
    }

    /** The address of a company's facts. */
    public URI factsUri(String cik) {
        return factsBase.resolve(factsFileName(cik));
    }

    /**
     * Downloads one company's facts into the cache and returns the file.
     *
     * @param cik  digits.
     * @throws SecFetchException   with the sentence to show; the cached copy (if any) is untouched.
     * @throws InterruptedException when cancelled.
     */
    public Path fetchFacts(String cik) throws SecFetchException, InterruptedException {
        URI uri = factsUri(cik);
        byte[] body = get(uri, cik);
        try {
            new CompanyFactsParser(Set.of()).read(new ByteArrayInputStream(body), factsFileName(cik));
        } catch (ImportException | IOException e) {
            throw new SecFetchException(Messages.get("sec.fetch.malformed", uri.toString(), manual(cik)), e);
        }
        Path target = cacheDir.resolve(factsFileName(cik));
        try {
            Files.createDirectories(cacheDir);
            AtomicFiles.write(target, body);
        } catch (WriteException e) {
            throw new SecFetchException(e.getMessage(), e);
        } catch (IOException e) {
            throw new SecFetchException(Messages.get("write.noFolder", cacheDir.toString()), e);
        }
        return target;
    }

    /**
     * The CIK of a ticker ({@code MSFT}) from the SEC's ticker list; a number is taken for a CIK as it is.
     *
     * @throws SecFetchException  when the list cannot be had or does not hold the ticker.
     */
    public String resolve(String tickerOrCik) throws SecFetchException, InterruptedException {
        String t = tickerOrCik.trim();
        if (t.matches("\\d{1,10}")) {
            return org.capexlens.domain.Company.normalizeCik(t);
        }
        byte[] body = get(tickers, t);
        try {
            for (JsonNode n : new ObjectMapper().readTree(body)) {
                if (n.path("ticker").asText().equalsIgnoreCase(t)) {
                    return org.capexlens.domain.Company.normalizeCik(n.path("cik_str").asText());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SecFetchException(Messages.get("sec.fetch.tickersMalformed", tickers.toString()), e);
        }
        throw new SecFetchException(Messages.get("sec.fetch.unknownTicker", t), null);
    }

    private byte[] get(URI uri, String what) throws SecFetchException, InterruptedException {
        if (!acceptableUserAgent(userAgent)) {
            throw new SecFetchException(Messages.get("sec.fetch.noUserAgent"), null);
        }
        pace();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent)
                .header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new SecFetchException(Messages.get("sec.fetch.timeout", uri.getHost(), timeout.toSeconds(),
                    manual(what)), e);
        } catch (ConnectException e) {
            throw new SecFetchException(Messages.get("sec.fetch.offline", uri.getHost(), manual(what)), e);
        } catch (IOException e) {
            LOG.log(Level.FINE, "GET " + uri, e);
            throw new SecFetchException(Messages.get("sec.fetch.offline", uri.getHost(), manual(what)), e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        String manual = manual(what);
        String message = switch (status) {
            case 403 -> Messages.get("sec.fetch.forbidden", uri.toString(), manual);
            case 404 -> Messages.get("sec.fetch.notFound", uri.toString(), manual);
            case 429 -> Messages.get("sec.fetch.tooMany", uri.toString(), manual);
            default -> Messages.get("sec.fetch.status", uri.toString(), manual, status);
        };
        throw new SecFetchException(message, null);
    }

    /** How to get the file without CapexLens. */
    private String manual(String what) {
        String file = what.matches("\\d{1,10}") ? factsBase.resolve(factsFileName(what)).toString()
                : factsBase + "CIK##########.json";
        return Messages.get("sec.fetch.manual", file);
    }

    /** At most ten requests per second from this client. */
    private synchronized void pace() throws InterruptedException {
        long now = System.nanoTime();
        long wait = lastRequest + MIN_INTERVAL_NANOS - now;
        if (lastRequest != 0 && wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        lastRequest = System.nanoTime();
    }
}
