package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, "done when": {@code compute --scenario sequoia-2023|sequoia-2024|bain-2030} JSON holds the published
 * figures as rows a script can find ({@code basis: "published"}), beside the same method on the default dataset's
 * figures ({@code basis: "dataset"}). Sources: data/reference/sequoia_method.csv and the Bain preset's source.
 */
class ComputePublishedFiguresTest {

    private static JsonNode compute(String preset) throws Exception {
        CliRun run = CliRun.of("compute", "--scenario", preset);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static List<JsonNode> rows(JsonNode root, String member, String basis) {
        List<JsonNode> out = new ArrayList<>();
        root.get(member).forEach(r -> {
            if (basis.equals(r.get("basis").textValue())) {
                out.add(r);
            }
        });
        return out;
    }

    @Test
    void sequoia2023PublishedRowRequiresTwoHundredWithAGapOfOneHundredTwentyFive() throws Exception {
        JsonNode root = compute("sequoia-2023");
        List<JsonNode> published = rows(root, "revenue_gap", "published");
        assertEquals(1, published.size());
        JsonNode p = published.get(0);
        assertEquals(2023, p.get("year").intValue());
        // $50B run-rate x 2 x 2 = $200B; minus $75B = $125B (sequoia_method-001, -005, -006).
        assertEquals(50, p.get("infrastructure").doubleValue(), 1e-9);
        assertEquals(200, p.get("required_revenue").doubleValue(), 1e-9);
        assertEquals(125, p.get("gap").doubleValue(), 1e-9);
        assertEquals(200, p.get("stated_required_revenue").doubleValue(), 1e-9);
        assertEquals(125, p.get("stated_gap").doubleValue(), 1e-9);
        assertTrue(p.get("source_url").textValue().startsWith("https://www.sequoiacap.com/"));
        // Beside it, the same method on the dataset's own 2023 figures, which is a different number.
        JsonNode dataset2023 = rows(root, "revenue_gap", "dataset").stream()
                .filter(r -> r.get("year").intValue() == 2023).findFirst().orElseThrow();
        assertFalse(dataset2023.has("stated_gap"));
        double datasetRequired = dataset2023.get("required_revenue").doubleValue();
        assertEquals(4 * dataset2023.get("infrastructure").doubleValue(), datasetRequired, 1e-9);
        assertTrue(Math.abs(datasetRequired - 200) > 1, "dataset " + datasetRequired);
    }

    @Test
    void sequoia2024PublishedRowRequiresSixHundredWithAGapOfAboutFiveHundred() throws Exception {
        JsonNode p = rows(compute("sequoia-2024"), "revenue_gap", "published").get(0);
        assertEquals(2024, p.get("year").intValue());
        // $150B x 4 = $600B (sequoia_method-008, -009); his $70B of assumed revenue leaves $530B, stated as ~$500B.
        assertEquals(600, p.get("required_revenue").doubleValue(), 1e-9);
        assertEquals(530, p.get("gap").doubleValue(), 1e-9);
        assertEquals(500, p.get("stated_gap").doubleValue(), 1e-9);
        assertTrue(Math.abs(p.get("gap").doubleValue() - 500) / 500 < 0.1);
    }

    @Test
    void bain2030PublishedRowNeedsTwoTrillionAndTheBainMemberHasTheDatasetYears() throws Exception {
        JsonNode root = compute("bain-2030");
        assertTrue(rows(root, "revenue_gap", "published").isEmpty());
        JsonNode p = rows(root, "bain", "published").get(0);
        assertEquals(2030, p.get("year").intValue());
        // $500B of capex / 25 % = $2,000B; Bain's stated shortfall is $800B.
        assertEquals(500, p.get("capex").doubleValue(), 1e-9);
        assertEquals(0.25, p.get("intensity").doubleValue(), 1e-9);
        assertEquals(2000, p.get("required_revenue").doubleValue(), 1e-9);
        assertTrue(p.get("shortfall").isNull());
        assertEquals(800, p.get("stated_shortfall").doubleValue(), 1e-9);
        List<JsonNode> dataset = rows(root, "bain", "dataset");
        assertFalse(dataset.isEmpty());
        for (JsonNode r : dataset) {
            assertEquals(List.of("year", "capex", "intensity", "required_revenue", "ai_revenue", "shortfall", "basis",
                    "estimated"),
                    names(r));
            assertEquals(r.get("capex").doubleValue() / 0.25, r.get("required_revenue").doubleValue(), 1e-9);
            assertEquals(r.get("required_revenue").doubleValue() - r.get("ai_revenue").doubleValue(),
                    r.get("shortfall").doubleValue(), 1e-9);
        }
    }

    @Test
    void asReportedHasNoPublishedRowButStillTheBainTest() throws Exception {
        JsonNode root = compute("as-reported");
        assertTrue(rows(root, "revenue_gap", "published").isEmpty());
        assertTrue(rows(root, "bain", "published").isEmpty());
        assertFalse(rows(root, "bain", "dataset").isEmpty());
    }

    private static List<String> names(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
