package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.domain.Dataset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.json.SidecarJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a sidecar back as what to render, and rendering it again to the same bytes. */
class ReproductionTest {
    private static Dataset good;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws ImportException {
        good = DatasetReader.read(Path.of("src/test/resources/fixtures/good/good.json")).dataset();
    }

    private static ExportContext context(Dataset dataset, Scenario scenario) {
        return ExportServiceTest.context(dataset, scenario);
    }

    private static ExportOptions article() {
        return ExportOptions.of(SizePreset.ARTICLE_COLUMN);
    }

    @Test
    void aSidecarReproducesTheSameBytes() throws Exception {
        ExportService s = new ExportService(context(good, Scenario.defaults().withName("Burry 2–3 years")
                .withPolicy(new DepreciationPolicy.Uniform(2.5))));
        ExportOptions o = ExportOptions.of(SizePreset.ARTICLE_COLUMN).withScale(2).withSidecar(true);
        ExportedFile first = s.export(ChartId.MARGIN_VS_LIFE, ExportFormat.PNG, o,
                dir.resolve("margin-vs-life_burry-2-3-years.png"));
        assertEquals(dir.resolve("margin-vs-life_burry-2-3-years.png.capexlens.json"), first.sidecar());

        SidecarJson.Sidecar sidecar = SidecarJson.read(first.sidecar());
        assertEquals(192, sidecar.dpi());
        Reproduction r = Reproduction.fromSidecar(sidecar, first.sidecar().getFileName().toString());
        ExportContext again = new ExportContext(good, sidecar.datasetFile(), sidecar.datasetPath(),
                sidecar.datasetSha256(), r.scenario(), r.settings(), r.locale(), "test");
        Path other = dir.resolve("again");
        ExportedFile second = new ExportService(again).export(r, other);
        assertEquals(other.resolve("margin-vs-life_burry-2-3-years.png"), second.file());
        assertArrayEquals(Files.readAllBytes(first.file()), Files.readAllBytes(second.file()));
    }

    @Test
    void aSidecarNamingUnknownThingsIsRefusedWithLocatedMessages() {
        SidecarJson.Sidecar ok = new ExportService(context(good, Scenario.defaults())).sidecar("x.png",
                ExportFormat.PNG, List.of(ChartId.RATIO), article());
        SidecarJson.Sidecar bad = new SidecarJson.Sidecar("../x.png", "gif", List.of("ratio", "pie"), 100,
                ok.height(), 1, 96, ok.locale(), ok.appVersion(), ok.datasetFile(), ok.datasetPath(),
                ok.datasetSha256(), new SidecarJson.Settings(2026, null, "life", "colour", 2026, 2028),
                ok.scenario());
        ImportException e = assertThrows(ImportException.class, () -> Reproduction.fromSidecar(bad, "s.json"));
        assertEquals(List.of(
                "s.json:sidecar::charts: unknown chart pie; expected one of: ratio, infra-vs-apps, "
                        + "delta-depreciation, adjusted-margin, margin-vs-life, sensitivity-heatmap, tornado, "
                        + "depreciation-vintage, revenue-gap, backtest, bain-test, calibration, compare-ratio, "
                        + "compare-margin, delta-depreciation-fan, revenue-gap-fan, gpu-economic-life",
                "s.json:sidecar::format: unknown format gif; expected png, svg or pdf",
                "s.json:sidecar::width: the width must be between 320 and 4000, found 100",
                "s.json:sidecar::chart_settings.grid_columns: unknown grid axis colour; expected one of: life, "
                        + "short_lived_share, capex_growth",
                "s.json:sidecar::file: file must be a file name without a folder, found \"../x.png\""),
                e.messages().stream().map(ImportMessage::format).toList());
    }
}
