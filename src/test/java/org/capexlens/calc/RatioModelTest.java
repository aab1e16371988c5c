package org.capexlens.calc;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;

import static org.capexlens.calc.RatioFixtures.rr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Status;
import org.junit.jupiter.api.Test;

/** Hand-worked figures: see the comments of {@link RatioFixtures}. */
class RatioModelTest {
    private static final double EPS = 1e-9;

    private static void assertRow(ModelResult.RatioRow row, int year, double infra, double apps, double ratio,
            double cumulative) {
        assertEquals(year, row.year());
        assertEquals(infra, row.infrastructure(), EPS, "infrastructure " + year);
        assertEquals(apps, row.applications(), EPS, "applications " + year);
        assertEquals(ratio, row.ratio(), EPS, "ratio " + year);
        assertEquals(cumulative, row.cumulativeRatio(), EPS, "cumulative " + year);
    }

    @Test
    void nvidiaDataCenterAgainstDefaultRunRatesInCompleteYearsOnly() {
        // 2024: 115 / 10 = 11.5; 2025: 175 / 25 = 7, cumulative (115 + 175) / (10 + 25) = 290 / 35.
        // 2023 has run-rate revenue but only 11 months of Nvidia data: left out, not shown low.
        List<ModelResult.RatioRow> rows = RatioModel.compute(RatioFixtures.dataset(), Scenario.defaults());
        assertEquals(2, rows.size());
        assertRow(rows.get(0), 2024, 115, 10, 11.5, 11.5);
        assertRow(rows.get(1), 2025, 175, 25, 7, 290.0 / 35);
    }

    @Test
    void hyperscalerCapexOfAllStatusesAndRoles() {
        // 2023: 66 / 2.5 = 26.4; 2024: 94 / 10 = 9.4, cumulative 160 / 12.5 = 12.8.
        Scenario s = RatioFixtures.scenario(RatioNumerator.HYPERSCALER_CAPEX, 0.5, RevenueBasis.RUN_RATE,
                Scenario.DEFAULT_AI_ENTITIES);
        List<ModelResult.RatioRow> rows = RatioModel.compute(RatioFixtures.dataset(), s);
        assertEquals(2, rows.size());
        assertRow(rows.get(0), 2023, 66, 2.5, 26.4, 26.4);
        assertRow(rows.get(1), 2024, 94, 10, 9.4, 12.8);
    }

    @Test
    void aiShareOfCapexScalesTheCapex() {
        // 40 % of 66 = 26.4 -> 26.4 / 2.5 = 10.56; 40 % of 94 = 37.6 -> 3.76; cumulative 64 / 12.5 = 5.12.
        Scenario s = RatioFixtures.scenario(RatioNumerator.AI_SHARE_OF_CAPEX, 0.4, RevenueBasis.RUN_RATE,
                Scenario.DEFAULT_AI_ENTITIES);
        List<ModelResult.RatioRow> rows = RatioModel.compute(RatioFixtures.dataset(), s);
        assertRow(rows.get(0), 2023, 26.4, 2.5, 10.56, 10.56);
        assertRow(rows.get(1), 2024, 37.6, 10, 3.76, 5.12);
    }

    @Test
    void recognisedRevenueIsSummedAndNeverMixedWithRunRates() {
        // Recognised with default entities: 2023 = 1.0, 2024 = 3.7 + 0.3 = 4.0 (Menlo left out), 2025 = 6.0.
        Scenario s = RatioFixtures.scenario(RatioNumerator.NVIDIA_DATA_CENTER, 0.5, RevenueBasis.RECOGNIZED,
                Scenario.DEFAULT_AI_ENTITIES);
        assertEquals(Map.of(2023, 1.0, 2024, 4.0, 2025, 6.0), RatioModel.applications(RatioFixtures.dataset(), s));
        List<ModelResult.RatioRow> rows = RatioModel.compute(RatioFixtures.dataset(), s);
        // 115 / 4 = 28.75; 175 / 6; cumulative 290 / 10 = 29.
        assertRow(rows.get(0), 2024, 115, 4, 28.75, 28.75);
        assertRow(rows.get(1), 2025, 175, 6, 175.0 / 6, 29);
    }

    @Test
    void anEmptyEntityListTakesEveryEntityOfTheBasis() {
        // Run-rate, all entities: 2024 = 6 + 4 + 10 (Microsoft AI) = 20.
        Scenario s = RatioFixtures.scenario(RatioNumerator.NVIDIA_DATA_CENTER, 0.5, RevenueBasis.RUN_RATE,
                List.of());
        assertEquals(Map.of(2023, 2.5, 2024, 20.0, 2025, 25.0), RatioModel.applications(RatioFixtures.dataset(), s));
    }

    @Test
    void entityNamesMatchIgnoringCaseAndSpaces() {
        Scenario s = RatioFixtures.scenario(RatioNumerator.NVIDIA_DATA_CENTER, 0.5, RevenueBasis.RUN_RATE,
                List.of(" openai "));
        assertEquals(Map.of(2023, 2.0, 2024, 6.0, 2025, 15.0), RatioModel.applications(RatioFixtures.dataset(), s));
    }

    @Test
    void ofTwoRunRateSnapshotsOnTheSameDayTheLaterRowCounts() {
        Dataset d = RatioFixtures.withAi(List.of(rr("OpenAI", "2024-12-31", 5.0), rr("OpenAI", "2024-12-31", 5.5)));
        assertEquals(Map.of(2024, 5.5), RatioModel.applications(d, Scenario.defaults()));
    }

    @Test
    void yearsWithoutApplicationRevenueAreLeftOut() {
        // 2025 has infrastructure but only a zero revenue figure: no ratio, rather than an infinite one.
        Dataset d = RatioFixtures.withAi(List.of(rr("OpenAI", "2024-12-31", 5.0), rr("Anthropic", "2025-12-31", 0)));
        List<ModelResult.RatioRow> rows = RatioModel.compute(d, Scenario.defaults());
        assertEquals(1, rows.size());
        assertRow(rows.get(0), 2024, 115, 5, 23, 23);
        assertEquals(List.of(), RatioModel.compute(RatioFixtures.withAi(List.of()), Scenario.defaults()));
    }

    @Test
    void aChipRowWithoutDataCenterRevenueIsAGapNotAZero() {
        // FY2025 without a data-center figure: CY2024 and CY2025 each lack eleven or one months; nothing complete.
        Dataset d = new Dataset(RatioFixtures.COMPANIES, RatioFixtures.CAPEX, List.of(), List.of(), List.of(
                new ChipRevenueRow("Nvidia", 2024, 60.0, 70.0, Status.REPORTED, "nv"),
                new ChipRevenueRow("Nvidia", 2025, null, 130.0, Status.REPORTED, "nv"),
                new ChipRevenueRow("Nvidia", 2026, 180.0, 200.0, Status.REPORTED, "nv")), RatioFixtures.AI,
                List.of());
        assertEquals(Map.of(), RatioModel.infrastructure(d, Scenario.defaults()).completeValues());
        assertEquals(List.of(), RatioModel.compute(d, Scenario.defaults()));
    }

    @Test
    void infrastructureFlagsPartialYears() {
        Calendarizer.Calendarised infra = RatioModel.infrastructure(RatioFixtures.dataset(),
                RatioNumerator.HYPERSCALER_CAPEX, 1.0);
        // CY2022: Microsoft 6 months, Meta not started yet; 2025: Meta has no figure (0 months); 2026: Microsoft
        // has stopped (no fiscal 2026), so Meta alone does not make a complete year.
        assertEquals(Map.of(2022, 6, 2023, 12, 2024, 12, 2025, 0, 2026, 0), infra.monthsCovered());
        assertEquals(100.0, infra.values().get(2026), EPS);
    }

    @Test
    void describesTheDefaultSeriesForALegend() {
        // The words ("Nvidia data-center revenue ÷ AI run-rate (…)") are chart.ModelText's; see ModelTextTest.
        assertEquals(new RatioModel.Series(RatioNumerator.NVIDIA_DATA_CENTER, 0.5, RevenueBasis.RUN_RATE,
                List.of("OpenAI", "Anthropic", "Cursor (Anysphere)")), RatioModel.describe(Scenario.defaults()));
    }

    @Test
    void describesCapexAndRecognisedSeries() {
        assertEquals(new RatioModel.Series(RatioNumerator.AI_SHARE_OF_CAPEX, 0.4, RevenueBasis.RECOGNIZED, List.of()),
                RatioModel.describe(RatioFixtures.scenario(RatioNumerator.AI_SHARE_OF_CAPEX, 0.4,
                        RevenueBasis.RECOGNIZED, List.of())));
        assertEquals(new RatioModel.Series(RatioNumerator.HYPERSCALER_CAPEX, 0.4, RevenueBasis.RUN_RATE,
                List.of("OpenAI")), RatioModel.describe(RatioFixtures.scenario(RatioNumerator.HYPERSCALER_CAPEX, 0.4,
                        RevenueBasis.RUN_RATE, List.of("OpenAI"))));
    }
}
