package org.capexlens.calc;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;

/**
 * jqwik generators of valid datasets and scenarios: anything the importer accepts and {@link Scenario} allows, the
 * extremes included (capex of 0 and of $10 trillion, lives from a quarter year to 50 years, gaps between capex
 * years, growth of −90 % to +500 %, a horizon before the data). Built from smaller arbitraries, so that jqwik
 * shrinks a failing case to a small one.
 */
final class ModelArbitraries {
    /** Largest money figure the importer accepts (USD billions). */
    static final double MAX_USD_B = 10_000;
    /** Largest useful life the importer accepts (years). */
    static final double MAX_LIFE = 50;

    private ModelArbitraries() {
    }

    /** One company's rows before it has an id. */
    record CompanySpec(Role role, int yearEndMonth, int firstYear, List<Optional<Double>> capex,
            List<Optional<FinancialsSpec>> financials, List<LifeSpec> lives, List<Double> chipRevenue,
            List<Double> aiRunRates) {
    }

    /** A financials row: each figure may be missing. */
    record FinancialsSpec(Optional<Double> revenue, Optional<Double> operatingIncome, Optional<Double> netIncome,
            Optional<Double> taxRate) {
    }

    /** A useful-life change {@code days} after the first capex year starts. */
    record LifeSpec(int days, double life, Optional<Double> effect, boolean servers) {
    }

    private static Arbitrary<Double> money() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(MAX_USD_B)),
                net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(0, 500).ofScale(3)),
                net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(0, MAX_USD_B)));
    }

    private static Arbitrary<Double> signedMoney() {
        return Arbitraries.oneOf(money(), money().map(v -> -v));
    }

    private static Arbitrary<Double> life() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(MAX_LIFE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0.25, 1)),
                net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(1, 12).ofScale(1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(12, MAX_LIFE)));
    }

    private static Arbitrary<FinancialsSpec> financialsRow() {
        return Combinators.combine(money().optional(0.8), signedMoney().optional(0.8), signedMoney().optional(0.8),
                Arbitraries.doubles().between(-1, 1).optional(0.6)).as(FinancialsSpec::new);
    }

    private static Arbitrary<LifeSpec> lifeChange() {
        return Combinators.combine(Arbitraries.integers().between(-3_650, 365 * 40), life(),
                signedMoney().optional(0.5), Arbitraries.of(true, true, true, false)).as(LifeSpec::new);
    }

    private static Arbitrary<CompanySpec> company() {
        Arbitrary<Role> role = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(Role.HYPERSCALER)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Role.CHIP_VENDOR)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Role.AI_LAB)), net.jqwik.api.Tuple.of(1,
                        Arbitraries.just(Role.APP)));
        // An empty optional is a year without capex: a gap the model fills, or nothing at all.
        Arbitrary<List<Optional<Double>>> capex = money().optional(0.85).list().ofMaxSize(30);
        return Combinators.combine(role, Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1950, 2060), capex, financialsRow().optional(0.7).list().ofMaxSize(35),
                lifeChange().list().ofMaxSize(4), money().list().ofMaxSize(8), money().list().ofMaxSize(5))
                .as(CompanySpec::new);
    }

    /** A valid dataset of 1 to 6 companies. */
    static Arbitrary<Dataset> datasets() {
        return company().list().ofMinSize(1).ofMaxSize(6).map(ModelArbitraries::dataset);
    }

    private static Dataset dataset(List<CompanySpec> specs) {
        List<Company> companies = new ArrayList<>();
        List<CapexRow> capex = new ArrayList<>();
        List<FinancialsRow> financials = new ArrayList<>();
        List<UsefulLifeChange> lives = new ArrayList<>();
        List<ChipRevenueRow> chips = new ArrayList<>();
        List<AiRevenueRow> ai = new ArrayList<>();
        for (int c = 0; c < specs.size(); c++) {
            CompanySpec s = specs.get(c);
            String id = "C" + c;
            companies.add(new Company(id, "Company " + c, s.yearEndMonth(), s.role()));
            for (int i = 0; i < s.capex().size(); i++) {
                int year = s.firstYear() + i;
                s.capex().get(i).ifPresent(v -> capex.add(new CapexRow(id, year, v, Status.REPORTED, "src", "")));
            }
            for (int i = 0; i < s.financials().size(); i++) {
                int year = s.firstYear() - 2 + i;
                s.financials().get(i).ifPresent(f -> financials.add(new FinancialsRow(id, year,
                        f.revenue().orElse(null), f.operatingIncome().orElse(null), f.netIncome().orElse(null), null,
                        f.taxRate().orElse(null), Status.REPORTED, "src")));
            }
            LocalDate start = LocalDate.of(s.firstYear(), 1, 1);
            List<LocalDate> used = new ArrayList<>();
            for (LifeSpec l : s.lives()) {
                LocalDate from = start.plusDays(l.days());
                if (used.contains(from)) {
                    continue; // the importer refuses two changes of one asset class on one day
                }
                used.add(from);
                lives.add(new UsefulLifeChange(id, l.servers() ? "servers" : "network", from, l.life(),
                        l.effect().orElse(null), l.effect().isPresent() ? "operating income" : "",
                        l.effect().isPresent() ? "FY" + from.getYear() : "", "src"));
            }
            for (int i = 0; i < s.chipRevenue().size(); i++) {
                double dc = s.chipRevenue().get(i);
                chips.add(new ChipRevenueRow(id, s.firstYear() + i, dc, Math.min(MAX_USD_B, dc * 1.3), Status.REPORTED,
                        "src"));
            }
            for (int i = 0; i < s.aiRunRates().size(); i++) {
                LocalDate end = LocalDate.of(s.firstYear() + i, 12, 31);
                ai.add(new AiRevenueRow(id, end, s.aiRunRates().get(i), RevenueBasis.RUN_RATE, Status.REPORTED, "src",
                        ""));
                ai.add(new AiRevenueRow(id, end, s.aiRunRates().get(i) / 2, RevenueBasis.RECOGNIZED, Status.ESTIMATE,
                        "src", ""));
            }
        }
        return new Dataset(companies, capex, financials, lives, chips, ai,
                List.of(new Source("src", "Generated", "", null, null, "")));
    }

    /** Any depreciation policy: reported, uniform or a switch, with lives the importer accepts. */
    static Arbitrary<DepreciationPolicy> policies() {
        return Arbitraries.oneOf(Arbitraries.just(DepreciationPolicy.REPORTED),
                life().map(DepreciationPolicy.Uniform::new),
                Combinators.combine(life(), Arbitraries.integers().between(1950, 2100))
                        .as(DepreciationPolicy.SwitchTo::new));
    }

    /** Assumptions of a scenario other than its policies. */
    private record Assumptions(double share, double longLife, int lag, Convention convention, double capexGrowth,
            double revenueGrowth, int projectionEndYear, double tax) {
    }

    /** Parameters of the ratio, the gap and the break-even search. */
    private record Ratios(RatioNumerator numerator, double aiShare, RevenueBasis basis, boolean allEntities,
            double gpuShare, double endUserMargin, double intensity, double breakEvenMargin) {
    }

    private static Arbitrary<Assumptions> assumptions() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0.5, MAX_LIFE),
                Arbitraries.integers().between(0, 5), Arbitraries.of(Convention.class),
                Arbitraries.doubles().between(-0.9, 5), Arbitraries.doubles().between(-0.9, 5),
                Arbitraries.integers().between(2000, 2100), Arbitraries.doubles().between(0, 1))
                .as(Assumptions::new);
    }

    private static Arbitrary<Ratios> ratios() {
        return Combinators.combine(Arbitraries.of(RatioNumerator.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.of(RevenueBasis.class), Arbitraries.of(true, false),
                Arbitraries.doubles().between(0.01, 1), Arbitraries.doubles().between(0, 0.99),
                Arbitraries.doubles().between(0.01, 1), Arbitraries.doubles().between(-1, 0.99)).as(Ratios::new);
    }

    /**
     * A valid scenario for a dataset of up to 6 companies ({@code C0} …): its policy, overrides for some of the
     * companies, and every other assumption anywhere in its allowed range.
     *
     * @param policy  the scenario's policy, or {@code null} for any.
     */
    static Arbitrary<Scenario> scenarios(DepreciationPolicy policy) {
        Arbitrary<DepreciationPolicy> p = policy == null ? policies() : Arbitraries.just(policy);
        Arbitrary<Map<String, DepreciationPolicy>> overrides = policy == null
                ? Arbitraries.maps(Arbitraries.of("C0", "C1", "C2", "C3", "C4", "C5"), policies()).ofMaxSize(3)
                : Arbitraries.of("C0", "C1", "C2", "C3", "C4", "C5").set().ofMaxSize(3).map(ids -> {
                    Map<String, DepreciationPolicy> m = new HashMap<>();
                    ids.forEach(id -> m.put(id, policy));
                    return m;
                });
        return Combinators.combine(p, overrides, assumptions(), ratios()).as((pol, over, a, r) -> Scenario.defaults()
                .toBuilder().name("generated").description("").assertedBy("").policy(pol).companyOverrides(over)
                .shortLivedShare(a.share()).longLivedLifeYears(a.longLife()).inServiceLagYears(a.lag())
                .convention(a.convention()).capexGrowth(a.capexGrowth()).revenueGrowth(a.revenueGrowth())
                .projectionEndYear(a.projectionEndYear()).defaultTaxRate(a.tax()).ratioNumerator(r.numerator())
                .aiShareOfCapex(r.aiShare()).aiRevenueBasis(r.basis())
                .aiRevenueEntities(r.allEntities() ? List.of() : List.of("C0", "C2"))
                .gpuShareOfDataCenterCost(r.gpuShare()).endUserGrossMargin(r.endUserMargin()).sustainableCapexIntensity(r.intensity())
                .breakEvenTargetMargin(r.breakEvenMargin()).build());
    }
}
