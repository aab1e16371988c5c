package org.capexlens.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartInputs;
import org.capexlens.chart.ChartInputsFactory;
import org.capexlens.chart.ChartSettings;
import org.capexlens.chart.ChartTheme;
import org.capexlens.chart.Charts;
import org.capexlens.domain.Dataset;
import org.capexlens.export.ChartRenderer;
import org.capexlens.io.ImportException;
import org.jfree.chart.JFreeChart;
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
 * Exporting one chart (the infrastructure-to-application ratio of the default dataset, 800 × 450 points) in each
 * format through {@link ChartRenderer}: PNG at 2× (192 dpi), SVG and a one-page PDF. No target in DESIGN; measured
 * so that "Export all" can be sized.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class ExportBenchmark {
    private static final ChartRenderer.Metadata META = new ChartRenderer.Metadata("Infrastructure ratio",
            "Benchmark chart", List.of("https://example.org/source"), "CapexLens benchmark", "benchmark");
    private JFreeChart chart;

    @Setup
    public void chart() throws ImportException {
        Dataset ds = BenchFiles.defaultDataset();
        ModelResult result = EconomicsModel.compute(ds, Scenario.defaults());
        ChartInputs in = ChartInputsFactory.create(ds, result, ChartSettings.defaults(result), Locale.ROOT);
        chart = Charts.build(ChartId.RATIO, in, ChartTheme.PRINT);
    }

    @Benchmark
    public byte[] png2x() {
        return ChartRenderer.png(chart, 800, 450, 2, 192, META);
    }

    @Benchmark
    public byte[] svg() {
        return ChartRenderer.svg(chart, 800, 450, META);
    }

    @Benchmark
    public byte[] pdf() {
        return ChartRenderer.pdf(List.of(chart), 800, 450, META);
    }
}
