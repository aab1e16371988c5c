package org.capexlens.calc;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.domain.RevenueBasis;

/** Small builders for hand-made datasets and scenarios in calc tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A scenario with every field a calc test cares about spelled out; the rest at their defaults. */
    static Scenario scenario(DepreciationPolicy policy, double share, Convention convention, int projectionEndYear,
            double capexGrowth, double revenueGrowth, double breakEvenTargetMargin) {
        return scenario(policy, Map.of(), share, 0, convention, projectionEndYear, capexGrowth, revenueGrowth,
                breakEvenTargetMargin);
    }

    static Scenario scenario(DepreciationPolicy policy, Map<String, DepreciationPolicy> overrides, double share,
            int lag, Convention convention, int projectionEndYear, double capexGrowth, double revenueGrowth,
            double breakEvenTargetMargin) {
        return Scenario.defaults().toBuilder().name("test").description("").assertedBy("").policy(policy)
                .companyOverrides(overrides).shortLivedShare(share).longLivedLifeYears(20).inServiceLagYears(lag)
                .convention(convention).capexGrowth(capexGrowth).revenueGrowth(revenueGrowth)
                .projectionEndYear(projectionEndYear).defaultTaxRate(0.21)
                .ratioNumerator(RatioNumerator.NVIDIA_DATA_CENTER).aiShareOfCapex(0.5)
                .aiRevenueBasis(RevenueBasis.RUN_RATE).aiRevenueEntities(List.of()).gpuShareOfDataCenterCost(0.5)
                .endUserGrossMargin(0.5).sustainableCapexIntensity(0.25).breakEvenTargetMargin(breakEvenTargetMargin)
                .build();
    }

    /** A mutable dataset builder. */
    static final class Builder {
        private final List<Company> companies = new ArrayList<>();
        private final List<CapexRow> capex = new ArrayList<>();
        private final List<FinancialsRow> financials = new ArrayList<>();
        private final List<UsefulLifeChange> lives = new ArrayList<>();
        private final List<ChipRevenueRow> chips = new ArrayList<>();
        private final List<AiRevenueRow> ai = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<org.capexlens.domain.Claim> claims = new ArrayList<>();

        Builder claim(org.capexlens.domain.Claim claim) {
            claims.add(claim);
            return this;
        }

        Builder company(String id, int fiscalYearEndMonth, Role role) {
            companies.add(new Company(id, id + " Inc.", fiscalYearEndMonth, role));
            return this;
        }

        Builder capex(String company, int year, double usdB) {
            return capex(company, year, usdB, Status.REPORTED);
        }

        /** A capex row with P&amp;E acquired under finance leases beside the cash capex (issue 14). */
        Builder capexWithFinanceLeases(String company, int year, double usdB, double financeLeasesUsdB) {
            capex.add(new CapexRow(company, year, usdB, Status.REPORTED, "", "", "", financeLeasesUsdB, ""));
            return this;
        }

        Builder capex(String company, int year, double usdB, Status status) {
            capex.add(new CapexRow(company, year, usdB, status, "src", ""));
            return this;
        }

        Builder financials(String company, int year, Double revenue, Double oi, Double ni, Double tax) {
            financials.add(new FinancialsRow(company, year, revenue, oi, ni, null, tax, Status.REPORTED, "src"));
            return this;
        }

        Builder life(String company, String assetClass, String date, double years) {
            return life(company, assetClass, date, years, null, "", "");
        }

        Builder life(String company, String assetClass, String date, double years, Double effect, String metric,
                String period) {
            lives.add(new UsefulLifeChange(company, assetClass, LocalDate.parse(date), years, effect, metric, period,
                    "src"));
            return this;
        }

        /** A life change of part of the fleet and a stated basis (issue 10). */
        Builder life(String company, String assetClass, String date, double years, Double effect, String metric,
                String period, double fleetShare, String basis) {
            lives.add(new UsefulLifeChange(company, assetClass, LocalDate.parse(date), years, effect, metric, period,
                    "src", fleetShare, basis));
            return this;
        }

        Builder chip(String vendor, int year, double dataCenter) {
            chips.add(new ChipRevenueRow(vendor, year, dataCenter, dataCenter * 1.15, Status.REPORTED, "src"));
            return this;
        }

        Builder ai(String entity, String periodEnd, double revenue, RevenueBasis basis) {
            ai.add(new AiRevenueRow(entity, LocalDate.parse(periodEnd), revenue, basis, Status.REPORTED, "src", ""));
            return this;
        }

        /** Issue 14: a financials row as given (e.g. with a filed D&amp;A). */
        Builder financialsRow(FinancialsRow row) {
            financials.add(row);
            return this;
        }

        Dataset build() {
            sources.add(new Source("src", "Test source", "https://example.org", null, null, "primary"));
            return new Dataset(companies, capex, financials, lives, chips, ai, sources, claims);
        }
    }
}
