package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.scenario.GpuLifeAssumptions;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The optional {@code gpu_economic_life} member of a scenario file (issue 11). */
class GpuLifeScenarioJsonTest {

    @Test
    void aFileWithoutTheMemberLoadsWithTheDefaultsAndSavesWithoutIt() throws ImportException {
        Scenario s = ScenarioJson.fromJson("{\"name\": \"Old file\"}", "old.json");
        assertEquals(GpuLifeAssumptions.DEFAULTS, s.gpuLife());
        assertEquals(0.70, s.gpuLife().utilisation());
        assertEquals(0.40, s.gpuLife().costPerGpuHour());
        assertFalse(ScenarioJson.toJson(s).contains(GpuLifeJson.MEMBER));
    }

    @Test
    void setMembersRoundTripAndMissingOnesKeepTheirDefaults() throws ImportException {
        Scenario s = ScenarioJson.fromJson("{\"name\": \"GPU\", \"gpu_economic_life\": {\"contract_type\": \"spot\","
                + " \"utilisation\": 0.5}}", "g.json");
        assertEquals(new GpuLifeAssumptions("H100", "spot", 0.5, 0.40, 10), s.gpuLife());
        String json = ScenarioJson.toJson(s);
        assertTrue(json.contains("\"utilisation\": 0.5"), json);
        assertEquals(s, ScenarioJson.fromJson(json, "g.json"));
    }

    @Test
    void theOldConstructorsGiveTheDefaults() {
        Scenario d = Scenario.defaults();
        assertEquals(GpuLifeAssumptions.DEFAULTS, d.gpuLife());
        Scenario set = d.toBuilder().gpuLife(GpuLifeAssumptions.DEFAULTS.withCost(0.9)).build();
        assertEquals(0.9, set.gpuLife().costPerGpuHour());
        assertEquals(set.gpuLife(), set.toBuilder().name("Other").build().gpuLife());
    }

    @Test
    void badValuesAreLocatedAtTheirMemberAndUnknownMembersNamed() {
        ImportException e = assertThrows(ImportException.class, () -> ScenarioJson.fromJson(
                "{\"name\": \"x\", \"gpu_economic_life\": {\"utilisation\": 1.5, \"cost_per_gpu_hour\": \"cheap\","
                        + " \"horizon_years\": 0, \"price\": 2}}", "bad.json"));
        List<String> at = e.messages().stream().map(m -> m.location().column()).toList();
        assertEquals(List.of("gpu_economic_life.price", "gpu_economic_life.utilisation",
                "gpu_economic_life.cost_per_gpu_hour", "gpu_economic_life.horizon_years"), at);
        assertTrue(e.messages().get(1).message().contains("(0, 1]"),
                e.messages().stream().map(ImportMessage::format).toList().toString());
    }
}
