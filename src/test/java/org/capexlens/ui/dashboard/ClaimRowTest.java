package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.capexlens.calc.ClaimCheck;
import org.capexlens.calc.ClaimCheck.GoalSeek;
import org.capexlens.calc.ClaimCheck.SeekStatus;
import org.capexlens.calc.ClaimCheck.Status;
import org.capexlens.calc.ClaimCheck.Variable;
import org.capexlens.domain.Claim;
import org.capexlens.domain.Source;
import org.capexlens.text.FigureFormat;
import org.junit.jupiter.api.Test;

/** The Claims tab's rows, without a toolkit: each figure in its claim's unit. */
class ClaimRowTest {
    private static final FigureFormat F = new FigureFormat(Locale.US);
    private static final Map<String, Source> SOURCES = Map.of("s", new Source("s", "TipRanks", "https://t.example",
            null, null, "secondary"));

    private static Claim claim(Double figure, Double low, Double high, String unit) {
        return new Claim("c", "Michael Burry", "2025-11-10", "Understated depreciation", figure, unit, low, high,
                "hyperscalers", "2026-2028", "", Claim.DELTA_DEPRECIATION_SUM, "s");
    }

    @Test
    void burrysClaimWithTheModelBesideIt() {
        ClaimCheck c = new ClaimCheck(claim(176.0, null, null, "usd_b"), Status.CHECKED, 298.77, 298.77, 122.77,
                new GoalSeek(SeekStatus.SOLVED, Variable.UNIFORM_LIFE_YEARS, 3.4671, 1, 10));
        ClaimRow r = ClaimRow.of(c, SOURCES, F);
        assertEquals("$176.0B", r.claim());
        assertEquals("$298.8B", r.modelCurrent());
        assertEquals("$298.8B", r.modelOwn());
        assertEquals("+$122.8B", r.difference());
        assertEquals("uniform life 3.47 y", r.goalSeek());
        assertEquals("Understated depreciation (hyperscalers, 2026-2028)", r.what());
        assertEquals("https://t.example", r.sourceUrl());
        assertEquals("TipRanks", r.sourceTitle());
    }

    @Test
    void percentClaimsDifferInPointsAndALossIsAStatus() {
        ClaimCheck ok = new ClaimCheck(claim(20.8, null, null, "percent"), Status.CHECKED, 43.96, 43.96, 23.16,
                GoalSeek.notApplicable());
        assertEquals("20.8%", ClaimRow.of(ok, SOURCES, F).claim());
        assertEquals("+23.2 pp", ClaimRow.of(ok, SOURCES, F).difference());
        assertEquals("", ClaimRow.of(ok, SOURCES, F).goalSeek());
        ClaimCheck loss = new ClaimCheck(claim(26.9, null, null, "percent"), Status.ADJUSTED_LOSS, null, null, null,
                new GoalSeek(SeekStatus.NO_SOLUTION_IN_RANGE, Variable.UNIFORM_LIFE_YEARS, null, 1, 10));
        assertEquals("adjusted loss", ClaimRow.of(loss, SOURCES, F).modelCurrent());
        assertEquals("", ClaimRow.of(loss, SOURCES, F).difference());
        assertEquals("no life in 1–10 y gives it", ClaimRow.of(loss, SOURCES, F).goalSeek());
    }

    @Test
    void rangesBoundsAndQualitativeClaims() {
        assertEquals("4 y to 6 y", ClaimRow.claimText(claim(null, 4.0, 6.0, "years"), F));
        assertEquals("under $100.0B", ClaimRow.claimText(claim(null, null, 100.0, "usd_b"), F));
        assertEquals("over $20.0B", ClaimRow.claimText(claim(null, 20.0, null, "usd_b"), F));
        assertEquals("qualitative", ClaimRow.claimText(claim(null, null, null, ""), F));
        assertEquals("\u22123.5 y", ClaimRow.change("years", -3.5, F));
        ClaimCheck inside = new ClaimCheck(claim(null, 4.0, 6.0, "years"), Status.CHECKED, 5.58, 5.58, 0.0,
                GoalSeek.notApplicable());
        assertEquals("within", ClaimRow.of(inside, SOURCES, F).difference());
        assertEquals("GPU share 44.8%", ClaimRow.goalSeek(new GoalSeek(SeekStatus.SOLVED,
                Variable.GPU_SHARE_OF_DATA_CENTER_COST, 0.448, 0.05, 1), F));
    }

    @Test
    void theSwitchYearGoalSeekFollowsTheUniformLife() {
        GoalSeek life = new GoalSeek(SeekStatus.SOLVED, Variable.UNIFORM_LIFE_YEARS, 3.6068, 1, 10);
        ClaimCheck solved = new ClaimCheck(claim(176.0, null, null, "usd_b"), Status.CHECKED, 0.0, 320.9, -176.0,
                life, Status.CHECKED, new ClaimCheck.SwitchSeek(SeekStatus.SOLVED, 2.5, 2027, 181.24, 2019, 2028));
        assertEquals("uniform life 3.61 y; switch to 2.5 y from FY2027 gives $181.2B",
                ClaimRow.of(solved, SOURCES, F).goalSeek());
        ClaimCheck none = new ClaimCheck(claim(176.0, null, null, "usd_b"), Status.CHECKED, 0.0, 320.9, -176.0,
                life, Status.CHECKED, new ClaimCheck.SwitchSeek(SeekStatus.NO_SOLUTION_IN_RANGE, 2.5, null, null,
                        2019, 2028));
        assertEquals("uniform life 3.61 y; no switch to 2.5 y in FY2019–2028 gives it",
                ClaimRow.of(none, SOURCES, F).goalSeek());
    }
}
