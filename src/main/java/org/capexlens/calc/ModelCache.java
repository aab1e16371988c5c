package org.capexlens.calc;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;

/**
 * Memoises the expensive, reusable parts of the model for one (dataset, base scenario) while a caller evaluates
 * many variants of it (sensitivity grids, tornado, break-even): the completed capex per capex growth and the
 * depreciation per unit of capex per (company, capex growth, policy, placement). Depreciation is linear in the
 * capex, so a variant's D is {@code s · shortUnit + (1 − s) · longUnit}: changing {@code s} costs no new vintage
 * run. {@code s} is each company's own share where the dataset gives one and the base scenario lets it apply, else
 * the variant's (default) share. Lives only as long as one public call; not shared between threads.
 */
final class ModelCache {
    private final CompanyInputs.Rows rows;
    private final Scenario base;
    private final Map<Double, List<CompanyInputs>> inputs = new HashMap<>();
    private final Map<UnitKey, double[]> units = new HashMap<>();
    private final Map<KernelKey, double[]> kernels = new HashMap<>();
    private final Map<UnitKey, double[]> writeOffs = new HashMap<>();
    private final Map<UnitKey, double[]> equipmentUnits = new HashMap<>();

    /** Identifies a unit depreciation run; {@code policy == null} stands for the long-lived part. */
    private record UnitKey(String company, double capexGrowth, DepreciationPolicy policy, double offset) {
    }

    /** A uniform life's kernel; the same for every company (see {@link DepreciationEngine#kernel}). */
    private record KernelKey(double life, double offset, int length) {
    }

    ModelCache(Dataset dataset, Scenario base) {
        this.rows = new CompanyInputs.Rows(Objects.requireNonNull(dataset, "dataset"));
        this.base = Objects.requireNonNull(base, "base");
    }

    Scenario base() {
        return base;
    }

    /** Every company with capex, its capex completed with {@code capexGrowth}. */
    List<CompanyInputs> inputs(double capexGrowth) {
        return inputs.computeIfAbsent(capexGrowth,
                g -> CompanyInputs.all(rows, base.projectionEndYear(), g));
    }

    /** Depreciation per year at {@code s = 1} under {@code policy}. */
    double[] shortUnit(CompanyInputs in, double capexGrowth, DepreciationPolicy policy, double offset) {
        return units.computeIfAbsent(new UnitKey(in.id(), capexGrowth, policy, offset),
                k -> {
                    LifeSchedule lives = DepreciationEngine.schedule(policy, in.lifeHistory,
                            in.company.fiscalYearEndMonth());
                    return lives.changes().isEmpty()
                            ? DepreciationEngine.convolve(in.fleet, kernel(lives.initialLifeYears(), offset, in.years()))
                            : DepreciationEngine.shortLivedUnit(in.fleet, in.firstYear, lives, offset);
                });
    }

    /** Depreciation per year of the long-lived part at {@code 1 − s = 1}. */
    double[] longUnit(CompanyInputs in, double capexGrowth, double offset) {
        return units.computeIfAbsent(new UnitKey(in.id(), capexGrowth, null, offset),
                k -> DepreciationEngine.convolve(in.fleet, kernel(base.longLivedLifeYears(), offset, in.years())));
    }

    /**
     * Issue 10: the depreciation per year that no policy touches, for short-lived share {@code s}: the long-lived
     * part {@code (1 − s − e) · longUnit} plus the company's other equipment {@code e · equipmentUnit}, with {@code e}
     * its own equipment share where the base scenario lets companies' shares apply, else 0.
     */
    double[] rest(CompanyInputs in, double capexGrowth, double offset, double s) {
        double[] lng = longUnit(in, capexGrowth, offset);
        double e = base.equipmentShareFor(in.company);
        double[] out = new double[lng.length];
        if (e > 0) {
            double[] eq = equipmentUnits.computeIfAbsent(new UnitKey(in.id(), capexGrowth, null, offset),
                    k -> DepreciationEngine.convolve(in.fleet, kernel(in.company.equipmentLifeYears(), offset,
                            in.years())));
            for (int j = 0; j < out.length; j++) {
                out[j] = (1 - s - e) * lng[j] + e * eq[j];
            }
        } else {
            for (int j = 0; j < out.length; j++) {
                out[j] = (1 - s) * lng[j];
            }
        }
        return out;
    }

    private double[] kernel(double life, double offset, int length) {
        return kernels.computeIfAbsent(new KernelKey(life, offset, length),
                k -> DepreciationEngine.kernel(life, offset, length));
    }

    /** ΔD per year of one company in one variant, without the income-statement figures. */
    double[] deltaDepreciation(CompanyInputs in, Variant v) {
        double offset = v.offset();
        double[] rep = shortUnit(in, v.capexGrowth(), DepreciationPolicy.REPORTED, offset);
        double[] scen = shortUnit(in, v.capexGrowth(), v.policyFor(base, in.id()), offset);
        double[] delta = new double[in.years()];
        double share = v.shareFor(base, in.company);
        if (rep != scen) {
            for (int j = 0; j < delta.length; j++) {
                delta[j] = share * scen[j] - share * rep[j];
            }
        }
        return delta;
    }

    /** The figures of one company in one variant. */
    CompanyFigures figures(CompanyInputs in, Variant v) {
        double offset = v.offset();
        double[] rep = shortUnit(in, v.capexGrowth(), DepreciationPolicy.REPORTED, offset);
        double[] scen = shortUnit(in, v.capexGrowth(), v.policyFor(base, in.id()), offset);
        int n = in.years();
        double s = v.shareFor(base, in.company);
        double[] rest = rest(in, v.capexGrowth(), offset, s);
        double[] dRep = new double[n];
        double[] dScen = new double[n];
        for (int j = 0; j < n; j++) {
            double l = rest[j];
            dRep[j] = s * rep[j] + l;
            dScen[j] = rep == scen ? dRep[j] : s * scen[j] + l;
        }
        return CompanyFigures.of(in, dRep, dScen, v.revenueGrowth(), base.defaultTaxRate());
    }

    /**
     * Issue 14: the one-off part of ΔD per year of one company in one variant: the scenario policy's catch-up
     * write-off minus the reported policy's ({@link DepreciationEngine#writeOffUnit}), times {@code s}.
     */
    double[] catchUpWriteOff(CompanyInputs in, Variant v) {
        double offset = v.offset();
        double[] rep = writeOffUnit(in, v.capexGrowth(), DepreciationPolicy.REPORTED, offset);
        DepreciationPolicy p = v.policyFor(base, in.id());
        double[] scen = p.equals(DepreciationPolicy.REPORTED) ? rep : writeOffUnit(in, v.capexGrowth(), p, offset);
        double[] out = new double[in.years()];
        double share = v.shareFor(base, in.company);
        for (int j = 0; j < out.length; j++) {
            out[j] = share * (scen[j] - rep[j]);
        }
        return out;
    }

    private double[] writeOffUnit(CompanyInputs in, double capexGrowth, DepreciationPolicy policy, double offset) {
        return writeOffs.computeIfAbsent(new UnitKey(in.id(), capexGrowth, policy, offset),
                k -> DepreciationEngine.writeOffUnit(in.fleet, in.firstYear, DepreciationEngine.schedule(policy,
                        in.lifeHistory, in.company.fiscalYearEndMonth()), offset));
    }

    /**
     * The assumptions a sensitivity varies, with the rest taken from the base scenario.
     *
     * @param life             a policy for every company replacing the scenario's policy and overrides, or
     *                         {@code null}.
     * @param shortLivedShare  the default short-lived share: a company with a share of its own keeps it while the
     *                         base scenario lets companies' shares apply (issue 14; {@link #shareFor}).
     */
    record Variant(DepreciationPolicy life, double shortLivedShare, int lag, Convention convention,
            double capexGrowth, double revenueGrowth) {

        static Variant of(Scenario s) {
            return new Variant(null, s.shortLivedShare(), s.inServiceLagYears(), s.convention(), s.capexGrowth(),
                    s.revenueGrowth());
        }

        /** The short-lived share of {@code company} in this variant ({@link Scenario#shortLivedShareFor}). */
        double shareFor(Scenario base, Company company) {
            return base.shortLivedShareFor(company, shortLivedShare);
        }

        DepreciationPolicy policyFor(Scenario base, String company) {
            return life != null ? life : base.policyFor(company);
        }

        double offset() {
            return lag + (convention == Convention.HALF_YEAR ? 0.5 : 0.0);
        }

        Variant withLife(DepreciationPolicy p) {
            return new Variant(p, shortLivedShare, lag, convention, capexGrowth, revenueGrowth);
        }

        Variant withShare(double s) {
            return new Variant(life, s, lag, convention, capexGrowth, revenueGrowth);
        }

        Variant withLag(int l) {
            return new Variant(life, shortLivedShare, l, convention, capexGrowth, revenueGrowth);
        }

        Variant withConvention(Convention c) {
            return new Variant(life, shortLivedShare, lag, c, capexGrowth, revenueGrowth);
        }

        Variant withCapexGrowth(double g) {
            return new Variant(life, shortLivedShare, lag, convention, g, revenueGrowth);
        }

        Variant withRevenueGrowth(double g) {
            return new Variant(life, shortLivedShare, lag, convention, capexGrowth, g);
        }
    }
}
