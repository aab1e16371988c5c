package org.capexlens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.capexlens.domain.Dataset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.DefaultDataset;
import org.capexlens.io.ImportException;

/**
 * The files the benchmarks read, made once and kept in {@code target/bench-data/} (or the folder named by the
 * system property {@code capexlens.bench.dir}), so that every run, and {@code pandas} for the comparison, reads the
 * same bytes: {@code capex-200k.xlsx} and the folder {@code capex-200k-csv/}, from
 * {@link SyntheticData#capexSheet(int)}.
 */
public final class BenchFiles {
    /** Rows of the long capex sheet (DESIGN §7). */
    public static final int CAPEX_ROWS = 200_000;

    private BenchFiles() {
    }

    /** The folder the files are kept in. */
    public static Path dir() {
        return Path.of(System.getProperty("capexlens.bench.dir", "target/bench-data"));
    }

    /** The 200,000-row capex sheet as {@code .xlsx}, written if it is not there yet. */
    public static Path capexXlsx() throws IOException {
        return ensure(dir().resolve("capex-200k.xlsx"));
    }

    /** The same sheets as a folder of CSV files, written if it is not there yet. */
    public static Path capexCsvFolder() throws IOException {
        return ensure(dir().resolve("capex-200k-csv"));
    }

    private static Path ensure(Path path) throws IOException {
        if (!Files.exists(path)) {
            // Written beside the target and then moved, so an interrupted run leaves no half file behind.
            Path partial = path.resolveSibling(path.getFileName() + ".partial" + (path.toString().endsWith(".xlsx")
                    ? ".xlsx" : ""));
            SyntheticData.write(SyntheticData.capexSheet(CAPEX_ROWS), partial);
            Files.move(partial, path);
        }
        return path;
    }

    /** The default dataset the app opens ({@code data/ai-economics.xlsx}). */
    public static Dataset defaultDataset() throws ImportException {
        return DatasetReader.read(DefaultDataset.locate()).dataset();
    }
}
