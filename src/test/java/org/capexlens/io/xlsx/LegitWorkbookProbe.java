package org.capexlens.io.xlsx;

import java.nio.file.Path;
import java.util.Locale;
import org.capexlens.bench.HeapWatch;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;
import org.capexlens.io.load.DatasetReader;

/**
 * Loads each workbook named on the command line in this JVM (started by {@link LegitWorkbookMemoryTest} with
 * {@code -Xmx256m}) and prints, per file, {@code LOADED <name> capex=<rows> sheets-warned=<n> peak=<MB>} or
 * {@code REFUSED <name>: <first error>}. Exits 0 when every file loaded.
 */
public final class LegitWorkbookProbe {
    private LegitWorkbookProbe() {
    }

    public static void main(String[] args) {
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        HeapWatch.start();
        System.out.printf(Locale.ROOT, "max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        boolean all = true;
        for (String a : args) {
            Path file = Path.of(a);
            HeapWatch.reset();
            try {
                ImportResult r = DatasetReader.read(file);
                System.out.printf(Locale.ROOT, "LOADED %s capex=%d warnings=%d peak=%.0f MB%n", file.getFileName(),
                        r.dataset().capex().size(), r.warnings().size(), HeapWatch.peak() / 1048576.0);
            } catch (ImportException e) {
                all = false;
                System.out.println("REFUSED " + file.getFileName() + ": " + e.firstError().format());
            }
        }
        System.exit(all ? 0 : 1);
    }
}
