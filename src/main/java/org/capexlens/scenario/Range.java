package org.capexlens.scenario;

/**
 * The allowed interval of one numeric assumption, with the message that names it. Every bound that a scenario
 * field, the assumptions panel, the scenario reader or the sensitivity sweep checks comes from {@link Ranges}, so a
 * range is written once.
 *
 * @param field    the assumption's name as in scenario files (snake_case), used in messages; not blank.
 * @param min      lower bound.
 * @param minOpen  {@code true} if {@code min} itself is excluded.
 * @param max      upper bound ({@link Double#POSITIVE_INFINITY} for none).
 * @param maxOpen  {@code true} if {@code max} itself is excluded.
 */
public record Range(String field, double min, boolean minOpen, double max, boolean maxOpen) {

    public Range {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("field must not be blank");
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("min must be <= max, was " + min + " > " + max);
        }
    }

    static Range closed(String field, double min, double max) {
        return new Range(field, min, false, max, false);
    }

    /** {@code true} if {@code value} is a number inside the range (NaN never is). */
    public boolean contains(double value) {
        boolean aboveMin = minOpen ? value > min : value >= min;
        boolean belowMax = maxOpen ? value < max : value <= max;
        return aboveMin && belowMax && !Double.isNaN(value);
    }

    /** {@code value} clamped into the closed range [min, max]. */
    public double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }

    /**
     * Returns {@code value} if inside the range.
     *
     * @throws IllegalArgumentException naming the field, the range and the value, e.g.
     *         {@code "capex_growth must be between -0.9 and 5, was 7.0"}.
     */
    public double require(double value) {
        if (!contains(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be " + describe() + ", was " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is a whole number inside the range.
     *
     * @throws IllegalArgumentException e.g. {@code "in_service_lag_years must be 0-5, was 7"}.
     */
    public int requireWhole(int value) {
        if (!contains(value)) {
            throw new IllegalArgumentException(field + " must be " + number(min) + "-" + number(max) + ", was " + value);
        }
        return value;
    }

    /** The range in words as the messages use it: "between 0 and 1", "in (0, 1]", "> 0". */
    public String describe() {
        if (Double.isInfinite(max)) {
            return (minOpen ? "> " : ">= ") + number(min);
        }
        if (!minOpen && !maxOpen) {
            return "between " + number(min) + " and " + number(max);
        }
        return "in " + (minOpen ? "(" : "[") + number(min) + ", " + number(max) + (maxOpen ? ")" : "]");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
