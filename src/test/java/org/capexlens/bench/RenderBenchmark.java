package org.capexlens.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.domain.Dataset;
import org.capexlens.export.ExportContext;
import org.capexlens.export.ExportFormat;
import org.capexlens.export.ExportOptions;
import org.capexlens.export.ExportService;
import org.capexlens.export.SizePreset;
import org.capexlens.io.load.DatasetReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Export render times on the default dataset ("as reported", 1280×720 slide): one chart (adjusted margin, a line
 * chart with six companies) and all ten charts, to PNG at 1× and 2×, SVG and PDF, plus the ten-page PDF. Each
 * call builds the chart with its footer and encodes it, as an export does; the model and the sensitivity inputs
 * are computed once in setup (the dashboard has them already). Sample time gives the median (p0.50).
 *
 * <p>Run: {@code java -cp <test classpath> org.capexlens.bench.BenchMain RenderBenchmark} from the project folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true",
    "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider"})
public class RenderBenchmark {
    private static final ChartId ONE = ChartId.ADJUSTED_MARGIN;
    private static final List<ChartId> ALL = List.of(ChartId.values());

    private ExportService service;
    private ExportOptions x1;
    private ExportOptions x2;

    @Setup
    public void setUp() throws Exception {
        Path file = Path.of("data/ai-economics.xlsx");
        Dataset dataset = DatasetReader.read(file).dataset();
        Scenario scenario = Scenario.defaults();
        ModelResult result = EconomicsModel.compute(dataset, scenario);
        service = new ExportService(new ExportContext(dataset, file.getFileName().toString(),
                file.toAbsolutePath().toString(), "0".repeat(64), scenario, ChartSettings.defaults(result),
                Locale.US, "bench"), result);
        x1 = ExportOptions.of(SizePreset.SLIDE_16_9);
        x2 = x1.withScale(2);
    }

    @Benchmark
    public byte[] oneChartPng1x() {
        return service.render(ONE, ExportFormat.PNG, x1);
    }

    @Benchmark
    public byte[] oneChartPng2x() {
        return service.render(ONE, ExportFormat.PNG, x2);
    }

    @Benchmark
    public byte[] oneChartSvg() {
        return service.render(ONE, ExportFormat.SVG, x1);
    }

    @Benchmark
    public byte[] oneChartPdf() {
        return service.render(ONE, ExportFormat.PDF, x1);
    }

    @Benchmark
    public void allChartsPng1x(Blackhole bh) {
        all(ExportFormat.PNG, x1, bh);
    }

    @Benchmark
    public void allChartsPng2x(Blackhole bh) {
        all(ExportFormat.PNG, x2, bh);
    }

    @Benchmark
    public void allChartsSvg(Blackhole bh) {
        all(ExportFormat.SVG, x1, bh);
    }

    @Benchmark
    public void allChartsPdf(Blackhole bh) {
        all(ExportFormat.PDF, x1, bh);
    }

    @Benchmark
    public byte[] allChartsOnePdf() {
        return service.renderPdf(ALL, x1);
    }

    private void all(ExportFormat format, ExportOptions options, Blackhole bh) {
        for (ChartId id : ALL) {
            bh.consume(service.render(id, format, options));
        }
    }
}
