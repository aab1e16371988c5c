package org.capexlens.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capexlens.bench.SyntheticData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: legitimate workbooks that POI's default guards refused as built to exhaust memory load within a heap of
 * 256 MB (in a JVM of their own started with {@code -Xmx256m}, as {@link LargeWorkbookMemoryTest}):
 * <ul>
 * <li>2,000 capex rows, each with a note of 30,000 characters of prose, all different (60 MB of text in the
 *     shared-string table would pass its 64 MiB limit, so 2,000 × 30,000 characters is close to the largest
 *     such table we admit);</li>
 * <li>the same rows written with inline strings and one 30,000-character note repeated in every row, so that the
 *     sheet XML (60 MB) unpacks 96-fold, right at POI's ratio limit of 100;</li>
 * <li>1,024 sheets: the capex sheet and 1,023 small sheets of other data (each reported as an unknown sheet).</li>
 * </ul>
 * The malformed corpus (zip bombs among it) is still refused: {@code MalformedCorpusTest}.
 */
@Tag("slow")
class LegitWorkbookMemoryTest {
    private static final Logger LOG = Logger.getLogger(LegitWorkbookMemoryTest.class.getName());
    private static final int ROWS = 2_000;
    private static final int NOTE_CHARS = 30_000;
    private static final String[] WORDS = {"capital", "expenditure", "property", "equipment", "servers", "network",
        "data", "centre", "lease", "finance", "additions", "fiscal", "quarter", "guidance", "depreciation",
        "useful", "life", "accelerated", "GPU", "cluster", "power", "land", "buildings", "construction", "progress",
        "the", "of", "and", "in", "for", "was", "were", "by", "management", "expects", "approximately", "billion"};

    @TempDir
    Path dir;

    private static String prose(Random random) {
        StringBuilder b = new StringBuilder(NOTE_CHARS + 16);
        while (b.length() < NOTE_CHARS) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(10) == 0 ? ". " : " ");
        }
        return b.substring(0, NOTE_CHARS);
    }

    /** The synthetic capex sheet of {@code ROWS} rows with {@code note} giving each row's note. */
    private static List<SyntheticData.Table> withNotes(java.util.function.IntFunction<String> note) {
        List<SyntheticData.Table> out = new ArrayList<>();
        for (SyntheticData.Table t : SyntheticData.capexSheet(ROWS)) {
            if (!t.sheet().equals("capex")) {
                out.add(t);
                continue;
            }
            int noteColumn = t.header().indexOf("note");
            out.add(new SyntheticData.Table(t.sheet(), t.header(), t.rows(), i -> {
                List<Object> row = new ArrayList<>(t.row().apply(i));
                row.set(noteColumn, note.apply(i));
                return row;
            }));
        }
        return out;
    }

    @Test
    void longStringsAndManySheetsLoadIn256Megabytes() throws IOException, InterruptedException {
        Path distinct = dir.resolve("long-notes.xlsx");
        Random random = new Random(15);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            notes.add(prose(random));
        }
        SyntheticData.writeXlsx(withNotes(notes::get), distinct);

        Path repeated = dir.resolve("long-notes-inline.xlsx");
        String one = notes.get(0);
        writeInline(withNotes(i -> one), repeated);

        Path many = dir.resolve("1024-sheets.xlsx");
        List<SyntheticData.Table> sheets = new ArrayList<>(SyntheticData.capexSheet(ROWS));
        for (int s = sheets.size(); s < 1_024; s++) {
            int n = s;
            sheets.add(new SyntheticData.Table("Extra " + n, List.of("label", "value"), 20,
                    i -> List.of("row " + i + " of sheet " + n, (double) i)));
        }
        SyntheticData.writeXlsx(sheets, many);
        try (var zip = new java.util.zip.ZipFile(repeated.toFile())) {
            var capex = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).max(
                    java.util.Comparator.comparingLong(java.util.zip.ZipEntry::getSize)).orElseThrow();
            // Deflate cannot pack a 30,000-character period much better than about 100-fold (matches of at most
            // 258 bytes): measured 96-fold, right at POI's limit, which is what this file is here to exercise.
            assertTrue(capex.getSize() > 90 * capex.getCompressedSize(),
                    "the inline-string sheet must expand about 100-fold to test the ratio: " + capex.getSize() + " / "
                    + capex.getCompressedSize());
        }

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LegitWorkbookProbe.class.getName(), distinct.toString(), repeated.toString(), many.toString()));
        Path log = dir.resolve("probe.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        LOG.info(out);
        assertTrue(done, "the loads did not finish within 5 minutes");
        Matcher heap = Pattern.compile("max heap (\\d+) MB").matcher(out);
        assertTrue(heap.find() && Integer.parseInt(heap.group(1)) <= 256, out);
        for (String name : List.of("long-notes.xlsx", "long-notes-inline.xlsx", "1024-sheets.xlsx")) {
            Matcher m = Pattern.compile("LOADED " + Pattern.quote(name) + " capex=(\\d+) ").matcher(out);
            assertTrue(m.find(), out);
            assertEquals(ROWS, Integer.parseInt(m.group(1)), out);
        }
        assertEquals(0, p.exitValue(), out);
    }

    /** As {@link SyntheticData#writeXlsx} but every text an inline string (SXSSF without a shared-string table). */
    private static void writeInline(List<SyntheticData.Table> tables, Path file) throws IOException {
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
                var out = Files.newOutputStream(file)) {
            for (SyntheticData.Table t : tables) {
                var sheet = wb.createSheet(t.sheet());
                var header = sheet.createRow(0);
                for (int c = 0; c < t.header().size(); c++) {
                    header.createCell(c).setCellValue(t.header().get(c));
                }
                for (int i = 0; i < t.rows(); i++) {
                    var row = sheet.createRow(i + 1);
                    List<Object> cells = t.row().apply(i);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v instanceof java.time.LocalDate d) {
                            row.createCell(c).setCellValue(d);
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
        }
    }
}
