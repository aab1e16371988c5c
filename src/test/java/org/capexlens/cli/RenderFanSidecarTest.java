package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.MonteCarlo;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.domain.Dataset;
import org.capexlens.export.ChartSize;
import org.capexlens.export.ExportContext;
import org.capexlens.export.ExportFormat;
import org.capexlens.export.ExportOptions;
import org.capexlens.export.ExportService;
import org.capexlens.io.DatasetDigest;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.scenario.Distribution;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.Uncertainty;
import org.capexlens.text.AppInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: a fan chart exported with its sidecar (as the dashboard does after a simulation) renders again from the
 * sidecar byte for byte, because the sidecar records the runs, seed and distributions and {@code render --from}
 * reruns the simulation.
 */
class RenderFanSidecarTest {
    @TempDir
    Path dir;

    @Test
    void aFanChartsSidecarRendersTheSameFanAgain() throws Exception {
        Path data = Files.copy(Path.of("src/test/resources/fixtures/good/good.json"), dir.resolve("good.json"));
        Dataset d = DatasetReader.read(data).dataset();
        Scenario s = Scenario.defaults().toBuilder().name("Uncertain").uncertainty(new Uncertainty(Map.of(
                "capex_growth", new Distribution.Uniform(0, 0.3)))).build();
        ModelResult result = EconomicsModel.compute(d, s);
        MonteCarlo.Summary sim = MonteCarlo.run(d, s, 200, 11L, 2026, 2028, MonteCarlo.Monitor.NONE);
        ExportContext context = new ExportContext(d, "good.json", data.toAbsolutePath().toString(),
                DatasetDigest.sha256(data), s, ChartSettings.defaults(result).withSimulation(sim), Locale.US,
                AppInfo.version());
        Path out = Files.createDirectory(dir.resolve("out"));
        Path original = out.resolve("fan.svg");
        new ExportService(context, result).export(ChartId.DELTA_DEPRECIATION_FAN, ExportFormat.SVG,
                new ExportOptions(new ChartSize(680, 460), 1, 96, true), original);

        Path again = dir.resolve("again");
        CliRun run = CliRun.of("render", "--from", out.resolve("fan.svg.capexlens.json").toString(), "--out",
                again.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        String svg = Files.readString(again.resolve("fan.svg"));
        // The fan is drawn (not the "no simulation" message) and is the same file.
        org.junit.jupiter.api.Assertions.assertTrue(svg.contains("200 runs, seed 11"), "the subtitle names the runs and the seed");
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(again.resolve("fan.svg")));
        assertEquals(List.of(again.resolve("fan.svg").toString(), again.resolve("fan.svg.capexlens.json").toString()),
                run.outLines());
    }
}
