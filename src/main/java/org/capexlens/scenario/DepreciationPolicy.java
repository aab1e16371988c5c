package org.capexlens.scenario;

/**
 * How the short-lived (server, GPU, network) fleet is depreciated (DESIGN §3.2).
 * <ul>
 * <li>{@link Reported}: each company's {@code useful_lives} history, changes applied prospectively;</li>
 * <li>{@link Uniform}: as if {@code lifeYears} had always been used;</li>
 * <li>{@link SwitchTo}: the reported history until the start of fiscal year {@code fromYear}, then a prospective
 * change to {@code lifeYears}.</li>
 * </ul>
 */
public sealed interface DepreciationPolicy {

    /** The company's own useful-life history. */
    record Reported() implements DepreciationPolicy {
    }

    /**
     * One life for every vintage from the day it enters service.
     *
     * @param lifeYears  useful life in years, {@code > 0}; fractional allowed (5.5).
     */
    record Uniform(double lifeYears) implements DepreciationPolicy {
        public Uniform {
            Ranges.LIFE_YEARS.require(lifeYears);
        }
    }

    /**
     * The reported history, then a prospective change to {@code lifeYears} on the first day of fiscal year
     * {@code fromYear}.
     *
     * @param lifeYears  the new life in years, {@code > 0}.
     * @param fromYear   the fiscal year from whose first day the new life applies.
     */
    record SwitchTo(double lifeYears, int fromYear) implements DepreciationPolicy {
        public SwitchTo {
            Ranges.LIFE_YEARS.require(lifeYears);
        }
    }

    DepreciationPolicy REPORTED = new Reported();
}
