package org.capexlens.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.capexlens.calc.MonteCarlo;
import org.capexlens.domain.Dataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.json.ScenarioJson;
import org.capexlens.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 11's target: 10,000 Monte Carlo runs of the default dataset under 2 s on the 2-core machines, with the
 * example scenario's three distributions (a triangular server life, a bounded normal capex growth, a uniform GPU
 * share; {@code data/scenarios/examples/uncertain-lives.json}). One run is a whole simulation: drawing, 10,000
 * model computes and the percentiles.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark {
    private Dataset dataset;
    private Scenario scenario;

    @Setup
    public void setUp() throws ImportException {
        dataset = BenchFiles.defaultDataset();
        scenario = ScenarioJson.read(Path.of("data", "scenarios", "examples", "uncertain-lives.json"));
    }

    @Benchmark
    public MonteCarlo.Summary tenThousandRunsDefaultDataset() {
        return MonteCarlo.run(dataset, scenario, MonteCarlo.DEFAULT_RUNS, 1, 2026, 2028, MonteCarlo.Monitor.NONE);
    }
}
