package org.capexlens.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.capexlens.domain.Dataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.sec.CompanyFacts;
import org.capexlens.io.sec.CompanyFactsParser;
import org.capexlens.io.sec.ConceptMapping;
import org.capexlens.io.sec.SecImport;
import org.capexlens.io.sec.SecImportResult;
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
 * Issue 16: import of a generated ~10 MB company-facts file (Meta's CIK, 700 concepts of which the mapping wants
 * a handful, each with quarterly and annual facts over 15 years in several filings, as real files are) into the
 * default dataset: parse + pick + merge, per operation. Target &lt; 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class SecImportBenchmark {
    private Path file;
    private Dataset base;
    private ConceptMapping mapping;

    @Setup
    public void files() throws IOException, ImportException {
        file = Files.createTempFile("companyfacts", ".json");
        write(file, 700);
        base = DatasetReader.read(Path.of("data/ai-economics.xlsx")).dataset();
        mapping = ConceptMapping.shipped();
        System.out.printf(Locale.ROOT, "%n%s: %.1f MB%n", file, Files.size(file) / 1e6);
    }

    @Benchmark
    public SecImportResult companyFactsTenMegabytes() throws ImportException {
        CompanyFacts facts = new CompanyFactsParser(mapping.concepts()).read(file);
        return new SecImport(mapping, LocalDate.of(2026, 12, 4), null).apply(base, List.of(facts));
    }

    /** A company-facts file: {@code concepts} concepts, the mapped ones among them, 15 years of facts each. */
    static void write(Path file, int concepts) throws IOException {
        List<String> mapped = List.copyOf(ConceptMapping.shipped().concepts());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"cik\":1326801,\"entityName\":\"Meta Platforms, Inc.\",\"facts\":{\"us-gaap\":{");
            for (int c = 0; c < concepts; c++) {
                String name = c < mapped.size() ? mapped.get(c).substring("us-gaap:".length()) : "Concept" + c;
                boolean pure = name.startsWith("EffectiveIncomeTaxRate");
                w.write((c == 0 ? "" : ",") + "\"" + name + "\":{\"label\":\"" + name + "\",\"description\":\"A "
                        + "generated concept for the benchmark.\",\"units\":{\"" + (pure ? "pure" : "USD") + "\":[");
                boolean first = true;
                for (int y = 2011; y <= 2025; y++) {
                    for (int filing = 0; filing < 3; filing++) {
                        String accn = String.format(Locale.ROOT, "0001326801-%02d-%06d", (y + filing + 1) % 100,
                                c % 1000 + 1);
                        String filed = (y + filing + 1) + "-01-30";
                        w.write((first ? "" : ",") + fact(y + "-01-01", y + "-12-31", pure ? 0.15 : 1e9 * (y - 2000),
                                accn, y + filing, "FY", "10-K", filed));
                        first = false;
                    }
                    for (int q = 0; q < 3; q++) {
                        String end = y + "-" + String.format(Locale.ROOT, "%02d", 3 * (q + 1)) + "-"
                                + (q == 0 ? "31" : "30");
                        w.write("," + fact(y + "-01-01", end, 2.5e8 * (q + 1), String.format(Locale.ROOT,
                                "0001326801-%02d-%06d", y % 100, 500 + q), y, "Q" + (q + 1), "10-Q", y + "-11-01"));
                    }
                }
                w.write("]}}");
            }
            w.write("}}}");
        }
    }

    private static String fact(String start, String end, double val, String accn, int fy, String fp, String form,
            String filed) {
        return "{\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"val\":" + (val == Math.rint(val)
                ? Long.toString((long) val) : Double.toString(val)) + ",\"accn\":\"" + accn + "\",\"fy\":" + fy
                + ",\"fp\":\"" + fp + "\",\"form\":\"" + form + "\",\"filed\":\"" + filed + "\",\"frame\":\"CY"
                + fy + "\"}";
    }
}
