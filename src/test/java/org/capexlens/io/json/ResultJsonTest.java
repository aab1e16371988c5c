package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.Status;
import org.junit.jupiter.api.Test;

class ResultJsonTest {
    static final List<String> COMPANY_MEMBERS = List.of("company", "fiscal_year", "status", "capex", "revenue",
            "operating_income", "depreciation_reported_policy", "depreciation_scenario", "delta_depreciation",
            "adjusted_operating_income", "adjusted_operating_margin", "net_income", "adjusted_net_income",
            "earnings_overstatement", "maintenance_capex", "break_even_life_years",
            "earnings_overstatement_status",
            // issue 14
            "fiscal_year_end_month", "understated_depreciation_share", "catch_up_write_off",
            "run_rate_delta_depreciation", "break_even_status");

    static ModelResult result() {
        return new ModelResult(Scenario.defaults().withName("Burry 2–3 years"),
                List.of(new ModelResult.CompanyYear("Meta", 2028, Status.SCENARIO, 120.5, 250.0, 90.0, 40.0, 55.0,
                        15.0, 75.0, 0.3, 70.0, 58.15, 70.0 / 58.15 - 1, 30.0, 4.5),
                        new ModelResult.CompanyYear("Oracle", 2024, Status.REPORTED, null, null, null, 1.0, 2.0, 1.0,
                                null, null, null, null, null, 0.5, null)),
                List.of(new ModelResult.RatioRow(2024, 115, 10, 11.5, 11.5),
                        new ModelResult.RatioRow(2025, 175, 0, Double.NaN, null)),
                List.of(new ModelResult.RevenueGapRow(2024, 115, 460, 10, 450)),
                List.of(new ModelResult.BacktestRow("Microsoft", "FY2023", 4, 6, 3.7, 3.5, -0.054)));
    }

    private static List<String> names(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesEveryMemberInOrderWithSnakeCaseNames() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ResultJson.toJson(result(), "ai-economics.xlsx", "ab12"));
        assertEquals(List.of("scenario", "dataset", "companies", "ratio", "revenue_gap", "backtest", "bain",
                "claims", "calendar", "calibration"),
                names(root));
        assertEquals("Burry 2–3 years", root.get("scenario").textValue());
        assertEquals(List.of("file", "sha256"), names(root.get("dataset")));
        assertEquals("ai-economics.xlsx", root.get("dataset").get("file").textValue());
        assertEquals("ab12", root.get("dataset").get("sha256").textValue());
        assertEquals(COMPANY_MEMBERS, names(root.get("companies").get(0)));
        assertEquals(List.of("year", "infrastructure", "applications", "ratio", "cumulative_ratio",
                "estimated"),
                names(root.get("ratio").get(0)));
        assertEquals(List.of("year", "infrastructure", "required_revenue", "applications", "gap", "basis", "estimated"),
                names(root.get("revenue_gap").get(0)));
        assertEquals(List.of("company", "period", "from_years", "to_years", "disclosed", "model", "error",
                "fleet_share", "basis"), names(root.get("backtest").get(0)));
    }

    @Test
    void writesFiguresAsNumbersStatusAsItsCodeAndGapsAsNull() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ResultJson.toJson(result(), "d.xlsx", "00"));
        JsonNode meta = root.get("companies").get(0);
        assertEquals("scenario", meta.get("status").textValue());
        assertEquals(2028, meta.get("fiscal_year").intValue());
        assertEquals(120.5, meta.get("capex").doubleValue());
        assertEquals(0.3, meta.get("adjusted_operating_margin").doubleValue());
        JsonNode oracle = root.get("companies").get(1);
        assertEquals("reported", oracle.get("status").textValue());
        for (String f : List.of("capex", "revenue", "operating_income", "adjusted_operating_income",
                "adjusted_operating_margin", "net_income", "adjusted_net_income", "earnings_overstatement",
                "break_even_life_years")) {
            assertTrue(oracle.get(f).isNull(), f);
        }
        // NaN has no JSON form: it is written as "not computable".
        assertTrue(root.get("ratio").get(1).get("ratio").isNull());
        assertTrue(root.get("ratio").get(1).get("cumulative_ratio").isNull());
        assertEquals(-0.054, root.get("backtest").get(0).get("error").doubleValue());
        assertEquals(450.0, root.get("revenue_gap").get(0).get("gap").doubleValue());
    }

    @Test
    void isIndentedAndEndsWithANewline() {
        String json = ResultJson.toJson(new ModelResult(Scenario.defaults(), List.of(), List.of(), List.of(),
                List.of()), "d.xlsx", "00");
        assertEquals("{\n  \"scenario\": \"As reported\",\n  \"dataset\": {\n    \"file\": \"d.xlsx\",\n"
                + "    \"sha256\": \"00\"\n  },\n  \"companies\": [ ],\n  \"ratio\": [ ],\n  \"revenue_gap\": [ ],\n"
                + "  \"backtest\": [ ],\n  \"bain\": [ ],\n  \"claims\": [ ],\n  \"calendar\": [ ],\n  \"calibration\": [ ]\n}\n", json);
    }
}
