package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.calc.GpuEconomicLife.Assumptions;
import org.capexlens.calc.GpuEconomicLife.Status;
import org.capexlens.domain.GpuPrice;
import org.junit.jupiter.api.Test;

/** Hand-computed cases: prices that halve every year from $4, crossing a constant cost at a known age. */
class GpuEconomicLifeTest {
    private static final LocalDate START = LocalDate.of(2021, 3, 1);

    /** Points exactly on p(t) = p0 · r^t, t in years of {@link GpuPrice#yearFraction()} since the first one. */
    private static List<GpuPrice> halving(double p0, double r, String contract, int... monthsAfter) {
        double origin = new GpuPrice(START, "H100", 1, contract, "", "").yearFraction();
        List<GpuPrice> out = new ArrayList<>();
        for (int m : monthsAfter) {
            LocalDate d = START.plusMonths(m);
            double t = new GpuPrice(d, "H100", 1, contract, "", "").yearFraction() - origin;
            out.add(new GpuPrice(d, "H100", p0 * Math.pow(r, t), contract, "", ""));
        }
        return out;
    }

    @Test
    void aHalvingPriceCrossesTheCostAtThreeYears() {
        // u·p(t) = 0.7 · 4 · 0.5^t = 2.8 · 0.5^t = 0.35 ⇔ 0.5^t = 1/8 ⇔ t = 3 years.
        var r = GpuEconomicLife.of(halving(4, 0.5, "on_demand", 0, 7, 14, 25),
                new Assumptions("H100", "", 0.7, 0.35, 10));
        assertEquals(Status.CROSSES, r.status());
        assertEquals(3.0, r.lifeYears(), 1e-9);
        assertEquals(Math.log(4), r.intercept(), 1e-9);
        assertEquals(-0.5, r.yearlyChange(), 1e-9);
        assertEquals(0.5, r.breakEvenPrice(), 1e-12);
        assertEquals(4 * 0.125, r.fittedPrice(3), 1e-9);
    }

    @Test
    void aCrossingBeyondTheHorizonIsStillAboveCost() {
        // Same curve, cost 0.35 / 8 = 0.04375: t = 6 > horizon 5.
        var r = GpuEconomicLife.of(halving(4, 0.5, "spot", 0, 7, 14, 25),
                new Assumptions("H100", "", 0.7, 0.04375, 5));
        assertEquals(Status.ABOVE_COST_AT_HORIZON, r.status());
        assertTrue(Double.isNaN(r.lifeYears()));
        var ten = GpuEconomicLife.of(halving(4, 0.5, "spot", 0, 7, 14, 25),
                new Assumptions("H100", "", 0.7, 0.04375, 10));
        assertEquals(6.0, ten.lifeYears(), 1e-9);
    }

    @Test
    void aCostAboveTheStartingRevenueIsBelowCostFromTheStart() {
        var r = GpuEconomicLife.of(halving(4, 0.5, "spot", 0, 7, 14, 25),
                new Assumptions("H100", "", 0.7, 2.8, 10));
        assertEquals(Status.BELOW_COST_FROM_START, r.status());
    }

    @Test
    void risingPricesNeverCross() {
        var r = GpuEconomicLife.of(halving(2, 1.1, "spot", 0, 7, 14, 25),
                new Assumptions("H100", "", 0.7, 0.4, 10));
        assertEquals(Status.ABOVE_COST_AT_HORIZON, r.status());
        assertEquals(0.1, r.yearlyChange(), 1e-9);
    }

    @Test
    void twoPointsOrAShortSpanAreTooFew() {
        assertEquals(Status.TOO_FEW_POINTS, GpuEconomicLife.of(halving(4, 0.5, "spot", 0, 14),
                Assumptions.defaults()).status());
        assertEquals(Status.TOO_FEW_POINTS, GpuEconomicLife.of(halving(4, 0.5, "spot", 0, 3, 6, 9),
                Assumptions.defaults()).status());
        assertEquals(Status.TOO_FEW_POINTS, GpuEconomicLife.of(List.of(), Assumptions.defaults()).status());
    }

    @Test
    void aContractTypeFiltersThePointsButAgeCountsFromTheModelsFirstPoint() {
        List<GpuPrice> all = new ArrayList<>(halving(4, 0.5, "spot", 0, 7, 14, 25));
        all.add(new GpuPrice(START.plusMonths(3), "H100", 9, "reserved", "", ""));
        all.add(new GpuPrice(START.plusMonths(3), "A100", 9, "spot", "", ""));
        var r = GpuEconomicLife.of(all, new Assumptions("h100", "spot", 0.7, 0.35, 10));
        assertEquals(4, r.points().size());
        assertEquals(3.0, r.lifeYears(), 1e-9);
    }
}
