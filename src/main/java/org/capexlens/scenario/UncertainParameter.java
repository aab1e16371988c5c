package org.capexlens.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A numeric assumption of a {@link Scenario} that can be given a {@link Distribution} (issue 11), named by its
 * member path in the scenario file: {@code short_lived_share}, {@code policy.life_years},
 * {@code company_overrides.Meta.life_years} … Whole-number assumptions (the in-service lag, the projection's end
 * year) and choices (convention, ratio numerator) are not sampled.
 *
 * @param path     the member path, e.g. {@code capex_growth}.
 * @param company  the company of an override's life, else {@code null}.
 */
public record UncertainParameter(String path, String company) {
    /** The paths of the scenario-wide assumptions, in the order of the scenario file. */
    public static final List<String> SCENARIO_PATHS = List.of("policy.life_years", "short_lived_share",
            "long_lived_life_years", "capex_growth", "revenue_growth", "default_tax_rate", "ai_share_of_capex",
            "gpu_share_of_data_center_cost", "end_user_gross_margin", "sustainable_capex_intensity",
            "break_even_target_margin");
    private static final String OVERRIDE_PREFIX = "company_overrides.";
    private static final String LIFE_SUFFIX = ".life_years";

    /** The parameter with this path, if it is one (an override's life for any company id). */
    public static Optional<UncertainParameter> parse(String path) {
        if (path == null) {
            return Optional.empty();
        }
        if (SCENARIO_PATHS.contains(path)) {
            return Optional.of(new UncertainParameter(path, null));
        }
        if (path.startsWith(OVERRIDE_PREFIX) && path.endsWith(LIFE_SUFFIX)
                && path.length() > OVERRIDE_PREFIX.length() + LIFE_SUFFIX.length()) {
            String company = path.substring(OVERRIDE_PREFIX.length(), path.length() - LIFE_SUFFIX.length());
            return Optional.of(new UncertainParameter(path, company));
        }
        return Optional.empty();
    }

    /** Every parameter of {@code scenario}: the scenario-wide ones, then one life per company override. */
    public static List<UncertainParameter> of(Scenario scenario) {
        List<UncertainParameter> out = new ArrayList<>();
        SCENARIO_PATHS.forEach(p -> out.add(new UncertainParameter(p, null)));
        scenario.companyOverrides().keySet().stream().sorted()
                .forEach(c -> out.add(new UncertainParameter(OVERRIDE_PREFIX + c + LIFE_SUFFIX, c)));
        return out;
    }

    /** The range of values the parameter may take (a distribution's bounds must lie inside it). */
    public Range range() {
        return switch (company != null ? "life" : path) {
            case "life", "policy.life_years" -> Ranges.LIFE_YEARS;
            case "short_lived_share" -> Ranges.SHORT_LIVED_SHARE;
            case "long_lived_life_years" -> Ranges.LONG_LIVED_LIFE;
            case "capex_growth" -> Ranges.CAPEX_GROWTH;
            case "revenue_growth" -> Ranges.REVENUE_GROWTH;
            case "default_tax_rate" -> Ranges.TAX_RATE;
            case "ai_share_of_capex" -> Ranges.AI_SHARE_OF_CAPEX;
            case "gpu_share_of_data_center_cost" -> Ranges.GPU_SHARE;
            case "end_user_gross_margin" -> Ranges.END_USER_GROSS_MARGIN;
            case "sustainable_capex_intensity" -> Ranges.SUSTAINABLE_CAPEX_INTENSITY;
            case "break_even_target_margin" -> Ranges.BREAK_EVEN_TARGET_MARGIN;
            default -> throw new IllegalStateException("unknown parameter " + path);
        };
    }

    /** Whether the parameter is a life in years (else a fraction). */
    public boolean isYears() {
        return company != null || path.endsWith("life_years");
    }

    /**
     * The parameter's value in {@code scenario}, or empty when the scenario has none (a life under the reported
     * policy, an override of a company the scenario does not override).
     */
    public Optional<Double> valueIn(Scenario s) {
        if (company != null || path.equals("policy.life_years")) {
            DepreciationPolicy p = company != null ? s.companyOverrides().get(company) : s.policy();
            if (p instanceof DepreciationPolicy.Uniform u) {
                return Optional.of(u.lifeYears());
            }
            if (p instanceof DepreciationPolicy.SwitchTo w) {
                return Optional.of(w.lifeYears());
            }
            return Optional.empty();
        }
        return Optional.of(switch (path) {
            case "short_lived_share" -> s.shortLivedShare();
            case "long_lived_life_years" -> s.longLivedLifeYears();
            case "capex_growth" -> s.capexGrowth();
            case "revenue_growth" -> s.revenueGrowth();
            case "default_tax_rate" -> s.defaultTaxRate();
            case "ai_share_of_capex" -> s.aiShareOfCapex();
            case "gpu_share_of_data_center_cost" -> s.gpuShareOfDataCenterCost();
            case "end_user_gross_margin" -> s.endUserGrossMargin();
            case "sustainable_capex_intensity" -> s.sustainableCapexIntensity();
            case "break_even_target_margin" -> s.breakEvenTargetMargin();
            default -> throw new IllegalStateException("unknown parameter " + path);
        });
    }

    /**
     * Sets the parameter to {@code value} in {@code b}. A life under the reported policy (or a company without an
     * override) becomes a uniform life: giving a life a distribution means using that life.
     *
     * @param b      the builder, started from {@code current}.
     * @param current the scenario the builder copies.
     * @param value  the value, inside {@link #range()}.
     */
    public void set(ScenarioBuilder b, Scenario current, double value) {
        if (company != null) {
            java.util.Map<String, DepreciationPolicy> o = new java.util.HashMap<>(current.companyOverrides());
            o.put(company, withLife(o.get(company), value));
            b.companyOverrides(o);
            return;
        }
        switch (path) {
            case "policy.life_years" -> b.policy(withLife(current.policy(), value));
            case "short_lived_share" -> b.shortLivedShare(value);
            case "long_lived_life_years" -> b.longLivedLifeYears(value);
            case "capex_growth" -> b.capexGrowth(value);
            case "revenue_growth" -> b.revenueGrowth(value);
            case "default_tax_rate" -> b.defaultTaxRate(value);
            case "ai_share_of_capex" -> b.aiShareOfCapex(value);
            case "gpu_share_of_data_center_cost" -> b.gpuShareOfDataCenterCost(value);
            case "end_user_gross_margin" -> b.endUserGrossMargin(value);
            case "sustainable_capex_intensity" -> b.sustainableCapexIntensity(value);
            case "break_even_target_margin" -> b.breakEvenTargetMargin(value);
            default -> throw new IllegalStateException("unknown parameter " + path);
        }
    }

    /** {@code s} with this parameter set to {@code value}; see {@link #set}. */
    public Scenario apply(Scenario s, double value) {
        ScenarioBuilder b = s.toBuilder();
        set(b, s, value);
        return b.build();
    }

    private static DepreciationPolicy withLife(DepreciationPolicy p, double life) {
        if (p instanceof DepreciationPolicy.SwitchTo w) {
            return new DepreciationPolicy.SwitchTo(life, w.fromYear());
        }
        return new DepreciationPolicy.Uniform(life);
    }

    /** The path in lower case, for sorting and file names. */
    public String key() {
        return path.toLowerCase(Locale.ROOT);
    }
}
