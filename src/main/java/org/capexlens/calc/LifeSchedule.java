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
     * @param fleetShare    the share of the fleet it applies to, {@code (0, 1]}: that share of every vintage (in
     *                      service or bought later) takes the new life, the rest keeps the life in force before.
     */
    public record Change(int fiscalYear, double yearFraction, double lifeYears, double fleetShare) {
        public Change {
            if (!(yearFraction >= 0 && yearFraction < 1)) {
                throw new IllegalArgumentException("year_fraction must be in [0, 1), was " + yearFraction);
            }
            positiveLife(lifeYears);
            if (!(fleetShare > 0 && fleetShare <= 1)) {
                throw new IllegalArgumentException("fleet_share must be > 0 and <= 1, was " + fleetShare);
            }
        }

        /** A change of the whole fleet. */
        public Change(int fiscalYear, double yearFraction, double lifeYears) {
            this(fiscalYear, yearFraction, lifeYears, 1.0);
        }

        /** The fiscal time of the change: {@code fiscalYear + yearFraction}. */
        public double fiscalTime() {
            return fiscalYear + yearFraction;
        }
    }

    /**
     * The schedule as whole-fleet schedules with weights summing to 1: a change with share {@code f} splits every
     * branch into one (weight × f) that takes it and one (weight × (1 − f)) that keeps its life. Depreciation is
     * linear in cost, so the fleet's depreciation is the weighted sum of the branches'. Without partial changes the
     * only branch is this schedule, weight 1.
     */
    public List<Branch> branches() {
        List<Branch> out = new java.util.ArrayList<>(List.of(new Branch(1.0, new LifeSchedule(initialLifeYears,
                List.of()))));
        for (Change c : changes) {
            Change whole = new Change(c.fiscalYear(), c.yearFraction(), c.lifeYears());
            List<Branch> next = new java.util.ArrayList<>(out.size() * 2);
            for (Branch b : out) {
                List<Change> with = new java.util.ArrayList<>(b.schedule().changes());
                with.add(whole);
                next.add(new Branch(b.weight() * c.fleetShare(), new LifeSchedule(initialLifeYears, with)));
                if (c.fleetShare() < 1) {
                    next.add(new Branch(b.weight() * (1 - c.fleetShare()), b.schedule()));
                }
            }
            out = next;
        }
        return List.copyOf(out);
    }

    /** Whether some change applies to part of the fleet only. */
    public boolean partial() {
        return changes.stream().anyMatch(c -> c.fleetShare() < 1);
    }

    /**
     * One whole-fleet schedule and the share of the fleet that follows it.
     *
     * @param weight    share of the fleet, {@code (0, 1]}.
     * @param schedule  a schedule without partial changes.
     */
    public record Branch(double weight, LifeSchedule schedule) {
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
