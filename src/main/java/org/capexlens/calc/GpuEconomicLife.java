package org.capexlens.calc;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import org.capexlens.domain.GpuPrice;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.scenario.GpuLifeAssumptions;
import org.capexlens.scenario.Scenario;

/**
 * The economic life of a GPU from its rental prices (issue 11): fit the decline of the price per GPU-hour and find
 * the age at which the rental revenue per GPU-hour ({@code price × utilisation}) falls below the cash operating
 * cost per GPU-hour (power, cooling, staff).
 *
 * <p>Rule: the points of one GPU model (optionally of one contract type) are fitted log-linearly by least squares,
 * {@code ln p(t) = a + b·t}, {@code t} in years since the earliest point of that model (its age). The crossing age
 * is closed-form: {@code t* = ln(cost / (u · e^a)) / b}. Fewer than {@link #MIN_POINTS} points, or points spanning
 * less than a year, give {@link Status#TOO_FEW_POINTS}; a fitted revenue already at or below cost at age 0 gives
 * {@link Status#BELOW_COST_FROM_START}; no decline, or a crossing after the horizon, gives
 * {@link Status#ABOVE_COST_AT_HORIZON}. The prices themselves are data; utilisation, cost and horizon are scenario
 * assumptions ({@link Assumptions}).
 */
public final class GpuEconomicLife {
    /** The fewest points a fit is made on. */
    public static final int MIN_POINTS = 3;
    /** The shortest time span (years) the points must cover. */
    public static final double MIN_SPAN_YEARS = 1.0;

    /** The outcome. */
    public enum Status {
        /** The revenue line crosses the cost line at {@link Result#lifeYears()}. */
        CROSSES,
        /** The fitted revenue is still above cost at the horizon. */
        ABOVE_COST_AT_HORIZON,
        /** The fitted revenue is at or below cost at age 0. */
        BELOW_COST_FROM_START,
        /** Too few points (or too short a span) to fit a decline. */
        TOO_FEW_POINTS
    }

    /**
     * Scenario assumptions of the economic life, all labelled as such wherever shown.
     *
     * @param gpuModel       the model whose prices are fitted, e.g. {@code H100}.
     * @param contractType   the contract type to fit, or empty for every point of the model.
     * @param utilisation    the share of hours rented, in (0, 1].
     * @param costPerGpuHour the cash operating cost per GPU-hour in USD (power, cooling, staff), ≥ 0.
     * @param horizonYears   how far the fitted curve is followed, years, positive.
     */
    public record Assumptions(String gpuModel, String contractType, double utilisation, double costPerGpuHour,
            double horizonYears) {
        /** Default GPU model. */
        public static final String DEFAULT_MODEL = GpuLifeAssumptions.DEFAULT_MODEL;
        /**
         * Default utilisation: 70 % of hours rented (a scenario assumption, not data).
         */
        public static final double DEFAULT_UTILISATION = GpuLifeAssumptions.DEFAULT_UTILISATION;
        /**
         * Default cash operating cost, USD per GPU-hour: about 1 kW per GPU with its server share × PUE 1.3 ×
         * USD 0.08/kWh ≈ 0.10 of power and cooling, plus 0.30 of space, staff and maintenance. A scenario
         * assumption, not data: set it in the scenario.
         */
        public static final double DEFAULT_COST = GpuLifeAssumptions.DEFAULT_COST;
        /** Default horizon, years. */
        public static final double DEFAULT_HORIZON = GpuLifeAssumptions.DEFAULT_HORIZON;

        public Assumptions {
            Objects.requireNonNull(gpuModel, "gpuModel");
            contractType = contractType == null ? "" : contractType;
            if (!(utilisation > 0 && utilisation <= 1)) {
                throw new IllegalArgumentException("utilisation must be in (0, 1]: " + utilisation);
            }
            if (!(costPerGpuHour >= 0) || Double.isInfinite(costPerGpuHour)) {
                throw new IllegalArgumentException("cost per GPU-hour must be ≥ 0: " + costPerGpuHour);
            }
            if (!(horizonYears > 0) || Double.isInfinite(horizonYears)) {
                throw new IllegalArgumentException("horizon must be positive: " + horizonYears);
            }
        }

        /** The defaults above. */
        public static Assumptions defaults() {
            return new Assumptions(DEFAULT_MODEL, "", DEFAULT_UTILISATION, DEFAULT_COST, DEFAULT_HORIZON);
        }

        /** The scenario's assumptions ({@link org.capexlens.scenario.Scenario#gpuLife()}). */
        public static Assumptions from(GpuLifeAssumptions s) {
            return new Assumptions(s.gpuModel(), s.contractType(), s.utilisation(), s.costPerGpuHour(),
                    s.horizonYears());
        }
    }

    /**
     * The economic life.
     *
     * @param status       the outcome.
     * @param lifeYears    the crossing age in years when {@link Status#CROSSES}, else {@code NaN}.
     * @param points       the points fitted, by date.
     * @param originYear   the fractional year of age 0 (the earliest point), {@code NaN} when there are no points.
     * @param intercept    {@code a}: ln of the fitted price at age 0, {@code NaN} without a fit.
     * @param slope        {@code b}: the fitted log change per year ({@code e^b − 1} per year), {@code NaN} without
     *                     a fit.
     * @param assumptions  the assumptions used.
     */
    public record Result(Status status, double lifeYears, List<GpuPrice> points, double originYear,
            double intercept, double slope, Assumptions assumptions) {
        public Result {
            points = List.copyOf(points);
        }

        /** The fitted price per GPU-hour at {@code age} years, {@code NaN} without a fit. */
        public double fittedPrice(double age) {
            return Math.exp(intercept + slope * age);
        }

        /** The fitted yearly price change, e.g. −0.3 for −30 % a year; {@code NaN} without a fit. */
        public double yearlyChange() {
            return Math.expm1(slope);
        }

        /** The revenue per GPU-hour the cost must be met by at age 0 is {@code u·price}: the break-even price. */
        public double breakEvenPrice() {
            return assumptions.costPerGpuHour() / assumptions.utilisation();
        }
    }

    private GpuEconomicLife() {
    }

    /** The economic life under the scenario's assumptions ({@link Scenario#gpuLife()}). */
    public static Result of(List<GpuPrice> prices, Scenario scenario) {
        return of(prices, Assumptions.from(scenario.gpuLife()));
    }

    /** The economic life of {@code a.gpuModel()} from {@code prices} (any order; other models ignored). */
    public static Result of(List<GpuPrice> prices, Assumptions a) {
        List<GpuPrice> model = prices.stream().filter(p -> p.gpuModel().equalsIgnoreCase(a.gpuModel()))
                .sorted(Comparator.comparing(GpuPrice::date)).toList();
        List<GpuPrice> points = a.contractType().isEmpty() ? model
                : model.stream().filter(p -> p.contractType().equalsIgnoreCase(a.contractType())).toList();
        double origin = model.isEmpty() ? Double.NaN : model.get(0).yearFraction();
        if (points.size() < MIN_POINTS
                || points.get(points.size() - 1).yearFraction() - points.get(0).yearFraction() < MIN_SPAN_YEARS) {
            return new Result(Status.TOO_FEW_POINTS, Double.NaN, points, origin, Double.NaN, Double.NaN, a);
        }
        int n = points.size();
        double sx = 0;
        double sy = 0;
        for (GpuPrice p : points) {
            sx += p.yearFraction() - origin;
            sy += Math.log(p.usdPerHour());
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (GpuPrice p : points) {
            double dx = p.yearFraction() - origin - mx;
            sxx += dx * dx;
            sxy += dx * (Math.log(p.usdPerHour()) - my);
        }
        double b = sxy / sxx;
        double intercept = my - b * mx;
        return new Result(crossing(intercept, b, a).status, crossing(intercept, b, a).age, points, origin,
                intercept, b, a);
    }

    /**
     * The book server lives in force on {@code asOf}, to set beside the economic life: per life (ascending), the
     * companies whose latest whole-fleet server change ({@code asset_class} containing "server", effective on or before
     * {@code asOf}) sets it, in the order the companies first appear in {@code lives}.
     */
    public static java.util.SortedMap<Double, List<String>> bookServerLives(List<UsefulLifeChange> lives,
            LocalDate asOf) {
        java.util.Map<String, UsefulLifeChange> latest = new java.util.LinkedHashMap<>();
        for (UsefulLifeChange c : lives) {
            if (!c.assetClass().toLowerCase(Locale.ROOT).contains("server") || c.effectiveFrom().isAfter(asOf)
                    || c.partial()) {
                continue;
            }
            UsefulLifeChange old = latest.get(c.company());
            if (old == null || !c.effectiveFrom().isBefore(old.effectiveFrom())) {
                latest.put(c.company(), c);
            }
        }
        java.util.SortedMap<Double, List<String>> out = new java.util.TreeMap<>();
        latest.forEach((company, c) -> out.computeIfAbsent(c.lifeYears(), k -> new java.util.ArrayList<>())
                .add(company));
        return out;
    }

    private record Crossing(Status status, double age) {
    }

    /** Where {@code u·e^(a + b·t)} meets the cost, closed form. */
    private static Crossing crossing(double intercept, double b, Assumptions a) {
        double revenue0 = a.utilisation() * Math.exp(intercept);
        if (revenue0 <= a.costPerGpuHour()) {
            return new Crossing(Status.BELOW_COST_FROM_START, Double.NaN);
        }
        if (b >= 0 || a.costPerGpuHour() == 0) {
            return new Crossing(Status.ABOVE_COST_AT_HORIZON, Double.NaN);
        }
        double age = Math.log(a.costPerGpuHour() / revenue0) / b;
        return age > a.horizonYears() ? new Crossing(Status.ABOVE_COST_AT_HORIZON, Double.NaN)
                : new Crossing(Status.CROSSES, age);
    }
}
