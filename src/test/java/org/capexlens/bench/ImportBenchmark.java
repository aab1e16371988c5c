package org.capexlens.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DESIGN §7: a 200,000-row capex sheet imports in bounded memory and several times faster than
 * {@code pandas.read_excel}. One whole {@link DatasetReader#read} per operation (validation included), in a JVM
 * with a 256 MB heap: a run that needed more would fail with an out-of-memory message. The files are
 * {@link BenchFiles}'.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ImportBenchmark {
    private Path xlsx;
    private Path csv;

    @Setup
    public void files() throws IOException {
        xlsx = BenchFiles.capexXlsx();
        csv = BenchFiles.capexCsvFolder();
    }

    @Benchmark
    public ImportResult xlsx200kRows() throws ImportException {
        return check(DatasetReader.read(xlsx));
    }

    @Benchmark
    public ImportResult csv200kRows() throws ImportException {
        return check(DatasetReader.read(csv));
    }

    private static ImportResult check(ImportResult r) {
        if (r.dataset().capex().size() != BenchFiles.CAPEX_ROWS) {
            throw new IllegalStateException("loaded " + r.dataset().capex().size() + " capex rows");
        }
        return r;
    }
}
