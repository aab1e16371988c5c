package org.capexlens.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * DESIGN §7: a 200,000-row capex sheet, as CSV or JSON, loads in a heap of 256 MB. The load runs in a JVM of its
 * own started with {@code -Xmx256m}, so the bound is the real one and not the test JVM's.
 */
@Tag("slow")
class LargeCsvMemoryTest {
    private static final Logger LOG = Logger.getLogger(LargeCsvMemoryTest.class.getName());
    private static final int ROWS = 200_000;
    private static final int COMPANIES = 700;

    @TempDir
    Path dir;

    @Test
    void aCapexSheetOf200000RowsLoadsIn256Megabytes() throws IOException, InterruptedException {
        Path folder = Files.createDirectory(dir.resolve("large"));
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("companies.csv"), StandardCharsets.UTF_8)) {
            w.write("company,name,fiscal_year_end_month,role\n");
            for (int c = 0; c < COMPANIES; c++) {
                w.write("C" + c + ",\"Company " + c + ", Inc.\"," + (c % 12 + 1) + ",hyperscaler\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("capex.csv"), StandardCharsets.UTF_8)) {
            w.write("company,fiscal_year,capex_usd_b,status,source,note\n");
            for (int i = 0; i < ROWS; i++) {
                // 700 companies x 286 years: every (company, fiscal_year) once.
                w.write("C" + (i % COMPANIES) + "," + (1900 + i / COMPANIES) + "," + (i % 1000) / 10.0
                        + ",reported,,\"row " + i + ", quoted\"\n");
            }
        }
        assertLoadsIn256Megabytes(folder);
    }

    @Test
    void aJsonCapexSheetOf200000RowsLoadsIn256Megabytes() throws IOException, InterruptedException {
        Path file = dir.resolve("large.json");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"companies\": [\n");
            for (int c = 0; c < COMPANIES; c++) {
                w.write((c == 0 ? "" : ",\n") + "{\"company\": \"C" + c + "\", \"fiscal_year_end_month\": "
                        + (c % 12 + 1) + ", \"role\": \"hyperscaler\"}");
            }
            w.write("],\n\"capex\": [\n");
            for (int i = 0; i < ROWS; i++) {
                w.write((i == 0 ? "" : ",\n") + "{\"company\": \"C" + (i % COMPANIES) + "\", \"fiscal_year\": "
                        + (1900 + i / COMPANIES) + ", \"capex_usd_b\": " + (i % 1000) / 10.0
                        + ", \"status\": \"reported\", \"note\": \"row " + i + "\"}");
            }
            w.write("]}\n");
        }
        assertLoadsIn256Megabytes(file);
    }

    private static void assertLoadsIn256Megabytes(Path dataset) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LargeCsvProbe.class.getName(), dataset.toString()).redirectErrorStream(true).start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        LOG.info(out);

        assertTrue(done, "the load did not finish within 180 s");
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().filter(l -> l.startsWith("capex=")).toList();
        assertEquals(1, lines.size(), out);
        // no sheet but companies and capex: five warnings for the missing optional sheets, none for rows
        assertTrue(lines.get(0).startsWith("capex=200000 warnings=5 "), out);
        long maxHeapMb = Long.parseLong(lines.get(0).substring(lines.get(0).indexOf("maxHeapMB=") + 10));
        assertTrue(maxHeapMb <= 256, out);
    }
}
