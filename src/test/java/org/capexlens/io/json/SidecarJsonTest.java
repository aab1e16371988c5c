package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export sidecars: the round trip, and a located message for each way a sidecar can be wrong. */
class SidecarJsonTest {
    private static final String SHA = "86c2d5923295bdc07207c27cd105850a4ebf772ebc79f8362c272134b7c7f26f";
    private static final String FILE = "ratio_x.png.capexlens.json";

    @TempDir
    Path dir;

    static SidecarJson.Sidecar sample() {
        return new SidecarJson.Sidecar("ratio_custom.png", "png", List.of("ratio"), 680, 460, 2.0, 192, "de-DE",
                "0.1.0", "ai-economics.xlsx", "/data/ai-economics.xlsx", SHA,
                new SidecarJson.Settings(2027, "Meta", "life", "capex_growth", 2026, 2029),
                ScenarioJsonTest.everythingSet());
    }

    private static List<String> messages(String json) {
        ImportException e = assertThrows(ImportException.class, () -> SidecarJson.fromJson(json, FILE));
        assertEquals(ImportException.Kind.INVALID, e.kind());
        return e.messages().stream().map(ImportMessage::format).toList();
    }

    /** The sample's JSON with {@code edit} applied to its tree. */
    private static String edited(java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(SidecarJson.toJson(sample()));
        edit.accept(root);
        return new ObjectMapper().writeValueAsString(root);
    }

    @Test
    void writeThenReadGivesAnEqualSidecar() throws Exception {
        Path file = dir.resolve("ratio_custom.png" + SidecarJson.SUFFIX);
        SidecarJson.write(sample(), file);
        assertEquals(sample(), SidecarJson.read(file));
        assertEquals(file, SidecarJson.pathFor(dir.resolve("ratio_custom.png")));
    }

    @Test
    void writesTheDocumentedMembersInOrderWithTheScenarioEmbedded() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SidecarJson.toJson(sample()));
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("capexlens_sidecar", "file", "format", "charts", "width", "height", "scale", "dpi",
                "locale", "app_version", "dataset", "chart_settings", "scenario"), names);
        assertEquals(1, root.get("capexlens_sidecar").intValue());
        assertEquals(SHA, root.get("dataset").get("sha256").textValue());
        assertEquals("capex_growth", root.get("chart_settings").get("grid_columns").textValue());
        // The scenario object is ScenarioJson's own form, so a scenario file can be cut out of a sidecar.
        assertEquals(ScenarioJsonTest.everythingSet(), ScenarioJson.fromJson(root.get("scenario").toString(),
                "s.json"));
    }

    @Test
    void aNullVintageCompanyRoundTrips() throws Exception {
        SidecarJson.Sidecar s = sample();
        SidecarJson.Sidecar noCompany = new SidecarJson.Sidecar(s.file(), s.format(), s.charts(), s.width(),
                s.height(), s.scale(), s.dpi(), s.locale(), s.appVersion(), s.datasetFile(), s.datasetPath(),
                s.datasetSha256(), new SidecarJson.Settings(2027, null, "life", "capex_growth", 2026, 2029),
                Scenario.defaults());
        assertEquals(noCompany, SidecarJson.fromJson(SidecarJson.toJson(noCompany), FILE));
    }

    @Test
    void everyMissingMemberIsNamed() {
        assertEquals(List.of(
                FILE + ":sidecar::capexlens_sidecar: capexlens_sidecar is missing; expected a whole number",
                FILE + ":sidecar::file: file is missing; expected text in double quotes",
                FILE + ":sidecar::format: format is missing; expected text in double quotes",
                FILE + ":sidecar::charts: charts is missing; expected a list of chart ids such as [\"ratio\"]",
                FILE + ":sidecar::width: width is missing; expected a whole number",
                FILE + ":sidecar::height: height is missing; expected a whole number",
                FILE + ":sidecar::scale: scale is missing; expected a number",
                FILE + ":sidecar::dpi: dpi is missing; expected a whole number",
                FILE + ":sidecar::locale: locale is missing; expected text in double quotes",
                FILE + ":sidecar::app_version: app_version is missing; expected text in double quotes",
                FILE + ":sidecar::dataset: dataset is missing; expected an object with file, path and sha256",
                FILE + ":sidecar::chart_settings: chart_settings is missing; expected an object with margin_year, "
                        + "vintage_company, grid_rows, grid_columns, tornado_from and tornado_to",
                FILE + ":sidecar::scenario: scenario is missing; expected a scenario object as saved by CapexLens"),
                messages("{}"));
    }

    @Test
    void anUnknownMemberIsLocatedWithItsPath() throws Exception {
        String json = edited(root -> ((ObjectNode) root.get("chart_settings")).put("colour", "red"));
        assertEquals(List.of(FILE + ":sidecar::chart_settings.colour: unknown field chart_settings.colour; "
                + "expected one of: grid_columns, grid_rows, margin_year, tornado_from, tornado_to, "
                + "vintage_company"), messages(json));
    }

    @Test
    void aValueOfTheWrongTypeIsLocated() throws Exception {
        assertEquals(List.of(FILE + ":sidecar::width: width must be a whole number"),
                messages(edited(root -> root.put("width", "wide"))));
        assertEquals(List.of(FILE + ":sidecar::file: file must be text in double quotes"),
                messages(edited(root -> root.put("file", 3))));
        assertEquals(List.of(FILE + ":sidecar::charts[0]: charts[0] must be text in double quotes"),
                messages(edited(root -> root.putArray("charts").add(true))));
        assertEquals(List.of(FILE + ":sidecar::dpi: dpi must be a whole number"),
                messages(edited(root -> root.put("dpi", 96.5))));
        assertEquals(List.of(FILE + ":sidecar::chart_settings.margin_year: chart_settings.margin_year must be a "
                + "whole number"), messages(edited(root -> ((ObjectNode) root.get("chart_settings"))
                        .put("margin_year", "2027"))));
    }

    @Test
    void aBadHashAndAnEmptyChartListAreReported() throws Exception {
        assertEquals(List.of(FILE + ":sidecar::charts: charts must list at least one chart id, such as [\"ratio\"]",
                FILE + ":sidecar::dataset.sha256: dataset.sha256 must be 64 lower-case hexadecimal digits, found "
                        + "abc"),
                messages(edited(root -> {
                    root.putArray("charts");
                    ((ObjectNode) root.get("dataset")).put("sha256", "abc");
                })));
    }

    @Test
    void problemsInTheEmbeddedScenarioAreLocatedUnderScenario() throws Exception {
        String json = edited(root -> ((ObjectNode) root.get("scenario")).putObject("policy").put("type", "uniform")
                .put("life_years", -1));
        List<String> m = messages(json);
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith(FILE + ":sidecar::scenario.policy.life_years: policy.life_years "), m.get(0));
    }

    @Test
    void aSidecarFromANewerCapexLensIsRefusedWithTheVersions() throws Exception {
        assertEquals(List.of(FILE + ":sidecar::capexlens_sidecar: the sidecar was written by a newer CapexLens "
                + "(format version 2); this version reads version 1"),
                messages(edited(root -> root.put("capexlens_sidecar", 2))));
    }

    @Test
    void brokenJsonAndOtherShapesAreReported() {
        assertEquals(List.of(FILE + ":sidecar::: not valid JSON at line 1, column 10: expected a CapexLens sidecar "
                + "object"), messages("{\"file\": x}"));
        assertEquals(List.of(FILE + ":sidecar::: expected a JSON object describing an export, found a list"),
                messages("[1]"));
        assertEquals(List.of(FILE + ":sidecar::: " + FILE + " is empty: expected a CapexLens sidecar object"),
                messages(""));
    }

    @Test
    void aMissingFileIsAnIoProblem() {
        Path missing = dir.resolve("none.png.capexlens.json");
        ImportException e = assertThrows(ImportException.class, () -> SidecarJson.read(missing));
        assertEquals(ImportException.Kind.IO, e.kind());
        assertEquals("none.png.capexlens.json:::: there is no file at " + missing, e.messages().get(0).format());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        Path file = Files.write(dir.resolve("bin" + SidecarJson.SUFFIX), new byte[] {'{', (byte) 0xC3, '}'});
        ImportException e = assertThrows(ImportException.class, () -> SidecarJson.read(file));
        assertEquals("bin.capexlens.json:sidecar::: bin.capexlens.json is not UTF-8 text: expected a CapexLens "
                + "sidecar (JSON)", e.messages().get(0).format());
    }
}
