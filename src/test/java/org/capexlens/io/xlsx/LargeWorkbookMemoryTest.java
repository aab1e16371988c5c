package org.capexlens.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capexlens.bench.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * DESIGN §7: a 200,000-row capex sheet as an {@code .xlsx} workbook (as Excel writes it, text in the shared-string
 * table) imports in a heap of 256 MB. {@link XlsxImportBench} loads it in a JVM of its own started with
 * {@code -Xmx256m}, so the bound is the real one; the workbook is written here first, where there is room.
 * (The CSV and JSON forms are checked by {@code LargeCsvMemoryTest}.)
 */
@Tag("slow")
class LargeWorkbookMemoryTest {
    private static final Logger LOG = Logger.getLogger(LargeWorkbookMemoryTest.class.getName());
    private static final Pattern RESULT = Pattern.compile(
            "RESULT 200,000 rows: median ([0-9.]+) s .*peak heap in use <= ([0-9.]+) MB, live after GC <= ([0-9.]+) MB");

    @TempDir
    Path dir;

    @Test
    void aCapexWorkbookOf200000RowsImportsIn256Megabytes() throws IOException, InterruptedException {
        Path file = dir.resolve("capex-200k.xlsx");
        SyntheticData.writeXlsx(SyntheticData.capexSheet(200_000), file);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path")));
        if (System.getProperty("java.util.logging.config.file") != null) {
            command.add("-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file"));
        }
        // One warm-up load and one measured load; the bench fails if a row is missing.
        command.addAll(List.of(XlsxImportBench.class.getName(), "200000", "1", file.toString()));
        Path log = dir.resolve("bench.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        LOG.info(out);

        assertTrue(done, "the import did not finish within 5 minutes");
        assertEquals(0, p.exitValue(), out);
        Matcher heap = Pattern.compile("max heap (\\d+) MB").matcher(out);
        assertTrue(heap.find() && Integer.parseInt(heap.group(1)) <= 256, out);
        Matcher m = RESULT.matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Double.parseDouble(m.group(2)) <= 256, out);
    }
}
