package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a company's other equipment (share {@code e}, life {@code L_e}) is depreciated over its own life under
 * every policy: it adds to the level of depreciation, never to ΔD, and the back-test does not see it.
 * <p>
 * Worked by hand: company A (servers 0.3, equipment 0.2 over 10 years, so long-lived 0.5 over 20) buys 100 in 2020;
 * capex growth 0, so 100 a year after. Half-year convention: servers (4 years) 12.5 in a vintage's own year, 25
 * after; equipment 5 then 10; long-lived 2.5 then 5.
 * <ul>
 * <li>2020, reported: 0.3·12.5 + 0.2·5 + 0.5·2.5 = 3.75 + 1 + 1.25 = 6.0;</li>
 * <li>2021: servers 37.5, equipment 15, long 7.5: 0.3·37.5 + 0.2·15 + 0.5·7.5 = 11.25 + 3 + 3.75 = 18.0;</li>
 * <li>uniform 2 years, 2020: servers 25, so D = 0.3·25 + 1 + 1.25 = 9.75 and ΔD = 0.3·(25 − 12.5) = 3.75;</li>
 * <li>companies' own shares off: the default 0.5 and no equipment, 0.5·12.5 + 0.5·2.5 = 7.5.</li>
 * </ul>
 */
class EquipmentClassTest {

    private static Dataset dataset(Company a, List<UsefulLifeChange> extra) {
        List<UsefulLifeChange> lives = new java.util.ArrayList<>(List.of(
                new UsefulLifeChange("A", "servers", LocalDate.of(2015, 1, 1), 4, null, "", "", "src-1")));
        lives.addAll(extra);
        return new Dataset(List.of(a), List.of(new CapexRow("A", 2020, 100, Status.REPORTED, "src-1", "")),
                List.of(), lives, List.of(), List.of(), List.of());
    }

    private static Company withEquipment() {
        return new Company("A", "A", 12, Role.HYPERSCALER).withShortLivedShare(0.3, "src-1", "test")
                .withEquipment(0.2, 10);
    }

    private static Scenario flat() {
        return Scenario.defaults().toBuilder().capexGrowth(0).build();
    }

    private static ModelResult.CompanyYear row(List<ModelResult.CompanyYear> rows, int year) {
        return rows.stream().filter(r -> r.fiscalYear() == year).findFirst().orElseThrow();
    }

    @Test
    void equipmentIsDepreciatedOverItsOwnLife() {
        List<ModelResult.CompanyYear> rows = MarginModel.compute(dataset(withEquipment(), List.of()), flat());
        assertEquals(6.0, row(rows, 2020).depreciationReportedPolicy(), 1e-9);
        assertEquals(18.0, row(rows, 2021).depreciationReportedPolicy(), 1e-9);
    }

    @Test
    void theVintageEngineAgreesWithTheFastPath() {
        CompanyDepreciation d = DepreciationEngine.depreciate(dataset(withEquipment(), List.of()), flat(), "A",
                DepreciationPolicy.REPORTED).orElseThrow();
        assertEquals(6.0, d.year(2020).orElseThrow().total(), 1e-9);
        assertEquals(18.0, d.year(2021).orElseThrow().total(), 1e-9);
        // Equipment joins the long-lived rest: 0.2·15 + 0.5·7.5 = 6.75 in 2021.
        assertEquals(6.75, d.year(2021).orElseThrow().longLived(), 1e-9);
    }

    @Test
    void aPolicyMovesOnlyTheServersSoEquipmentCancelsInTheDelta() {
        Scenario twoYears = flat().withPolicy(new DepreciationPolicy.Uniform(2));
        ModelResult.CompanyYear y = row(MarginModel.compute(dataset(withEquipment(), List.of()), twoYears), 2020);
        assertEquals(9.75, y.depreciationScenario(), 1e-9);
        assertEquals(3.75, y.deltaDepreciation(), 1e-9);
    }

    @Test
    void withCompaniesOwnSharesOffThereIsNoEquipmentClass() {
        Scenario off = flat().toBuilder().companyShortLivedShares(false).build();
        assertEquals(7.5, row(MarginModel.compute(dataset(withEquipment(), List.of()), off), 2020)
                .depreciationReportedPolicy(), 1e-9);
    }

    @Test
    void theBacktestSeesTheServerShareOnly() {
        // Servers 4 → 5 years from 2021, a disclosed effect of 1.0 in 2021 (actual).
        List<UsefulLifeChange> change = List.of(new UsefulLifeChange("A", "servers", LocalDate.of(2021, 1, 1), 5,
                1.0, "depreciation expense", "2021", "src-1"));
        Company plain = new Company("A", "A", 12, Role.HYPERSCALER).withShortLivedShare(0.3, "src-1", "test");
        double with = Backtest.compute(dataset(withEquipment(), change), flat()).get(0).model();
        double without = Backtest.compute(dataset(plain, change), flat()).get(0).model();
        assertEquals(without, with, 1e-12);
    }

    @Test
    void aCompanyRefusesSharesAbove1AndEquipmentWithoutAServerShare() {
        Company base = new Company("A", "A", 12, Role.HYPERSCALER);
        assertThrows(IllegalArgumentException.class, () -> base.withShortLivedShare(0.8, "src-1", "")
                .withEquipment(0.3, 10));
        assertThrows(IllegalArgumentException.class, () -> base.withEquipment(0.2, 10));
        assertThrows(IllegalArgumentException.class, () -> base.withShortLivedShare(0.3, "src-1", "")
                .withEquipment(0.2, 0));
    }
}
