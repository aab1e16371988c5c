package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.scenario.Distribution;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.Uncertainty;
import org.junit.jupiter.api.Test;

/** The {@code uncertainty} member of scenario files (issue 11). */
class UncertaintyJsonTest {

    @Test
    void everyKindOfDistributionRoundTrips() throws ImportException {
        Map<String, Distribution> m = new java.util.LinkedHashMap<>();
        m.put("policy.life_years", new Distribution.Triangular(2.5, 4, 6));
        m.put("capex_growth", new Distribution.Normal(0.1, 0.05, -0.1, 0.3));
        m.put("gpu_share_of_data_center_cost", new Distribution.Uniform(0.4, 0.6));
        m.put("company_overrides.Meta.life_years", new Distribution.Fixed(5.5));
        Scenario s = Scenario.defaults().toBuilder().name("u").uncertainty(new Uncertainty(m)).build();
        Scenario back = ScenarioJson.fromJson(ScenarioJson.toJson(s), "u.json");
        assertEquals(s, back);
        assertEquals(List.copyOf(m.keySet()), List.copyOf(back.uncertainty().distributions().keySet()),
                "file order kept");
    }

    @Test
    void aFileWithoutTheMemberHasNoneAndSavesAsBefore() throws ImportException {
        Scenario s = ScenarioJson.fromJson("{\"name\": \"old\"}", "old.json");
        assertEquals(Uncertainty.NONE, s.uncertainty());
        assertTrue(!ScenarioJson.toJson(s).contains("uncertainty"));
    }

    @Test
    void everyProblemIsLocatedAtItsMemberPath() {
        ImportException e = assertThrows(ImportException.class, () -> ScenarioJson.fromJson("""
                {"uncertainty": {
                  "colour": {"distribution": "uniform", "min": 0, "max": 1},
                  "capex_growth": {"distribution": "uniform", "min": 0.3, "max": 0.1},
                  "short_lived_share": {"distribution": "uniform", "min": 0.5, "max": 1.5},
                  "revenue_growth": {"distribution": "lognormal", "mu": 0}
                }}""", "bad.json"));
        List<String> where = e.messages().stream().map(ImportMessage::location).map(l -> l.column()).toList();
        assertEquals(List.of("uncertainty.colour", "uncertainty.capex_growth", "uncertainty.short_lived_share",
                "uncertainty.revenue_growth.distribution"), where);
        assertTrue(e.messages().get(2).message().contains("between 0 and 1"), e.messages().get(2).message());
    }
}
