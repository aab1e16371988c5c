package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.PublishedInputs;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.io.ImportException;
import org.capexlens.io.WriteException;
import org.capexlens.io.ImportMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioJsonTest {
    @TempDir
    Path dir;

    /** A scenario where every member differs from the defaults. */
    static Scenario everythingSet() {
        return new Scenario("Custom – ’quoted’ \"name\"", "A line\nand another", "Someone", "https://example.org/x",
                new DepreciationPolicy.SwitchTo(3.5, 2026),
                Map.of("Meta", new DepreciationPolicy.Uniform(5.5), "Oracle", DepreciationPolicy.REPORTED), 0.66,
                15, 1, Convention.FULL_YEAR, 0.05, -0.02, 2035, 0.18, RatioNumerator.AI_SHARE_OF_CAPEX, 0.4,
                RevenueBasis.RECOGNIZED, List.of("OpenAI"), 0.4, 0.6, 0.2, 0.1,
                new PublishedInputs(PublishedInputs.Method.SEQUOIA, 2023, 50.0, null, 75.0, 200.0, 125.5,
                        "https://example.org/essay", "Step 1 of the essay."), 0.3,
                // Issue 11: a distribution, so that the uncertainty member is written too.
                new org.capexlens.scenario.Uncertainty(Map.of("capex_growth",
                        new org.capexlens.scenario.Distribution.Uniform(0, 0.2))),
                // Issue 11: GPU economic-life assumptions other than the defaults, so that member is written too.
                new org.capexlens.scenario.GpuLifeAssumptions("H100", "spot", 0.6, 0.5, 12),
                // Issue 14: companies' own shares off (not the default), so that member is written too.
                false);
    }

    private static List<String> messages(String json) {
        ImportException e = assertThrows(ImportException.class, () -> ScenarioJson.fromJson(json, "s.json"));
        assertEquals(ImportException.Kind.INVALID, e.kind());
        return e.messages().stream().map(ImportMessage::format).toList();
    }

    @Test
    void writeThenReadGivesAnEqualScenario() throws Exception {
        Path file = dir.resolve("custom.json");
        ScenarioJson.write(everythingSet(), file);
        assertEquals(everythingSet(), ScenarioJson.read(file));
        assertEquals(Scenario.defaults(), ScenarioJson.fromJson(ScenarioJson.toJson(Scenario.defaults()), "d.json"));
    }

    @Test
    void writesEveryMemberInFileOrder() {
        String json = ScenarioJson.toJson(everythingSet());
        int last = -1;
        for (String field : ScenarioJson.FIELDS) {
            int at = json.indexOf("\"" + field + "\":");
            assertTrue(at > last, field + " missing or out of order in\n" + json);
            last = at;
        }
        assertTrue(json.contains("\"policy\": {\n    \"type\": \"switch\",\n    \"life_years\": 3.5,\n"
                + "    \"from_year\": 2026\n  }"), json);
        assertTrue(json.contains("\"Meta\": {\n      \"type\": \"uniform\",\n      \"life_years\": 5.5\n    }"), json);
        assertTrue(json.contains("\"long_lived_life_years\": 15,"), json);
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void theDefaultsAreWrittenExactlyAsTheShippedAsReportedPreset() throws IOException {
        assertEquals(Files.readString(Path.of("data/scenarios/as-reported.json")),
                ScenarioJson.toJson(Scenario.defaults()));
    }

    @Test
    void writeReplacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "old content that is longer than nothing");
        ScenarioJson.write(Scenario.defaults(), file);
        assertEquals(Scenario.defaults(), ScenarioJson.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void writeIntoAMissingFolderIsAWriteError() {
        Path file = dir.resolve("no-such-folder").resolve("s.json");
        WriteException e = assertThrows(WriteException.class, () -> ScenarioJson.write(Scenario.defaults(), file));
        assertEquals(file, e.path());
        assertEquals("could not write " + file.toAbsolutePath() + ": the folder does not exist", e.getMessage());
    }

    @Test
    void missingMembersTakeTheDefaults() throws Exception {
        Scenario d = Scenario.defaults();
        Scenario read = ScenarioJson.fromJson("{\"name\": \"Mine\", \"policy\": {\"type\": \"uniform\", "
                + "\"life_years\": 3}}", "mine.json");
        assertEquals(d.toBuilder().name("Mine").description("").assertedBy("").sourceUrl("")
                .policy(new DepreciationPolicy.Uniform(3)).companyOverrides(Map.of()).build(), read);
    }

    @Test
    void aMissingNameIsTheFileName() throws Exception {
        assertEquals("my-view", ScenarioJson.fromJson("{}", "my-view.json").name());
        assertEquals("", ScenarioJson.fromJson("{}", "my-view.json").description());
    }

    @Test
    void acceptsRevenueBasisAliasesAndCaseInChoices() throws Exception {
        Scenario s = ScenarioJson.fromJson("{\"ai_revenue_basis\": \"recognised\", \"convention\": \"FULL_YEAR\", "
                + "\"ratio_numerator\": \"Hyperscaler_Capex\", \"policy\": {\"type\": \"Reported\"}}", "s.json");
        assertEquals(RevenueBasis.RECOGNIZED, s.aiRevenueBasis());
        assertEquals(Convention.FULL_YEAR, s.convention());
        assertEquals(RatioNumerator.HYPERSCALER_CAPEX, s.ratioNumerator());
    }

    @Test
    void anUnknownFieldNamesItsPathAndTheLikelyIntendedField() {
        assertEquals(List.of(
                "s.json:scenario::policy.lifeyears: unknown field policy.lifeyears; did you mean policy.life_years?",
                "s.json:scenario::policy.life_years: policy.life_years is missing; expected a number"),
                messages("{\"policy\": {\"type\": \"uniform\", \"lifeyears\": 3}}"));
    }

    @Test
    void anUnknownTopLevelFieldListsTheExpectedOnes() {
        assertEquals(List.of("s.json:scenario::colour: unknown field colour; expected one of: name, description, "
                + "asserted_by, source_url, policy, company_overrides, short_lived_share, long_lived_life_years, "
                + "in_service_lag_years, convention, capex_growth, revenue_growth, projection_end_year, "
                + "default_tax_rate, ratio_numerator, ai_share_of_capex, ai_revenue_basis, ai_revenue_entities, "
                + "gpu_share_of_data_center_cost, end_user_gross_margin, sustainable_capex_intensity, "
                + "break_even_target_margin, published_inputs, overstatement_min_adjusted_share, uncertainty, gpu_economic_life, "
                + "company_short_lived_shares"), messages("{\"colour\": \"red\"}"));
        assertEquals(List.of("s.json:scenario::Short-Lived-Share: unknown field Short-Lived-Share; did you mean "
                + "short_lived_share?"), messages("{\"Short-Lived-Share\": 0.4}"));
    }

    @Test
    void aFieldThatTheChosenPolicyTypeDoesNotTakeIsUnknown() {
        assertEquals(List.of("s.json:scenario::policy.life_years: unknown field policy.life_years; expected one of: "
                + "type"), messages("{\"policy\": {\"type\": \"reported\", \"life_years\": 3}}"));
        assertEquals(List.of("s.json:scenario::company_overrides.Meta.from_year: unknown field "
                + "company_overrides.Meta.from_year; expected one of: type, life_years"),
                messages("{\"company_overrides\": {\"Meta\": {\"type\": \"uniform\", \"life_years\": 3, "
                        + "\"from_year\": 2026}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"short_lived_share": "0.5"}          | s.json:scenario::short_lived_share: short_lived_share must be a number, found the text "0.5"
            {"projection_end_year": 2030.5}       | s.json:scenario::projection_end_year: projection_end_year must be a whole number, found 2030.5
            {"in_service_lag_years": true}        | s.json:scenario::in_service_lag_years: in_service_lag_years must be a whole number, found true
            {"name": null}                        | s.json:scenario::name: name must be text in double quotes, found null
            {"description": 3}                    | s.json:scenario::description: description must be text in double quotes, found 3
            {"capex_growth": 1e400}               | s.json:scenario::capex_growth: capex_growth must be a number, found Infinity
            {"ai_revenue_entities": "OpenAI"}     | s.json:scenario::ai_revenue_entities: ai_revenue_entities must be a list of names such as ["OpenAI", "Anthropic"], found the text "OpenAI"
            {"ai_revenue_entities": ["OpenAI", 3]} | s.json:scenario::ai_revenue_entities[1]: ai_revenue_entities[1] must be text in double quotes, found 3
            {"ai_revenue_entities": ["OpenAI", " "]} | s.json:scenario::ai_revenue_entities[1]: ai_revenue_entities[1] must not be blank
            {"policy": "uniform"}                 | s.json:scenario::policy: policy must be a policy object such as {"type": "uniform", "life_years": 3}, found the text "uniform"
            {"policy": {"life_years": 3}}         | s.json:scenario::policy.type: policy.type is missing; expected a policy type: reported, uniform or switch
            {"policy": {"type": 3}}               | s.json:scenario::policy.type: policy.type must be text in double quotes, found 3
            {"policy": {"type": "uniform", "life_years": [3]}} | s.json:scenario::policy.life_years: policy.life_years must be a number, found a list
            {"company_overrides": []}             | s.json:scenario::company_overrides: company_overrides must be an object of company names and policies such as {"Meta": {"type": "uniform", "life_years": 3}}, found a list
            {"company_overrides": {"Meta": 3}}    | s.json:scenario::company_overrides.Meta: company_overrides.Meta must be a policy object such as {"type": "uniform", "life_years": 3}, found 3
            {"convention": {"x": 1}}              | s.json:scenario::convention: convention must be text in double quotes, found an object
            """)
    void aWrongTypeNamesTheFieldAndTheExpectedType(String json, String message) {
        assertEquals(List.of(message), messages(json));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"short_lived_share": 1.5}            | s.json:scenario::short_lived_share: short_lived_share must be between 0 and 1, was 1.5
            {"name": "  "}                        | s.json:scenario::name: name must not be blank
            {"in_service_lag_years": 9}           | s.json:scenario::in_service_lag_years: in_service_lag_years must be 0-5, was 9
            {"long_lived_life_years": 0}          | s.json:scenario::long_lived_life_years: long_lived_life_years must be > 0, was 0.0
            {"end_user_gross_margin": 1}          | s.json:scenario::end_user_gross_margin: end_user_gross_margin must be in [0, 1), was 1.0
            {"projection_end_year": 1999}         | s.json:scenario::projection_end_year: projection_end_year must be 2000-2100, was 1999
            {"policy": {"type": "uniform", "life_years": -1}} | s.json:scenario::policy.life_years: policy.life_years must be > 0, was -1.0
            {"company_overrides": {"Meta": {"type": "switch", "life_years": 0, "from_year": 2026}}} | s.json:scenario::company_overrides.Meta.life_years: company_overrides.Meta.life_years must be > 0, was 0.0
            {"policy": {"type": "switch", "life_years": 3, "from_year": 1800}} | s.json:scenario::policy.from_year: policy.from_year must be a year between 1900 and 2200, found 1800
            {"policy": {"type": "switch", "life_years": 3}} | s.json:scenario::policy.from_year: policy.from_year is missing; expected a whole number
            {"convention": "quarterly"}           | s.json:scenario::convention: convention must be one of half_year, full_year, found "quarterly"
            {"ratio_numerator": "capex"}          | s.json:scenario::ratio_numerator: ratio_numerator must be one of nvidia_data_center, hyperscaler_capex, ai_share_of_capex, found "capex"
            {"ai_revenue_basis": "booked"}        | s.json:scenario::ai_revenue_basis: ai_revenue_basis must be one of recognized, run_rate, found "booked"
            {"policy": {"type": "linear"}}        | s.json:scenario::policy.type: policy.type must be one of reported, uniform, switch, found "linear"
            {"company_overrides": {"": {"type": "reported"}}} | s.json:scenario::company_overrides: company_overrides has a policy for a blank company name; expected a company id such as Meta
            """)
    void aValueOutOfRangeNamesTheField(String json, String message) {
        assertEquals(List.of(message), messages(json));
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        assertEquals(List.of(
                "s.json:scenario::lag: unknown field lag; expected one of: name, description, asserted_by, "
                        + "source_url, policy, company_overrides, short_lived_share, long_lived_life_years, "
                        + "in_service_lag_years, convention, capex_growth, revenue_growth, projection_end_year, "
                        + "default_tax_rate, ratio_numerator, ai_share_of_capex, ai_revenue_basis, "
                        + "ai_revenue_entities, gpu_share_of_data_center_cost, end_user_gross_margin, "
                        + "sustainable_capex_intensity, break_even_target_margin, published_inputs, overstatement_min_adjusted_share, uncertainty, gpu_economic_life, "
                        + "company_short_lived_shares",
                "s.json:scenario::short_lived_share: short_lived_share must be between 0 and 1, was 1.5",
                "s.json:scenario::default_tax_rate: default_tax_rate must be a number, found the text \"21%\""),
                messages("{\"short_lived_share\": 1.5, \"lag\": 1, \"default_tax_rate\": \"21%\"}"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"name": "x",}     | s.json:scenario::: not valid JSON at line 1, column 14: expected a JSON object of scenario fields (see data/scenarios/README.md)
            {"name": "x"       | s.json:scenario::: not valid JSON at line 1, column 13: expected a JSON object of scenario fields (see data/scenarios/README.md)
            {"name": "x"} {}   | s.json:scenario::: more text follows the scenario object at line 1, column 15: a file holds exactly one scenario object
            [1, 2]             | s.json:scenario::: expected a JSON object of scenario fields, found a list
            "As reported"      | s.json:scenario::: expected a JSON object of scenario fields, found the text "As reported"
            `   `              | s.json:scenario::: s.json is empty: expected a JSON object of scenario fields
            {"name": "a", "name": "b"} | s.json:scenario::name: field name appears twice (again at line 1); give each field once
            {"policy": {"type": "uniform", "type": "switch"}} | s.json:scenario::policy.type: field policy.type appears twice (again at line 1); give each field once
            """)
    void brokenJsonIsAPlainLocatedMessage(String json, String message) {
        assertEquals(List.of(message), messages(json));
    }

    @Test
    void readingAMissingFileIsAnIoError() {
        Path file = dir.resolve("nope.json");
        ImportException e = assertThrows(ImportException.class, () -> ScenarioJson.read(file));
        assertEquals(ImportException.Kind.IO, e.kind());
        assertEquals("nope.json:::: there is no file at " + file, e.firstError().format());
    }

    @Test
    void readingAFolderIsAnIoError() {
        ImportException e = assertThrows(ImportException.class, () -> ScenarioJson.read(dir));
        assertEquals(ImportException.Kind.IO, e.kind());
        assertEquals(dir.getFileName() + ":::: " + dir + " could not be read from disk", e.firstError().format());
    }

    @Test
    void readsAFileWithAByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF{\"name\": \"Bom\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals("Bom", ScenarioJson.read(file).name());
    }

    @Test
    void refusesAFileThatIsNotUtf8Text() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        ImportException e = assertThrows(ImportException.class, () -> ScenarioJson.read(file));
        assertEquals(ImportException.Kind.INVALID, e.kind());
        assertEquals("latin1.json:scenario::: latin1.json is not UTF-8 text: expected a JSON scenario file",
                e.firstError().format());
    }

    @Test
    void refusesAHugeFileBeforeParsingIt() throws Exception {
        Path file = dir.resolve("huge.json");
        Files.write(file, new byte[(int) ScenarioJson.MAX_BYTES + 1]);
        ImportException e = assertThrows(ImportException.class, () -> ScenarioJson.read(file));
        assertEquals("huge.json:scenario::: huge.json is larger than 1 MB; a scenario file is a few kilobytes",
                e.firstError().format());
        assertFalse(e.messages().isEmpty());
    }
}
