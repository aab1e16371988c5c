package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.capexlens.io.json.SidecarJson;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Distribution;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.Uncertainty;
import org.junit.jupiter.api.Test;

/**
 * Sidecars of exports from the Compare tab and from a simulation (issue 11) record the compared scenarios and the
 * simulation's runs, seed and distributions, and a reproduction reads them back.
 */
class SidecarAnalysisTest {

    private static ExportService service(ChartSettings settings, Scenario base, Dataset d) {
        ModelResult result = EconomicsModel.compute(d, base);
        ExportContext context = new ExportContext(d, "good.json", "/data/good.json", ExportServiceTest.SHA, base,
                settings, Locale.US, "test");
        return new ExportService(context, result);
    }

    private static Dataset good() throws Exception {
        return DatasetReader.read(Path.of("src/test/resources/fixtures/good/good.json")).dataset();
    }

    @Test
    void aCompareChartsSidecarRecordsTheComparedScenariosAndTheReproductionComparesThemAgain()
            throws Exception {
        Dataset d = good();
        Scenario base = Scenario.defaults();
        Scenario burry = base.toBuilder().name("Burry").policy(new DepreciationPolicy.Uniform(2.5)).build();
        ExportService service = service(ChartSettings.defaults(EconomicsModel.compute(d, base))
                .withCompared(List.of(burry)), base, d);
        ExportOptions png = new ExportOptions(new ChartSize(680, 460), 1, 96, true);
        SidecarJson.Sidecar compare = service.sidecar("c.png", ExportFormat.PNG, List.of(ChartId.COMPARE_RATIO), png);
        assertEquals(List.of(burry), compare.compared());
        assertNull(compare.simulation());
        String json = SidecarJson.toJson(compare);
        assertTrue(json.contains("\"compared\": ["), json);
        SidecarJson.Sidecar back = SidecarJson.fromJson(json, "c.png.capexlens.json");
        assertEquals(compare, back);
        assertEquals(List.of(burry), Reproduction.fromSidecar(back, "c.png.capexlens.json").settings().compared());
        // Another chart of the same session does not carry the comparison: its file does not show it.
        SidecarJson.Sidecar ratio = service.sidecar("r.png", ExportFormat.PNG, List.of(ChartId.RATIO), png);
        assertEquals(List.of(), ratio.compared());
        assertFalse(SidecarJson.toJson(ratio).contains("compared"));
    }

    @Test
    void aFanChartsSidecarRecordsRunsSeedYearsAndDistributions() throws Exception {
        Dataset d = good();
        Uncertainty u = new Uncertainty(Map.of("capex_growth", new Distribution.Uniform(0, 0.2)));
        Scenario base = Scenario.defaults().toBuilder().uncertainty(u).build();
        MonteCarlo.Summary sim = MonteCarlo.run(d, base, 50, 7L, 2026, 2028, MonteCarlo.Monitor.NONE);
        ExportService service = service(ChartSettings.defaults(EconomicsModel.compute(d, base))
                .withSimulation(sim), base, d);
        SidecarJson.Sidecar fan = service.sidecar("f.pdf", ExportFormat.PDF,
                List.of(ChartId.RATIO, ChartId.DELTA_DEPRECIATION_FAN), new ExportOptions(new ChartSize(680, 460), 1, 96,
                        true));
        assertEquals(new SidecarJson.Simulation(50, 7L, 2026, 2028, u), fan.simulation());
        String json = SidecarJson.toJson(fan);
        assertTrue(json.contains("\"simulation\": {\n    \"runs\": 50,\n    \"seed\": 7,\n    \"from\": 2026,\n"
                + "    \"to\": 2028,\n    \"distributions\": {\n      \"capex_growth\": {"), json);
        assertEquals(fan, SidecarJson.fromJson(json, "f.pdf.capexlens.json"));
        // Without a fan chart in the file, nothing about the simulation is written.
        assertNull(service.sidecar("r.svg", ExportFormat.SVG, List.of(ChartId.RATIO), new ExportOptions(
                new ChartSize(680, 460), 1, 96, true)).simulation());
    }

    @Test
    void aSidecarWrittenBeforeIssueElevenStillReads() throws Exception {
        SidecarJson.Sidecar old = new SidecarJson.Sidecar("r.png", "png", List.of("ratio"), 680, 460, 1, 96, "en-US",
                "0.1.0", "good.json", "/data/good.json", ExportServiceTest.SHA,
                new SidecarJson.Settings(2025, null, "life", "short_lived_share", 2026, 2028), Scenario.defaults());
        String json = SidecarJson.toJson(old);
        assertFalse(json.contains("simulation") || json.contains("compared"), json);
        assertEquals(old, SidecarJson.fromJson(json, "r.png.capexlens.json"));
    }

    @Test
    void badSimulationSettingsAreLocated() throws Exception {
        String json = "{\"capexlens_sidecar\": 1, \"file\": \"f.pdf\", \"format\": \"pdf\", \"charts\": [\"ratio\"],"
                + " \"width\": 680, \"height\": 460, \"scale\": 1, \"dpi\": 96, \"locale\": \"en-US\","
                + " \"app_version\": \"t\", \"dataset\": {\"file\": \"g\", \"path\": \"/g\", \"sha256\": \""
                + ExportServiceTest.SHA + "\"}, \"chart_settings\": {\"margin_year\": 2025, \"grid_rows\": \"life\","
                + " \"grid_columns\": \"life\", \"tornado_from\": 2026, \"tornado_to\": 2028}, \"scenario\": {},"
                + " \"simulation\": {\"runs\": 0, \"seed\": 1, \"from\": 2026, \"to\": 2028,"
                + " \"distributions\": {\"capex_growth\": {\"distribution\": \"uniform\", \"min\": 0.3, \"max\": 0.1}}}}";
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.capexlens.io.ImportException.class,
                () -> SidecarJson.fromJson(json, "f.json"));
        List<String> at = e.messages().stream().map(m -> m.location().column()).toList();
        assertTrue(at.contains("simulation.runs"), at.toString());
        assertTrue(at.stream().anyMatch(a -> a.startsWith("simulation.distributions.capex_growth")), at.toString());
    }
}
