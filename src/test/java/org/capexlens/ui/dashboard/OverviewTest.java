package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.capexlens.bench.SyntheticData;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.Dataset;
import org.junit.jupiter.api.Test;

/** The Overview's margin table lists the companies asked for and counts every company that has a margin. */
class OverviewTest {
    private static final Dataset DATA = SyntheticData.dataset(30, 12, 11L);
    private static final ModelResult REPORTED = EconomicsModel.compute(DATA, Scenario.defaults());
    private static final ModelResult SHORT = EconomicsModel.compute(DATA,
            Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(2.5)));

    private static List<String> withMargin(int year) {
        return SHORT.companies().stream().filter(r -> r.fiscalYear() == year && r.adjustedOperatingMargin() != null)
                .map(ModelResult.CompanyYear::company).toList();
    }

    private static Double margin(ModelResult r, String company, int year) {
        return r.companies().stream().filter(y -> y.company().equals(company) && y.fiscalYear() == year)
                .findFirst().orElseThrow().adjustedOperatingMargin();
    }

    @Test
    void onlyTheListedCompaniesGetARowInResultOrderAndTheCountIsOfAllCompaniesWithAMargin() {
        int year = SHORT.companies().get(SHORT.companies().size() - 1).fiscalYear() - 2;
        List<String> all = withMargin(year);
        List<String> listed = List.of(all.get(7), all.get(2), all.get(4));

        Overview o = Overview.of(SHORT, REPORTED, year, year, year, listed);

        assertEquals(List.of(all.get(2), all.get(4), all.get(7)),
                o.margins().stream().map(Overview.MarginHit::company).toList());
        assertEquals(all.size(), o.marginCompanies());
        Overview.MarginHit hit = o.margin(all.get(4));
        assertEquals(margin(REPORTED, all.get(4), year), hit.reported());
        assertEquals(margin(SHORT, all.get(4), year), hit.adjusted());
    }

    @Test
    void listingEveryCompanyListsAsManyAsItCounts() {
        int year = SHORT.companies().get(0).fiscalYear() + 5;
        List<String> every = SHORT.companies().stream().map(ModelResult.CompanyYear::company).distinct().toList();

        Overview o = Overview.of(SHORT, REPORTED, year, year, year, every);

        assertEquals(withMargin(year), o.margins().stream().map(Overview.MarginHit::company).toList());
        assertEquals(o.margins().size(), o.marginCompanies());
    }
}
