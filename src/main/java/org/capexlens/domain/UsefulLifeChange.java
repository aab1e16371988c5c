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
 */
public record UsefulLifeChange(String company, String assetClass, LocalDate effectiveFrom, double lifeYears,
        Double disclosedEffectUsdB, String effectMetric, String effectPeriod, String source) {
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
    }
}
