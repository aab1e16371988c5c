package org.capexlens.calc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One company's modelled depreciation under one policy, year by year and vintage by vintage (the "Depreciation by
 * vintage" chart). Money in USD billions per fiscal year.
 *
 * @param company   company id.
 * @param years     one entry per fiscal year, consecutive, from the first capex year.
 * @param vintages  one entry per capex year, in year order.
 * @param notices   what the engine had to assume (e.g. no useful-life history), never {@code null}.
 */
public record CompanyDepreciation(String company, List<Year> years, List<Vintage> vintages,
        List<ModelNotice> notices) {

    public CompanyDepreciation {
        Objects.requireNonNull(company, "company");
        years = List.copyOf(years);
        vintages = List.copyOf(vintages);
        notices = List.copyOf(notices);
    }

    /**
     * One fiscal year.
     *
     * @param capex                capex of the year (data, filled or projected).
     * @param total                depreciation of the short- and long-lived parts.
     * @param shortLived           depreciation of the short-lived part.
     * @param longLived            depreciation of the long-lived part (with the company's other equipment, issue 10:
     *                             everything the policy does not touch).
     * @param shortLivedGrossCost  original cost of the short-lived fleet in service, averaged over the year (each
     *                             vintage weighted by the share of the year it was in service within its life).
     * @param maintenanceCapex     replacement need of that fleet: each vintage's cost / its current life, weighted
     *                             the same way (flat capex gives maintenance = capex).
     */
    public record Year(int fiscalYear, double capex, double total, double shortLived, double longLived,
            double shortLivedGrossCost, double maintenanceCapex) {
    }

    /**
     * One vintage (the capex of one fiscal year).
     *
     * @param shortLived  its short-lived depreciation per fiscal year, aligned with {@link #years()}.
     * @param longLived   its long-lived depreciation per fiscal year, aligned with {@link #years()}.
     */
    public record Vintage(int vintageYear, double capex, List<Double> shortLived, List<Double> longLived) {
        public Vintage {
            shortLived = List.copyOf(shortLived);
            longLived = List.copyOf(longLived);
        }
    }

    /** The entry for {@code fiscalYear}, if it is modelled. */
    public Optional<Year> year(int fiscalYear) {
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int i = fiscalYear - years.get(0).fiscalYear();
        return i >= 0 && i < years.size() ? Optional.of(years.get(i)) : Optional.empty();
    }
}
