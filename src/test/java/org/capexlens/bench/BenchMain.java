package org.capexlens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs every benchmark of the project, one fork each, with the warm-up and measurement each class declares, then
 * prints (and writes to {@code target/benchmarks.txt}) the median of each against its DESIGN §7 target. With
 * arguments, hands them to JMH's own command line instead ({@code org.openjdk.jmh.Main}), e.g. {@code ImportBenchmark}
 * to run one class.
 *
 * <p>Run it with {@code ./mvnw -Pbench test} (README, "Performance").
 */
public final class BenchMain {
    /** Target median per benchmark, in milliseconds (DESIGN §7); absent where DESIGN sets none. */
    private static final Map<String, Double> TARGET_MS = new LinkedHashMap<>();

    static {
        TARGET_MS.put("wholeModelDefaultDatasetAsReported", 1.0);
        TARGET_MS.put("wholeModelDefaultDatasetBurry", 1.0);
        TARGET_MS.put("wholeModelThousandCompaniesThirtyYears", 100.0);
        TARGET_MS.put("grid40x40LifeByShare", 50.0);
        TARGET_MS.put("grid40x40LifeByCapexGrowth", 50.0);
        // Issue 11: 10,000 Monte Carlo runs of the default dataset.
        TARGET_MS.put("tenThousandRunsDefaultDataset", 2000.0);
        TARGET_MS.put("companyFactsTenMegabytes", 1000.0);
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        run();
    }

    private static void run() throws RunnerException, IOException {
        Options options = new OptionsBuilder().include("org\\.capexlens\\.bench\\..*").forks(1).build();
        Collection<RunResult> results = new Runner(options).run();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-56s %12s %12s  %s", "benchmark", "median ms", "target ms", "met"));
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String method = name.substring(name.lastIndexOf('.') + 1);
            Statistics s = r.getPrimaryResult().getStatistics();
            double median = toMillis(s.getPercentile(50), r.getParams().getTimeUnit());
            Double target = TARGET_MS.get(method);
            lines.add(String.format(Locale.ROOT, "%-56s %12.3f %12s  %s", name.substring(name.lastIndexOf('.',
                    name.lastIndexOf('.') - 1) + 1), median, target == null ? "-" : String.format(Locale.ROOT, "%.0f",
                    target), target == null ? "-" : median < target ? "yes" : "NO"));
        }
        String table = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.println();
        System.out.print(table);
        Path out = Path.of("target", "benchmarks.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }

    private static double toMillis(double value, TimeUnit unit) {
        return value * unit.toNanos(1) / 1e6;
    }
}
