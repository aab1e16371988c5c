package org.capexlens.calc;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.capexlens.domain.UsefulLifeChange;
import org.junit.jupiter.api.Test;

/**
 * A life change of part of the fleet (issue 10, Amazon 2025: "a subset of our servers"), worked by hand: the share
 * takes the new life from the change date on, the rest keeps the old schedule, in service or bought later.
 */
class PartialFleetChangeTest {
    private static final double EPS = 1e-9;
    private static final VintageAssumptions ALL_SHORT_FULL_YEAR =
            new VintageAssumptions(1, 20, 0, Convention.FULL_YEAR);

    private static void assertYears(CompanyDepreciation d, int firstYear, double... expected) {
        for (int i = 0; i < expected.length; i++) {
            int y = firstYear + i;
            assertEquals(expected[i], d.year(y).orElseThrow().total(), EPS, "depreciation in " + y);
        }
    }

    @Test
    void halfTheFleetShortenedFromSixToThreeYearsWritesOffHalfTheCatchUp() {
        // 12 bought 2020, six years: 2 a year. From 2022 half of it (6, NBV 4 after two years) has 3 − 2 = 1 year
        // left: 4 in 2022. The other half keeps 1 a year to 2025. Total 2, 2, 1 + 4, 1, 1, 1 = 12.
        LifeSchedule lives = new LifeSchedule(6, List.of(new LifeSchedule.Change(2022, 0, 3, 0.5)));
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2020, 2026, lives, ALL_SHORT_FULL_YEAR, 12);
        assertYears(d, 2020, 2, 2, 5, 1, 1, 1, 0);
    }

    @Test
    void theWholeFleetShortenedWritesOffAllOfIt() {
        LifeSchedule lives = new LifeSchedule(6, List.of(new LifeSchedule.Change(2022, 0, 3, 1.0)));
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2020, 2023, lives, ALL_SHORT_FULL_YEAR, 12);
        assertYears(d, 2020, 2, 2, 8, 0);
    }

    @Test
    void vintagesBoughtAfterAPartialChangeSplitTheSameWay() {
        // 12 bought 2023 after a 2022 change of a quarter of the fleet to 3 years: 3 over 3 years (1 a year) and
        // 9 over 6 years (1.5 a year): 2.5, 2.5, 2.5, 1.5, 1.5, 1.5.
        LifeSchedule lives = new LifeSchedule(6, List.of(new LifeSchedule.Change(2022, 0, 3, 0.25)));
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2023, 2029, lives, ALL_SHORT_FULL_YEAR, 12);
        assertYears(d, 2023, 2.5, 2.5, 2.5, 1.5, 1.5, 1.5, 0);
    }

    @Test
    void aLaterWholeFleetChangeReachesBothParts() {
        // 12 bought 2020 at 6 years; 2021: half to 3 years (6 → NBV 5, 2 years left: 2.5 a year); 2022: all to 2
        // years: both parts are 2 years old, written off. Half A: 1, 2.5, 2.5 → write-off 2.5 in 2022; half B: 1, 1,
        // write-off 4 in 2022. 2020: 2, 2021: 3.5, 2022: 6.5.
        LifeSchedule lives = new LifeSchedule(6, List.of(new LifeSchedule.Change(2021, 0, 3, 0.5),
                new LifeSchedule.Change(2022, 0, 2)));
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2020, 2023, lives, ALL_SHORT_FULL_YEAR, 12);
        assertYears(d, 2020, 2, 3.5, 6.5, 0);
    }

    @Test
    void branchesWeighTheSharesAndSumToOne() {
        LifeSchedule lives = new LifeSchedule(6, List.of(new LifeSchedule.Change(2021, 0, 5, 0.4),
                new LifeSchedule.Change(2023, 0, 4, 0.5)));
        List<LifeSchedule.Branch> b = lives.branches();
        assertEquals(4, b.size());
        assertEquals(0.2, b.get(0).weight(), EPS); // both changes
        assertEquals(0.2, b.get(1).weight(), EPS); // the first only
        assertEquals(0.3, b.get(2).weight(), EPS); // the second only
        assertEquals(0.3, b.get(3).weight(), EPS); // neither
        assertEquals(1.0, b.stream().mapToDouble(LifeSchedule.Branch::weight).sum(), EPS);
    }

    @Test
    void theReportedPolicyReadsTheShareOfTheUsefulLivesRow() {
        UsefulLifeChange start = new UsefulLifeChange("X", "servers", LocalDate.of(2015, 1, 1), 6, null, "", "", "");
        UsefulLifeChange subset = new UsefulLifeChange("X", "servers", LocalDate.of(2022, 1, 1), 3, null, "", "", "",
                0.5, "");
        LifeSchedule lives = DepreciationEngine.schedule(DepreciationPolicy.REPORTED, List.of(start, subset), 12);
        assertEquals(0.5, lives.changes().get(0).fleetShare(), 0);
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2020, 2026, lives, ALL_SHORT_FULL_YEAR, 12);
        assertYears(d, 2020, 2, 2, 5, 1, 1, 1, 0);
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LifeSchedule.Change(2022, 0, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new LifeSchedule.Change(2022, 0, 3, 1.2));
        assertThrows(IllegalArgumentException.class, () -> new UsefulLifeChange("X", "servers",
                LocalDate.of(2022, 1, 1), 3, null, "", "", "", -0.1, ""));
    }
}
