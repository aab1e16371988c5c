package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.scenario.PublishedInputs;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The optional {@code published_inputs} member of a scenario file (issue 10). */
class PublishedInputsJsonTest {
    private static final PublishedInputs BAIN = new PublishedInputs(PublishedInputs.Method.BAIN, 2030, null, 500.0,
            null, 2000.0, 800.0, "https://example.org/bain", "Bain, Technology Report 2025.");

    private static List<String> messages(String json) {
        ImportException e = assertThrows(ImportException.class, () -> ScenarioJson.fromJson(json, "s.json"));
        return e.messages().stream().map(ImportMessage::format).toList();
    }

    @Test
    void aScenarioWithPublishedInputsReadsBackEqual() throws Exception {
        Scenario s = Scenario.defaults().toBuilder().name("Bain 2030").publishedInputs(BAIN).build();
        String json = ScenarioJson.toJson(s);
        assertTrue(json.contains("\"published_inputs\": {\n    \"method\": \"bain\",\n    \"year\": 2030,\n"
                + "    \"capex_usd_b\": 500,\n    \"stated_required_revenue_usd_b\": 2000,\n"
                + "    \"stated_gap_usd_b\": 800,\n"), json);
        assertEquals(s, ScenarioJson.fromJson(json, "bain.json"));
        // The round trip of a Sequoia set with every member is ScenarioJsonTest.writeThenReadGivesAnEqualScenario.
        assertEquals(ScenarioJsonTest.everythingSet(), ScenarioJson.fromJson(
                ScenarioJson.toJson(ScenarioJsonTest.everythingSet()), "x.json"));
    }

    @Test
    void aFileWithoutTheMemberLoadsAsBeforeAndSavesWithoutIt() throws Exception {
        Scenario s = ScenarioJson.fromJson("{\"name\": \"Old\", \"short_lived_share\": 0.4}", "old.json");
        assertTrue(s.published().isEmpty());
        assertTrue(!ScenarioJson.toJson(s).contains("published_inputs"));
        assertNull(ScenarioJson.fromJson("{\"published_inputs\": null}", "n.json").publishedInputs());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"method": "sequoia", "year": 2023, "infrastructure_usd_b": "50"} | s.json:scenario::published_inputs.infrastructure_usd_b: published_inputs.infrastructure_usd_b must be a number, found the text "50"
            {"method": "sequoia", "year": 2023} | s.json:scenario::published_inputs.infrastructure_usd_b: published_inputs.infrastructure_usd_b is missing; expected a number
            {"method": "bain", "year": 2030, "capex_usd_b": -5} | s.json:scenario::published_inputs.capex_usd_b: published_inputs.capex_usd_b must be between 0 and 1000000 (USD billions), found -5
            {"method": "bain", "year": 2030, "capex_usd_b": 500, "infrastructure_usd_b": 50} | s.json:scenario::published_inputs.infrastructure_usd_b: unknown field published_inputs.infrastructure_usd_b; expected one of: method, year, capex_usd_b, ai_revenue_usd_b, stated_required_revenue_usd_b, stated_gap_usd_b, source_url, note
            {"method": "cahn", "year": 2023} | s.json:scenario::published_inputs.method: published_inputs.method must be one of sequoia, bain, found "cahn"
            {"method": "bain", "year": 20.5, "capex_usd_b": 500} | s.json:scenario::published_inputs.year: published_inputs.year must be a whole number, found 20.5
            {"method": "bain", "year": 3000, "capex_usd_b": 500} | s.json:scenario::published_inputs.year: published_inputs.year must be a year between 1900 and 2200, found 3000
            {"year": 2030} | s.json:scenario::published_inputs.method: published_inputs.method is missing; expected a method: sequoia or bain
            [50, 75] | s.json:scenario::published_inputs: published_inputs must be an object of published inputs such as {"method": "sequoia", "year": 2023, "infrastructure_usd_b": 50}, found a list
            """)
    void anInvalidPublishedInputIsLocatedAtItsMember(String member, String expected) {
        assertEquals(List.of(expected), messages("{\"published_inputs\": " + member + "}"));
    }

    @Test
    void everyProblemOfTheMemberIsReportedAtOnce() {
        assertEquals(List.of(
                "s.json:scenario::published_inputs.ai_revenue_usd_b: published_inputs.ai_revenue_usd_b must be a "
                        + "number, found the text \"75B\"",
                "s.json:scenario::published_inputs.note: published_inputs.note must be text in double quotes, "
                        + "found 3"),
                messages("{\"published_inputs\": {\"method\": \"sequoia\", \"year\": 2023, "
                        + "\"infrastructure_usd_b\": 50, \"ai_revenue_usd_b\": \"75B\", \"note\": 3}}"));
    }
}
