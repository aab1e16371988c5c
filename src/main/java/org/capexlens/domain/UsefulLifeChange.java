package org.capexlens.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a company's useful-life history for an asset class: from {@code effectiveFrom} on, the class is
 * depreciated over {@code lifeYears}. The first entry of a class is the starting policy; each later one is a
 * prospective change (DESIGN §3.2).
 *
 * @param company              company id, not blank.
 * @param assetClass           e.g. {@code servers}, {@code network}; not blank.
 * @param effectiveFrom        first day the life applies, not {@code null}.
 * @param lifeYears            useful life in years, {@code > 0}; fractional lives such as 5.5 are allowed.
 * @param disclosedEffectUsdB  the company's stated effect of this change, USD billions, or {@code null}.
 * @param effectMetric         what the disclosed effect measures (e.g. "operating income"), never {@code null}.
 * @param effectPeriod         the period the disclosed effect covers (e.g. {@code FY2023}), never {@code null}.
 * @param source               source id; empty when none was given.
 * @param fleetShare           the share of the class's fleet the change applies to, {@code 0 < share <= 1}
 *                             (1 = the whole class; Amazon 2025: "a subset of our servers"). The rest keeps the
 *                             life in force before the change.
 * @param effectBasis          whether the disclosed effect was {@code expected} (a forecast, on the assets held at
 *                             the change date) or {@code actual} (reported after the period); empty when unknown.
 */
public record UsefulLifeChange(String company, String assetClass, LocalDate effectiveFrom, double lifeYears,
        Double disclosedEffectUsdB, String effectMetric, String effectPeriod, String source, double fleetShare,
        String effectBasis) {

    /** The basis value of a forecast effect. */
    public static final String EXPECTED = "expected";
    /** The basis value of a reported effect. */
    public static final String ACTUAL = "actual";

    public UsefulLifeChange {
        Checks.notBlank(company, "company");
        Checks.notBlank(assetClass, "asset_class");
        Objects.requireNonNull(effectiveFrom, "effective_from");
        Checks.finite(lifeYears, "life_years");
        if (lifeYears <= 0) {
            throw new IllegalArgumentException("life_years must be > 0, was " + lifeYears);
        }
        Checks.finiteOrNull(disclosedEffectUsdB, "disclosed_effect_usd_b");
        effectMetric = Checks.nullToEmpty(effectMetric);
        effectPeriod = Checks.nullToEmpty(effectPeriod);
        source = Checks.nullToEmpty(source);
        if (!(fleetShare > 0 && fleetShare <= 1)) {
            throw new IllegalArgumentException("fleet_share must be > 0 and <= 1, was " + fleetShare);
        }
        effectBasis = Checks.nullToEmpty(effectBasis);
        if (!effectBasis.isEmpty() && !effectBasis.equals(EXPECTED) && !effectBasis.equals(ACTUAL)) {
            throw new IllegalArgumentException("effect_basis must be expected, actual or empty, was " + effectBasis);
        }
    }

    /** A change of the whole class with no stated basis (the sheet without the optional columns). */
    public UsefulLifeChange(String company, String assetClass, LocalDate effectiveFrom, double lifeYears,
            Double disclosedEffectUsdB, String effectMetric, String effectPeriod, String source) {
        this(company, assetClass, effectiveFrom, lifeYears, disclosedEffectUsdB, effectMetric, effectPeriod, source,
                1.0, "");
    }

    /** Whether the change applies to part of the class only. */
    public boolean partial() {
        return fleetShare < 1;
    }

    /** Whether the disclosed effect is a forecast on the assets held at the change date. */
    public boolean expectedEffect() {
        return EXPECTED.equals(effectBasis);
    }
}
