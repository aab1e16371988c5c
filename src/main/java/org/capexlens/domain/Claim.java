package org.capexlens.domain;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published claim of the debate (a row of the {@code claims} sheet): who said what figure, when, under which
 * assumptions, and which figure of the model it can be checked against.
 *
 * @param id           the claim's key, not blank.
 * @param who          who makes the claim (person or organisation, with the occasion), not blank.
 * @param when         when it was made: a date or a period as text, never {@code null}.
 * @param what         what the figure measures, as the source words it; not blank.
 * @param figure       the point value, in {@code unit}, or {@code null} (a range, a bound or a qualitative claim).
 * @param unit         {@code usd_b}, {@code percent}, {@code years}, {@code ratio}, or empty for a qualitative claim.
 * @param figureLow    lower end of a range ("over X" when alone), or {@code null}.
 * @param figureHigh   upper end of a range ("less than X" when alone), or {@code null}.
 * @param scope        what the figure covers: a company id, or {@code hyperscalers} (every company of that role);
 *                     never {@code null}.
 * @param period       the period the figure is about, e.g. {@code 2026-2028} or {@code 2028}; never {@code null}.
 * @param assumptions  under which assumptions the figure holds, free text; a leading life such as {@code 2.5-year}
 *                     (and {@code from 2026}) is read by {@link #assumedLifeYears()} and {@link #assumedFromYear()}.
 * @param metric       the model figure it is checked against ({@link #METRICS}), or empty when not computable.
 * @param source       source id; empty when none was given.
 */
public record Claim(String id, String who, String when, String what, Double figure, String unit, Double figureLow,
        Double figureHigh, String scope, String period, String assumptions, String metric, String source) {

    /** ΔD summed over the scope's companies and the period's calendar years, USD billions. */
    public static final String DELTA_DEPRECIATION_SUM = "delta_depreciation_sum";
    /** A company's NI / adjusted NI − 1 in the period's fiscal year, percent. */
    public static final String EARNINGS_OVERSTATEMENT = "earnings_overstatement";
    /** Sequoia's required revenue in the period's calendar year, USD billions. */
    public static final String REQUIRED_REVENUE = "required_revenue";
    /** Sequoia's revenue gap in the period's calendar year, USD billions. */
    public static final String REVENUE_GAP = "revenue_gap";
    /** The infrastructure-to-application ratio in the period's calendar year. */
    public static final String RATIO = "ratio";
    /** The ratio's infrastructure side in the period's calendar year, USD billions. */
    public static final String INFRASTRUCTURE = "infrastructure";
    /** The ratio's application-revenue side in the period's calendar year, USD billions. */
    public static final String APPLICATIONS = "applications";
    /** The server life in force for the scope at the end of the period's year, years. */
    public static final String STATED_LIFE = "stated_life";
    /** Every metric key the model computes. */
    public static final java.util.List<String> METRICS = java.util.List.of(DELTA_DEPRECIATION_SUM,
            EARNINGS_OVERSTATEMENT, REQUIRED_REVENUE, REVENUE_GAP, RATIO, INFRASTRUCTURE, APPLICATIONS, STATED_LIFE);
    /** Every unit a claim may have. */
    public static final java.util.List<String> UNITS = java.util.List.of("usd_b", "percent", "years", "ratio");
    /** Scope meaning every company whose role is hyperscaler. */
    public static final String HYPERSCALERS = "hyperscalers";

    private static final Pattern LIFE = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)[- ]?years?\\b");
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom (\\d{4})\\b");
    private static final Pattern PERIOD = Pattern.compile("^\\s*(?:FY)?(\\d{4})(?:\\s*[-–]\\s*(?:FY)?(\\d{4}))?\\s*$");

    public Claim {
        Checks.notBlank(id, "claim");
        Checks.notBlank(who, "who");
        Checks.notBlank(what, "what");
        Checks.finiteOrNull(figure, "figure");
        Checks.finiteOrNull(figureLow, "figure_low");
        Checks.finiteOrNull(figureHigh, "figure_high");
        if (figureLow != null && figureHigh != null && figureLow > figureHigh) {
            throw new IllegalArgumentException("figure_low must not exceed figure_high, were " + figureLow + " and "
                    + figureHigh);
        }
        when = Checks.nullToEmpty(when);
        unit = Checks.nullToEmpty(unit);
        scope = Checks.nullToEmpty(scope);
        period = Checks.nullToEmpty(period);
        assumptions = Checks.nullToEmpty(assumptions);
        metric = Checks.nullToEmpty(metric);
        source = Checks.nullToEmpty(source);
    }

    /** Whether the claim states a number: a point value or either end of a range. */
    public boolean isNumeric() {
        return figure != null || figureLow != null || figureHigh != null;
    }

    /** The first year of {@link #period()} ({@code 2026} of {@code 2026-2028}), if it is a year or a year range. */
    public OptionalInt periodFrom() {
        Matcher m = PERIOD.matcher(period);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The last year of {@link #period()} ({@code 2028} of {@code 2026-2028}), if it is a year or a year range. */
    public OptionalInt periodTo() {
        Matcher m = PERIOD.matcher(period);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(m.group(2) == null ? m.group(1) : m.group(2)));
    }

    /** The first life the assumptions state ({@code 2.5} of "2.5-year server life from 2026"), if any. */
    public OptionalDouble assumedLifeYears() {
        Matcher m = LIFE.matcher(assumptions);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        double life = Double.parseDouble(m.group(1));
        return life > 0 ? OptionalDouble.of(life) : OptionalDouble.empty();
    }

    /** The year the assumptions switch to {@link #assumedLifeYears()} ("… from 2026"); empty = as if always used. */
    public OptionalInt assumedFromYear() {
        Matcher m = FROM.matcher(assumptions);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
