package org.capexlens.io.csv;

import java.nio.file.Path;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportResult;

/** Run in a JVM of its own by {@link LargeCsvMemoryTest}: loads a dataset and prints what it loaded. */
final class LargeCsvProbe {
    private LargeCsvProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ImportResult result = DatasetReader.read(Path.of(args[0]));
        long ms = (System.nanoTime() - start) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.println("capex=" + result.dataset().capex().size() + " warnings=" + result.warnings().size()
                + " ms=" + ms + " maxHeapMB=" + rt.maxMemory() / (1024 * 1024));
    }
}
