package org.capexlens.calc;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.Scenario;

import java.util.Objects;
import org.capexlens.domain.Company;

/**
 * The vintage assumptions of the depreciation engine that do not depend on the policy (DESIGN §3.2).
 *
 * @param shortLivedShare     share {@code s} of capex that is short-lived compute, 0..1.
 * @param longLivedLifeYears  life of the long-lived rest (buildings, power), years {@code > 0}.
 * @param inServiceLagYears   whole years between spending and entering service, {@code >= 0}.
 * @param convention          first-year convention, not {@code null}.
 * @param equipmentShare      issue 10: share {@code e} of capex that is other equipment with a fixed life of its own,
 *                            {@code 0..1 − s}; the long-lived rest is {@code 1 − s − e}.
 * @param equipmentLifeYears  the life of that equipment, years {@code > 0} (unused when {@code e = 0}).
 */
public record VintageAssumptions(double shortLivedShare, double longLivedLifeYears, int inServiceLagYears,
        Convention convention, double equipmentShare, double equipmentLifeYears) {

    /** Assumptions without an equipment class: the long-lived rest is {@code 1 − s}. */
    public VintageAssumptions(double shortLivedShare, double longLivedLifeYears, int inServiceLagYears,
            Convention convention) {
        this(shortLivedShare, longLivedLifeYears, inServiceLagYears, convention, 0, 1);
    }

    public VintageAssumptions {
        if (!(shortLivedShare >= 0 && shortLivedShare <= 1)) {
            throw new IllegalArgumentException("short_lived_share must be between 0 and 1, was " + shortLivedShare);
        }
        if (!(longLivedLifeYears > 0) || !Double.isFinite(longLivedLifeYears)) {
            throw new IllegalArgumentException("long_lived_life_years must be > 0, was " + longLivedLifeYears);
        }
        if (inServiceLagYears < 0) {
            throw new IllegalArgumentException("in_service_lag_years must be >= 0, was " + inServiceLagYears);
        }
        Objects.requireNonNull(convention, "convention");
        if (!(equipmentShare >= 0 && shortLivedShare + equipmentShare <= 1 + 1e-12)) {
            throw new IllegalArgumentException("equipment_share must be >= 0 and at most 1 − short_lived_share, was "
                    + equipmentShare);
        }
        if (!(equipmentLifeYears > 0) || !Double.isFinite(equipmentLifeYears)) {
            throw new IllegalArgumentException("equipment_life_years must be > 0, was " + equipmentLifeYears);
        }
    }

    /** The vintage assumptions of {@code scenario}, with its (default) short-lived share. */
    public static VintageAssumptions of(Scenario scenario) {
        return new VintageAssumptions(scenario.shortLivedShare(), scenario.longLivedLifeYears(),
                scenario.inServiceLagYears(), scenario.convention());
    }

    /**
     * The vintage assumptions of {@code scenario} for {@code company}: its own short-lived share where the dataset
     * gives one and the scenario lets it apply, else the scenario's (issue 14, {@link Scenario#shortLivedShareFor}),
     * and its equipment class where it has one (issue 10, {@link Scenario#equipmentShareFor}).
     */
    public static VintageAssumptions of(Scenario scenario, Company company) {
        double e = scenario.equipmentShareFor(company);
        return new VintageAssumptions(scenario.shortLivedShareFor(company), scenario.longLivedLifeYears(),
                scenario.inServiceLagYears(), scenario.convention(), e, e > 0 ? company.equipmentLifeYears() : 1);
    }

    /**
     * When in its spending year's fiscal time a vintage enters service: {@code lag} years later, at the start of
     * that year (full-year convention) or half-way through it (half-year convention).
     */
    double placementOffset() {
        return inServiceLagYears + (convention == Convention.HALF_YEAR ? 0.5 : 0.0);
    }
}
