package org.capexlens.io.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.capexlens.bench.HeapWatch;
import org.capexlens.bench.SyntheticData;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportResult;

/**
 * DESIGN §7: a 200,000-row capex sheet must import in bounded memory (well under a 256 MB heap). Generates such a
 * workbook with {@link SyntheticData#capexSheet(int)} (shared strings, as Excel writes them; 1,000 companies × 200
 * fiscal years, so every row is a valid, distinct company-year), then times {@link DatasetReader#read} and reports
 * the peak heap.
 *
 * <p>Run with a small heap to prove the bound:
 * {@code java -Xmx256m -cp target/classes:target/test-classes:<dependency classpath>
 * org.capexlens.io.xlsx.XlsxImportBench [rows] [runs] [file]}. Without {@code file} the workbook goes to a temporary
 * file that is deleted afterwards; with it, an existing file is reused (so that the reader alone can be run in a
 * heap too small for the generator) and a missing one is generated there and kept.
 */
public final class XlsxImportBench {
    /** Largest heap in use right after a collection during the current run: the live set, garbage excluded. */

    private XlsxImportBench() {
    }

    public static void main(String[] args) throws Exception {
        // POI logs through Log4j; without a provider it prints an error line (TOOLCHAIN pitfall 6).
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        HeapWatch.start();
        boolean keep = args.length > 2;
        Path file = keep ? Path.of(args[2]) : Files.createTempFile("capexlens-bench-", ".xlsx");
        try {
            long t0 = System.nanoTime();
            if (!keep || !Files.exists(file)) {
                generate(file, rows);
            }
            long generated = System.nanoTime() - t0;
            long sheetXml;
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry capex = zip.getEntry("xl/worksheets/sheet3.xml");
                sheetXml = capex.getSize();
            }
            System.out.printf(Locale.ROOT, "generated %,d capex rows in %.1f s: file %.1f MB, capex sheet XML %.1f MB%n",
                    rows, generated / 1e9, Files.size(file) / 1e6, sheetXml / 1e6);
            System.out.printf(Locale.ROOT, "max heap %d MB, %d processors%n",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());

            List<Double> seconds = new ArrayList<>();
            long worstPeak = 0;
            long worstLive = 0;
            for (int run = 0; run <= runs; run++) {
                System.gc();
                HeapWatch.reset();
                long before = HeapWatch.used();
                long t = System.nanoTime();
                ImportResult result = DatasetReader.read(file);
                double s = (System.nanoTime() - t) / 1e9;
                long peak = HeapWatch.peak();
                long live = HeapWatch.livePeak();
                int loaded = result.dataset().capex().size();
                System.gc();
                long retained = HeapWatch.used();
                if (loaded != rows) {
                    throw new IllegalStateException("expected " + rows + " capex rows, loaded " + loaded
                            + "; first warning: " + result.warnings().stream().findFirst().orElse(null));
                }
                System.out.printf(Locale.ROOT, "%s %d: %.2f s, heap before %.1f MB, peak in use <= %.1f MB "
                        + "(of which live after GC <= %.1f MB), retained with the dataset %.1f MB, %d warnings%n",
                        run == 0 ? "warm-up" : "run", run, s, before / 1e6, peak / 1e6, live / 1e6, retained / 1e6,
                        result.warnings().size());
                if (run > 0) {
                    seconds.add(s);
                    worstPeak = Math.max(worstPeak, peak);
                    worstLive = Math.max(worstLive, live);
                }
            }
            Collections.sort(seconds);
            System.out.printf(Locale.ROOT, "RESULT %,d rows: median %.2f s (min %.2f s), peak heap in use <= %.1f MB,"
                    + " live after GC <= %.1f MB%n", rows, seconds.get(seconds.size() / 2), seconds.get(0),
                    worstPeak / 1e6, worstLive / 1e6);
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** companies, sources and a capex sheet of {@code rows} rows, streamed to disk by SXSSF. */
    static void generate(Path file, int rows) throws Exception {
        SyntheticData.writeXlsx(SyntheticData.capexSheet(rows), file);
    }

}
