package org.capexlens.calc;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;
import org.capexlens.domain.UsefulLifeChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The back-test of disclosed useful-life changes against the model (DESIGN §3.3). */
class BacktestTest {
    private static final double EPS = 1e-9;

    /*
     * Hyper: calendar year, capex 40 in 2019-2021 (s = 0.5 → 20 short-lived a year), full-year convention,
     * servers 4 years, extended to 5 from 2021-01-01. Tax 20 % in 2021.
     * Without the change, 2021 short D = 3 × 20/4 = 15.
     * With it: vintage 2019 is 2 years old with 10 left → 10/3; vintage 2020 is 1 year old with 15 left → 15/4;
     * vintage 2021 is placed on the change date → 20/5 = 4. Total 10/3 + 3.75 + 4 = 11.083333.
     * Model effect on 2021 operating income: 15 − 11.083333 = 3.916667 (at s = 1: 7.833333).
     */
    private static Fixtures.Builder hyper(double fyEffect, double q1NetIncomeEffect) {
        return new Fixtures.Builder().company("Hyper", 12, Role.HYPERSCALER)
                .capex("Hyper", 2019, 40).capex("Hyper", 2020, 40).capex("Hyper", 2021, 40)
                .financials("Hyper", 2021, 100.0, 30.0, 20.0, 0.2)
                .life("Hyper", "servers", "2010-01-01", 4)
                .life("Hyper", "servers", "2021-01-01", 5, fyEffect, "Expected increase in operating income", "2021")
                .life("Hyper", "servers and network", "2021-01-01", 5, q1NetIncomeEffect, "Increase in net income",
                        "Q1 2021");
    }

    private static Scenario halfShort() {
        return Fixtures.scenario(DepreciationPolicy.REPORTED, 0.5, Convention.FULL_YEAR, 2021, 0, 0, 0);
    }

    @Test
    void extensionFromFourToFiveYearsRaisesTheYearsOperatingIncomeByTheDepreciationSaved() {
        List<ModelResult.BacktestRow> rows = Backtest.compute(hyper(3.0, 0.7).build(), halfShort());
        assertEquals(2, rows.size());
        ModelResult.BacktestRow fy = rows.get(0);
        assertEquals("Hyper", fy.company());
        assertEquals("2021", fy.period());
        assertEquals(4, fy.fromYears(), 0);
        assertEquals(5, fy.toYears(), 0);
        assertEquals(3.0, fy.disclosed(), 0);
        assertEquals(15 - (10.0 / 3 + 3.75 + 4), fy.model(), EPS);
        assertEquals(3.916667, fy.model(), 1e-6);
        assertEquals((3.916667 - 3) / 3, fy.error(), 1e-6);
    }

    @Test
    void aQuarterOfNetIncomeIsAQuarterOfTheYearAfterTax() {
        // 3.916667 / 4 × (1 − 0.2) = 0.783333; both rows describe the same change (same date), so removing one
        // removes the other too and the effect is not zero.
        ModelResult.BacktestRow q1 = Backtest.compute(hyper(3.0, 0.7).build(), halfShort()).get(1);
        assertEquals("Q1 2021", q1.period());
        assertEquals(0.783333, q1.model(), 1e-6);
        assertEquals((0.783333 - 0.7) / 0.7, q1.error(), 1e-5);
    }

    @Test
    void bestFitRecoversTheShareUsedToMakeTheDisclosures() {
        // At s = 1 the model effects are 7.833333 (FY) and 1.566667 (Q1, after tax). Disclosures made with
        // s = 0.3: 2.35 and 0.47 → least squares gives back exactly 0.3.
        OptionalDouble s = Backtest.bestFitShortLivedShare(hyper(2.35, 0.47).build(), halfShort());
        assertEquals(0.3, s.orElseThrow(), 1e-9);
        // A noisy second disclosure: s* = (7.833333 × 2.35 + 1.566667 × 0.5) / (7.833333² + 1.566667²) = 0.3007365.
        assertEquals(0.3007365, Backtest.bestFitShortLivedShare(hyper(2.35, 0.5).build(), halfShort())
                .orElseThrow(), 1e-7);
    }

    @Test
    void eachChangeImpliesItsOwnShareAndTheMedianResistsAnOutlier() {
        // At s = 1 the model effects are 7.833333 (FY) and 1.566667 (Q1, after tax).
        // Disclosed 2.35 and 0.47 imply 2.35 / 7.833333 = 0.3 and 0.47 / 1.566667 = 0.3.
        List<Double> shares = Backtest.impliedShortLivedShares(hyper(2.35, 0.47).build(), halfShort());
        assertEquals(2, shares.size());
        assertEquals(0.3, shares.get(0), 1e-6);
        assertEquals(0.3, shares.get(1), 1e-6);
        // Disclosed 2.35 and 1.566667 (an outlier implying s = 1): the median of two is their mean, 0.65.
        assertEquals(0.65, Backtest.medianImpliedShortLivedShare(hyper(2.35, 1.566667).build(), halfShort())
                .orElseThrow(), 1e-6);
    }

    @Test
    void bestFitIsEmptyWithoutDisclosures() {
        Dataset ds = new Fixtures.Builder().company("Hyper", 12, Role.HYPERSCALER).capex("Hyper", 2020, 10).build();
        assertEquals(OptionalDouble.empty(), Backtest.bestFitShortLivedShare(ds, halfShort()));
    }

    @Test
    void aShorteningStatedAsADecreaseComparesAsANegativeEffect() {
        // Amazon-style: 6 → 5 years, "decrease in operating income" stated as a positive 0.7.
        // Capex 60 in 2024 and 2025 (s = 0.5 → 30), full-year. Without: 2025 D = 30/6 × 2 = 10.
        // With (from 2025-01-01): vintage 2024 is 1 year old with 25 left → 25/4 = 6.25; vintage 2025 → 30/5 = 6.
        // Model effect = 10 − 12.25 = −2.25.
        Dataset ds = new Fixtures.Builder().company("Amazon", 12, Role.HYPERSCALER)
                .capex("Amazon", 2024, 60).capex("Amazon", 2025, 60)
                .life("Amazon", "servers", "2024-01-01", 6)
                .life("Amazon", "servers", "2025-01-01", 5, 0.7, "Expected decrease in operating income", "2025")
                .build();
        ModelResult.BacktestRow r = Backtest.compute(ds,
                Fixtures.scenario(DepreciationPolicy.REPORTED, 0.5, Convention.FULL_YEAR, 2025, 0, 0, 0)).get(0);
        assertEquals(-0.7, r.disclosed(), 0);
        assertEquals(-2.25, r.model(), EPS);
        assertEquals((-2.25 + 0.7) / -0.7, r.error(), EPS);
    }

    @ParameterizedTest(name = "\"{1}\" of {0} compares as {2}")
    @CsvSource(textBlock = """
            2.3,  Expected increase in operating income,       2.3
            3.9,  Reduction in depreciation expense,           3.9
            0.7,  Expected decrease in operating income,      -0.7
            1.0,  Reduction in net income,                    -1.0
            0.5,  Increase in depreciation expense,           -0.5
            -0.7, Expected decrease in operating income,      -0.7
            0.9,  Expected contribution to net income,         0.9
            """)
    void disclosedEffectsAreSignedAsRaisedOperatingIncome(double value, String metric, double expected) {
        UsefulLifeChange row = new UsefulLifeChange("X", "servers", LocalDate.of(2020, 1, 1), 5, value, metric, "2020",
                "");
        assertEquals(expected, Backtest.signedDisclosed(row), 0);
    }

    @ParameterizedTest(name = "\"{0}\" is fiscal year {1} × {2}")
    @CsvSource(textBlock = """
            FY2023,     2023, 1
            2023,       2023, 1
            fy 2023,    2023, 1
            FY23,       2023, 1
            Q1 2022,    2022, 0.25
            Q1 FY2024,  2024, 0.25
            H1 2021,    2021, 0.5
            FY2024 Q3,  2024, 0.25
            """)
    void effectPeriodsAreReadAsAShareOfAFiscalYear(String text, int year, double share) {
        assertEquals(Optional.of(new Backtest.Period(year, share)), Backtest.parsePeriod(text));
    }

    @ParameterizedTest(name = "\"{0}\" is not understood")
    @CsvSource(textBlock = """
            as of end-June 2025
            H3 2021
            Q5 2021
            ''
            """)
    void unknownPeriodsAreNotGuessed(String text) {
        assertEquals(Optional.empty(), Backtest.parsePeriod(text));
    }

    @Test
    void rowsThatCannotBeTestedAreSkippedWithANotice() {
        Dataset ds = new Fixtures.Builder().company("Hyper", 12, Role.HYPERSCALER).capex("Hyper", 2020, 40)
                .company("NoCapex", 12, Role.HYPERSCALER)
                .life("Hyper", "servers", "2010-01-01", 4, 1.0, "operating income", "2020")
                .life("Hyper", "servers", "2020-01-01", 5, 1.0, "operating income", "as of end-June 2025")
                .life("Hyper", "servers", "2021-01-01", 6, 1.0, "operating income", "2035")
                .life("Hyper", "servers", "2022-01-01", 7, 0.0, "operating income", "2021")
                .life("Hyper", "network", "2020-01-01", 6, 1.0, "operating income", "2020")
                .life("NoCapex", "servers", "2020-01-01", 6, 1.0, "operating income", "2020")
                .build();
        Scenario s = Fixtures.scenario(DepreciationPolicy.REPORTED, 0.5, Convention.FULL_YEAR, 2030, 0, 0, 0);
        assertEquals(List.of(), Backtest.compute(ds, s));
        assertEquals(List.of(
                new ModelNotice(ModelNotice.Kind.BACKTEST_NO_PREVIOUS_LIFE, "Hyper", "2010-01-01"),
                new ModelNotice(ModelNotice.Kind.BACKTEST_PERIOD_NOT_UNDERSTOOD, "Hyper", "as of end-June 2025"),
                new ModelNotice(ModelNotice.Kind.BACKTEST_OUTSIDE_MODELLED_YEARS, "Hyper", "2035"),
                new ModelNotice(ModelNotice.Kind.BACKTEST_ZERO_DISCLOSED, "Hyper", "2021"),
                new ModelNotice(ModelNotice.Kind.BACKTEST_NOT_MODELLED_CLASS, "Hyper", "network"),
                new ModelNotice(ModelNotice.Kind.BACKTEST_NO_CAPEX, "NoCapex", "2020")), Backtest.notices(ds, s));
    }

    // ---- issue 10: part of the fleet, expected vs actual -------------------------------------------------------

    private static ModelResult.BacktestRow amazonSubset(double share, String basis) {
        Dataset ds = new Fixtures.Builder().company("Amazon", 12, Role.HYPERSCALER)
                .capex("Amazon", 2024, 60).capex("Amazon", 2025, 60)
                .life("Amazon", "servers", "2024-01-01", 6)
                .life("Amazon", "servers", "2025-01-01", 5, 0.7, "Expected decrease in operating income", "2025",
                        share, basis)
                .build();
        return Backtest.compute(ds, Fixtures.scenario(DepreciationPolicy.REPORTED, 0.5, Convention.FULL_YEAR, 2025,
                0, 0, 0)).get(0);
    }

    @Test
    void aChangeOfHalfTheFleetHasHalfTheEffect() {
        // As above (−2.25 for the whole class), on half of each vintage: vintage 2024 (30) keeps 5 a year on the
        // untouched half (2.5) and the changed half gets 12.5 / 4 = 3.125; vintage 2025 gets 15/5 + 15/6 = 5.5.
        // With: 5.625 + 5.5 = 11.125; without: 10. Effect −1.125.
        ModelResult.BacktestRow r = amazonSubset(0.5, "actual");
        assertEquals(-1.125, r.model(), EPS);
        assertEquals(0.5, r.fleetShare(), 0);
        assertEquals("actual", r.effectBasis());
    }

    @Test
    void anExpectedEffectIsModelledOnTheAssetsHeldAtTheChangeDate() {
        // "For those assets included in property and equipment, net as of December 31, 2024" (Amazon 10-K 2024):
        // only vintage 2024 counts. Without 5, with 3.125 + 2.5 = 5.625: −0.625. The 2025 vintage (−0.5) is left out.
        assertEquals(-0.625, amazonSubset(0.5, "expected").model(), EPS);
        assertEquals(-1.25, amazonSubset(1.0, "expected").model(), EPS);
        assertEquals(-2.25, amazonSubset(1.0, "").model(), EPS, "unmarked effects are modelled on all vintages");
    }
}
