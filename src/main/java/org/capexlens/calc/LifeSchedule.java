package org.capexlens.calc;
import org.capexlens.scenario.DepreciationPolicy;

import java.util.List;
import java.util.Objects;

/**
 * The useful life of a company's short-lived fleet over time, in the company's fiscal time: the engine's resolved
 * form of a {@link DepreciationPolicy}. Fiscal time {@code t + f} is the point a fraction {@code f} into fiscal year
 * {@code t} (fiscal year {@code t} spans {@code [t, t + 1)}).
 * <p>
 * A vintage placed in service before the first change starts with {@link #initialLifeYears()}; a vintage placed at or
 * after a change starts with that change's life. A change reaching a vintage already in service is applied
 * prospectively (DESIGN §3.2): its remaining book value is spread over {@code newLife − age}, or written off when that
 * is {@code <= 0}.
 *
 * @param initialLifeYears  life of vintages placed before the first change, years {@code > 0}.
 * @param changes           prospective changes in strictly increasing time order, never {@code null}.
 */
public record LifeSchedule(double initialLifeYears, List<Change> changes) {

    public LifeSchedule {
        positiveLife(initialLifeYears);
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
        for (int i = 1; i < changes.size(); i++) {
            if (!(changes.get(i).fiscalTime() > changes.get(i - 1).fiscalTime())) {
                throw new IllegalArgumentException("changes must be in strictly increasing time order, found "
                        + changes.get(i - 1) + " before " + changes.get(i));
            }
        }
    }

    /**
     * A prospective change of useful life.
     *
     * @param fiscalYear    the fiscal year in which it takes effect.
     * @param yearFraction  how far into that fiscal year, {@code [0, 1)}: months elapsed / 12 (0 = its first day).
     * @param lifeYears     the new life, years {@code > 0}.
     */
    public record Change(int fiscalYear, double yearFraction, double lifeYears) {
        public Change {
            if (!(yearFraction >= 0 && yearFraction < 1)) {
                throw new IllegalArgumentException("year_fraction must be in [0, 1), was " + yearFraction);
            }
            positiveLife(lifeYears);
        }

        /** The fiscal time of the change: {@code fiscalYear + yearFraction}. */
        public double fiscalTime() {
            return fiscalYear + yearFraction;
        }
    }

    /** One life for every vintage, never changed. */
    public static LifeSchedule uniform(double lifeYears) {
        return new LifeSchedule(lifeYears, List.of());
    }

    private static void positiveLife(double lifeYears) {
        if (!(lifeYears > 0) || !Double.isFinite(lifeYears)) {
            throw new IllegalArgumentException("life_years must be > 0, was " + lifeYears);
        }
    }
}
