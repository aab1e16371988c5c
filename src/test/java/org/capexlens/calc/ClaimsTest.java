package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.capexlens.calc.ClaimCheck.SeekStatus;
import org.capexlens.calc.ClaimCheck.Status;
import org.capexlens.calc.ClaimCheck.Variable;
import org.capexlens.domain.Claim;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Role;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;

class ClaimsTest {
    private static Claim claim(String id, Double figure, Double low, Double high, String unit, String scope,
            String period, String assumptions, String metric) {
        return new Claim(id, "Someone", "2025", "what", figure, unit, low, high, scope, period, assumptions, metric,
                "src");
    }

    /**
     * One hyperscaler that spent 100 in 2020 only and states a 10-year life; full-year convention, every dollar
     * short-lived. Under a uniform life L its 2020 depreciation is 100 / L against 10 as reported, so
     * ΔD(2020) = 100 / L − 10.
     */
    private static Dataset oneVintage(Claim c) {
        return new Fixtures.Builder().company("H", 12, Role.HYPERSCALER).capex("H", 2020, 100)
                .life("H", "servers", "2015-01-01", 10).claim(c).build();
    }

    private static Scenario fullYear(DepreciationPolicy policy) {
        return Fixtures.scenario(policy, 1.0, Convention.FULL_YEAR, 2022, 0, 0, 0);
    }

    @Test
    void goalSeekFindsTheUniformLifeOfAClosedFormDeltaD() {
        // 100 / L − 10 = 15  ⇔  L = 4 years.
        Claim c = claim("c", 15.0, null, null, "usd_b", "H", "2020", "", Claim.DELTA_DEPRECIATION_SUM);
        ClaimCheck k = Claims.check(oneVintage(c), fullYear(DepreciationPolicy.REPORTED), c);
        assertEquals(Status.CHECKED, k.status());
        assertEquals(0.0, k.modelCurrent(), 1e-9, "as reported ΔD is zero");
        assertEquals(-15.0, k.difference(), 1e-9);
        assertEquals(SeekStatus.SOLVED, k.goalSeek().status());
        assertEquals(Variable.UNIFORM_LIFE_YEARS, k.goalSeek().variable());
        assertEquals(4.0, k.goalSeek().value(), 0.001);
    }

    @Test
    void theClaimsOwnLifeGivesItsOwnFigure() {
        // "2.5-year life": 100 / 2.5 − 10 = 30; under a uniform 5 years the scenario gives 100 / 5 − 10 = 10.
        Claim c = claim("c", 30.0, null, null, "usd_b", "H", "2020", "2.5-year server life, as if always used",
                Claim.DELTA_DEPRECIATION_SUM);
        ClaimCheck k = Claims.check(oneVintage(c), fullYear(new DepreciationPolicy.Uniform(5)), c);
        assertEquals(10.0, k.modelCurrent(), 1e-9);
        assertEquals(30.0, k.modelOwnAssumptions(), 1e-9);
        assertEquals(-20.0, k.difference(), 1e-9);
        assertEquals(2.5, k.goalSeek().value(), 0.001);
    }

    @Test
    void aFigureOutsideTheSearchedLivesHasNoSolutionInRange() {
        // ΔD ≥ 100 / 10 − 10 = 0 on 1..10 years and at most 90: −5 and 95 are out of reach.
        for (double figure : new double[] {-5, 95}) {
            Claim c = claim("c", figure, null, null, "usd_b", "H", "2020", "", Claim.DELTA_DEPRECIATION_SUM);
            ClaimCheck k = Claims.check(oneVintage(c), fullYear(DepreciationPolicy.REPORTED), c);
            assertEquals(SeekStatus.NO_SOLUTION_IN_RANGE, k.goalSeek().status(), "figure " + figure);
            assertNull(k.goalSeek().value());
        }
    }

    @Test
    void sequoiaGoalSeekSolvesForTheGpuShare() {
        // Nvidia data-center revenue 50 in calendar 2023; required = 50 / g / (1 − 0.5) = 100 / g.
        // Sequoia's $200B ⇔ g = 0.5; a $250B claim ⇔ g = 0.4.
        Claim c200 = claim("s", 200.0, null, null, "usd_b", "Nvidia", "2023", "", Claim.REQUIRED_REVENUE);
        Claim c250 = claim("t", 250.0, null, null, "usd_b", "Nvidia", "2023", "", Claim.REQUIRED_REVENUE);
        Dataset d = new Fixtures.Builder().company("Nvidia", 12, Role.CHIP_VENDOR).chip("Nvidia", 2023, 50)
                .company("H", 12, Role.HYPERSCALER).capex("H", 2023, 10)
                .ai("Lab", "2023-12-31", 20, RevenueBasis.RUN_RATE).claim(c200).claim(c250).build();
        Scenario s = fullYear(DepreciationPolicy.REPORTED);
        List<ClaimCheck> checks = Claims.check(d, s);
        assertEquals(200.0, checks.get(0).modelCurrent(), 1e-9);
        assertEquals(0.0, checks.get(0).difference(), 1e-9);
        assertEquals(0.5, checks.get(0).goalSeek().value(), 1e-4);
        assertEquals(Variable.GPU_SHARE_OF_DATA_CENTER_COST, checks.get(1).goalSeek().variable());
        assertEquals(0.4, checks.get(1).goalSeek().value(), 1e-4);
    }

    @Test
    void rangesAndBoundsDifferOnlyOutsideThem() {
        Claim within = claim("a", null, 4.0, 6.0, "years", "H", "2020", "", Claim.STATED_LIFE);
        Claim below = claim("b", null, null, 3.0, "years", "H", "2020", "", Claim.STATED_LIFE);
        assertEquals(0.0, Claims.difference(within, 5.5));
        assertEquals(2.5, Claims.difference(below, 5.5));
        assertEquals(-1.0, Claims.difference(within, 3.0));
    }

    @Test
    void statedLifeIsTheLifeInForceUnderTheScenarioAndAsReportedUnderItsOwn() {
        Claim c = claim("l", 10.0, null, null, "years", "H", "2020", "", Claim.STATED_LIFE);
        ClaimCheck k = Claims.check(oneVintage(c), fullYear(new DepreciationPolicy.Uniform(2.5)), c);
        assertEquals(2.5, k.modelCurrent());
        assertEquals(10.0, k.modelOwnAssumptions());
        assertEquals(-7.5, k.difference());
        assertEquals(SeekStatus.NOT_APPLICABLE, k.goalSeek().status());
    }

    @Test
    void qualitativeUnscopedAndUndatedClaimsSayWhyTheyAreNotChecked() {
        Claim qualitative = claim("q", null, null, null, "", "", "2025", "", "");
        Claim noMetric = claim("m", 5.0, null, null, "usd_b", "H", "2020", "", "");
        Claim noPeriod = claim("p", 5.0, null, null, "usd_b", "H", "this year", "", Claim.DELTA_DEPRECIATION_SUM);
        Claim unknown = claim("u", 5.0, null, null, "usd_b", "Nobody", "2020", "", Claim.DELTA_DEPRECIATION_SUM);
        Claim noData = claim("n", 5.0, null, null, "usd_b", "H", "2040", "", Claim.DELTA_DEPRECIATION_SUM);
        Scenario s = fullYear(DepreciationPolicy.REPORTED);
        Dataset d = oneVintage(qualitative);
        assertEquals(Status.QUALITATIVE, Claims.check(d, s, qualitative).status());
        assertEquals(Status.NO_METRIC, Claims.check(d, s, noMetric).status());
        assertEquals(Status.NO_PERIOD, Claims.check(d, s, noPeriod).status());
        assertEquals(Status.UNKNOWN_SCOPE, Claims.check(d, s, unknown).status());
        assertEquals(Status.NO_DATA, Claims.check(d, s, noData).status());
    }

    /**
     * The default dataset under the Burry preset (uniform 2.5 years) against his published $176B of understated
     * depreciation for 2026–2028 (TipRanks, 2025-11-10). The model's calendarised sum over the six hyperscalers is
     * about $321B (his inputs are unpublished: a band, not a target); the uniform life that gives $176B is about
     * 3.6 years. Pinned so that a change to the data or the model that moves them is seen.
     */
    @Test
    void burryPresetAgainstHis176BillionOnTheDefaultDataset() throws Exception {
        Dataset d = DatasetReader.read(Path.of("data", "ai-economics.xlsx")).dataset();
        Scenario burry = Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(2.5));
        ClaimCheck k = Claims.check(d, burry).stream().filter(c -> c.claim().id().equals("claims-001"))
                .findFirst().orElseThrow();
        assertEquals(176.0, k.claim().figure());
        // 298.8 before the mid-2026 data (Meta 2026 capex 135, Alphabet 185, Oracle FY2026 55.7) and Amazon's
        // partial-fleet 2025 change lengthened the reported baseline (issue 10).
        // 320.9 → 320.3 with Meta's capex on its headline definition (audit 2026-12 A1, +0.6…+2.0 a year in
        // 2020-2024): the reported-policy baseline the 2.5-year life is compared with rises a little.
        // 320.3 → 333.9 with finance-lease additions in Microsoft's and Amazon's fleets (FY2023–25, issue 14's
        // calibration): a larger fleet gives a larger ΔD under 2.5 years.
        // 333.9 → 332.9 with Microsoft's FY2018–22 finance-lease additions (issue 10 back-test): under 2.5 years they
        // are written off before 2026, while the reported-policy baseline still depreciates them in 2026–2028
        // (servers bought in FY2021–22 over 6 years, the long-lived part over 20), so ΔD falls a little; 332.9 → 332.8
        // with Amazon's 2015–2020 inputs (its reported-policy depreciation of 2026 rises more than its 2.5-year one).
        // 332.8 → 325.3 with Meta's own short-lived share of 0.44 (issue 14): Meta's ΔD scales with its share.
        // 325.3 → 287.2 with Amazon's servers and network at 0.27 of its capex and its other equipment (0.23, 6.6 y)
        // left out of the server life (issue 10): Amazon's ΔD scales with 0.27 / 0.5.
        assertEquals(287.2, k.modelCurrent(), 0.05);
        assertEquals(k.modelCurrent(), k.modelOwnAssumptions(), 1e-9, "his own assumptions are the preset's");
        // 3.61 before the finance-lease additions (issue 14); 3.68 → 3.65 with Meta's own share; 3.65 → 3.46 with
        // Amazon's server share (less ΔD at every life, so a shorter life reaches $176B).
        assertEquals(3.46, k.goalSeek().value(), 0.01);
    }

    /**
     * Oracle under 2.5 years: adjusted net income turns negative by fiscal 2028, so the overstatement is a status,
     * not a percentage (issue 10) — yet the goal seek still finds the uniform life that gives Burry's +26.9 %
     * (about 4.7 years), and Meta's +20.8 % needs about 3.9 years. Issue 14 (projected NI from the normalised
     * pre-depreciation margin and tax rate, not last year's NI/OI): Oracle 4.57 → 4.70 y, Meta 55.4 % → 58.1 %,
     * 3.82 → 3.86 y. Oracle's FY2014–FY2019 capex (issue 14): 4.70 → 4.69 y.
     */
    @Test
    void oracleIsAnAdjustedLossUnderBurrysLifeButItsFigureHasALife() throws Exception {
        Dataset d = DatasetReader.read(Path.of("data", "ai-economics.xlsx")).dataset();
        Scenario burry = Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(2.5));
        List<ClaimCheck> checks = Claims.check(d, burry);
        ClaimCheck oracle = checks.stream().filter(c -> c.claim().id().equals("claims-002")).findFirst().orElseThrow();
        assertEquals(Status.ADJUSTED_LOSS, oracle.status());
        assertNull(oracle.modelCurrent());
        assertEquals(Status.ADJUSTED_LOSS, oracle.ownStatus());
        assertEquals(SeekStatus.SOLVED, oracle.goalSeek().status());
        // Measured 4.686 y (4.698 before Oracle's FY2014–FY2019 capex, capex-150…155, issue 14, which adds the
        // long-lived part of those years, +0.21 a year, to its depreciation and projections FY2025–2029).
        assertEquals(4.69, oracle.goalSeek().value(), 0.005);
        ClaimCheck meta = checks.stream().filter(c -> c.claim().id().equals("claims-003")).findFirst().orElseThrow();
        assertEquals(20.8, meta.claim().figure());
        // 58.14 → 56.86 and 3.86 → 3.84 y with Meta's capex on its headline definition (audit 2026-12 A1):
        // Meta's reported-policy depreciation rises (2024: 14.68 → 15.19), so the overstatement against it falls.
        // 56.86 → 44.86 % and 3.84 → 3.63 y with Meta's own short-lived share of 0.44 (issue 14): its ΔD is 0.44/0.5
        // of what it was, so the overstatement falls and a shorter life reaches Burry's +20.8 %.
        assertEquals(44.86, meta.modelCurrent(), 0.05);
        assertEquals(3.63, meta.goalSeek().value(), 0.01);
    }

    /**
     * Switch-year goal seek, worked by hand. One hyperscaler buys 100 a year 2016–2020 and states 10 years
     * (full-year convention, every dollar short-lived): as reported, D(2020) = 5 × 10 = 50. A prospective switch to
     * 2 years from fiscal year Y gives D(2020):
     * <ul>
     * <li>Y = 2020: the 2016–2018 vintages (net 60 + 70 + 80) are older than 2 years and written off, 2019's 90 goes
     * over its last year, 2020's 100 over two: 210 + 90 + 50 = 350, ΔD = 300;</li>
     * <li>Y ≤ 2019: only 2019's and 2020's vintages are left in 2020, 50 each: D = 100, ΔD = 50.</li>
     * </ul>
     * So a claimed ΔD of 200 lies between the 2019 and 2020 switches, nearer 2020 (300); 100 nearer 2019 (50); 400
     * is out of reach. Years searched: 2017 (after the first capex row) to 2020 (the claim's last year).
     */
    @Test
    void switchYearGoalSeekNamesTheNearestOfTheBracketingYears() {
        double[][] cases = {{200, 2020, 300}, {100, 2019, 50}};
        for (double[] t : cases) {
            Claim c = claim("c", t[0], null, null, "usd_b", "H", "2020", "2-year server life",
                    Claim.DELTA_DEPRECIATION_SUM);
            ClaimCheck k = Claims.check(fiveVintages(c), fullYear(DepreciationPolicy.REPORTED), c);
            assertEquals(SeekStatus.SOLVED, k.switchSeek().status(), "figure " + t[0]);
            assertEquals((int) t[1], k.switchSeek().year(), "figure " + t[0]);
            assertEquals(t[2], k.switchSeek().achieved(), 1e-9, "figure " + t[0]);
            assertEquals(2.0, k.switchSeek().lifeYears(), 0);
            assertEquals(2017, k.switchSeek().firstYear());
            assertEquals(2020, k.switchSeek().lastYear());
        }
        Claim far = claim("c", 400.0, null, null, "usd_b", "H", "2020", "2-year server life",
                Claim.DELTA_DEPRECIATION_SUM);
        ClaimCheck k = Claims.check(fiveVintages(far), fullYear(DepreciationPolicy.REPORTED), far);
        assertEquals(SeekStatus.NO_SOLUTION_IN_RANGE, k.switchSeek().status());
        assertNull(k.switchSeek().year());
    }

    @Test
    void noSwitchYearGoalSeekWithoutALifeInTheClaimsAssumptions() {
        Claim c = claim("c", 200.0, null, null, "usd_b", "H", "2020", "", Claim.DELTA_DEPRECIATION_SUM);
        ClaimCheck k = Claims.check(fiveVintages(c), fullYear(DepreciationPolicy.REPORTED), c);
        assertEquals(SeekStatus.NOT_APPLICABLE, k.switchSeek().status());
    }

    private static Dataset fiveVintages(Claim c) {
        Fixtures.Builder b = new Fixtures.Builder().company("H", 12, Role.HYPERSCALER);
        for (int y = 2016; y <= 2020; y++) {
            b.capex("H", y, 100);
        }
        return b.life("H", "servers", "2015-01-01", 10).claim(c).build();
    }
}
