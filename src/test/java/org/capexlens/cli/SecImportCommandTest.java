package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.io.ImportResult;
import org.capexlens.io.load.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sec-import}: fixture files into a dataset that {@code validate} accepts and {@code compute} uses; the
 * {@code --dry-run} table; {@code --fetch} from a local server. The fixture meta-cli.json carries Meta's CIK.
 */
class SecImportCommandTest {
    private static final String FIXTURE = "src/test/resources/fixtures/sec/meta-cli.json";

    @Test
    void importsIntoADatasetThatValidateAcceptsAndComputeUses(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("updated.xlsx");
        CliRun run = CliRun.of("sec-import", FIXTURE, "--since", "2024", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("companies updated: 1 (Meta)"), run.out());
        ImportResult r = DatasetReader.read(out);
        Dataset d = r.dataset();
        CapexRow meta2025 = d.capex().stream().filter(c -> c.company().equals("Meta") && c.fiscalYear() == 2025)
                .findFirst().orElseThrow();
        assertEquals(69.691, meta2025.capexUsdB(), 1e-12);
        assertEquals("purchases of P&E", meta2025.definition());
        assertEquals("https://www.sec.gov/Archives/edgar/data/1326801/000162828026003942/"
                + "0001628280-26-003942-index.htm", d.sourcesById().get(meta2025.source()).url());
        FinancialsRow f2024 = d.financials().stream().filter(c -> c.company().equals("Meta")
                && c.fiscalYear() == 2024).findFirst().orElseThrow();
        assertEquals(164.501, f2024.revenueUsdB(), 1e-12);
        assertEquals(0.12, f2024.taxRate(), 1e-12);
        // Meta 2026 guidance is not in the filings: kept from the base dataset.
        assertTrue(d.capex().stream().anyMatch(c -> c.company().equals("Meta") && c.fiscalYear() == 2026));
        // Other companies untouched.
        assertEquals(DatasetReader.read(Path.of("data/ai-economics.xlsx")).dataset().capex().stream()
                .filter(c -> c.company().equals("Microsoft")).toList(),
                d.capex().stream().filter(c -> c.company().equals("Microsoft")).toList());
        assertEquals(ExitCode.OK, CliRun.of("validate", out.toString()).exitCode());
        CliRun compute = CliRun.of("compute", "--data", out.toString(), "--format", "csv");
        assertEquals(ExitCode.OK, compute.exitCode(), compute.err());
        assertTrue(compute.out().contains("Meta"));
    }

    @Test
    void dryRunPrintsTheTableAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("updated.xlsx");
        CliRun run = CliRun.of("sec-import", FIXTURE, "--since", "2024", "--dry-run", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.outLines().contains("Meta         2025   capex_usd_b                   72.22     69.691  "
                + "10-K 0001628280-26-003942 filed 2026-01-29"), run.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void withoutOutOrDryRunIsAUsageError() {
        CliRun run = CliRun.of("sec-import", FIXTURE);
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("sec-import needs --out FILE.xlsx"));
    }

    @Test
    void fetchDownloadsFromTheGivenServerAndARefusalIsOneSentence(@TempDir Path dir) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = Files.readAllBytes(Path.of(FIXTURE));
        server.createContext("/api/xbrl/companyfacts/", ex -> {
            boolean ok = ex.getRequestURI().getPath().endsWith("CIK0001326801.json");
            ex.sendResponseHeaders(ok ? 200 : 429, ok ? body.length : -1);
            try (OutputStream o = ex.getResponseBody()) {
                if (ok) {
                    o.write(body);
                }
            }
        });
        server.start();
        String old = System.getProperty("capexlens.home");
        System.setProperty("capexlens.home", dir.toString());
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/xbrl/companyfacts/";
            CliRun run = CliRun.of("sec-import", "--fetch", "1326801", "--user-agent", "Jane Doe jane@example.com",
                    "--base-url", base, "--since", "2024", "--dry-run");
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertTrue(Files.exists(dir.resolve("sec-cache/CIK0001326801.json")));
            assertTrue(Files.readString(dir.resolve("sec.properties")).contains("Jane Doe jane@example.com"));
            CliRun refused = CliRun.of("sec-import", "--fetch", "789019", "--base-url", base, "--dry-run");
            assertEquals(ExitCode.IO, refused.exitCode());
            assertTrue(refused.err().startsWith("SEC EDGAR asks to slow down (HTTP 429"), refused.err());
        } finally {
            server.stop(0);
            if (old == null) {
                System.clearProperty("capexlens.home");
            } else {
                System.setProperty("capexlens.home", old);
            }
        }
    }
}
