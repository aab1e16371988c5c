package org.capexlens.scenario;

/**
 * What a numeric assumption may be when it is uncertain (issue 11): a fixed value, or a uniform, triangular or
 * bounded normal distribution. A plain value: the sampling itself is done in calc with Apache Commons Statistics,
 * never here. Every parameter is in the assumption's own unit (a fraction for shares and growth, years for lives).
 */
public sealed interface Distribution {

    /** The distribution's kind as written in scenario files: {@code fixed}, {@code uniform}, … */
    String code();

    /** The smallest value a draw can take. */
    double lower();

    /** The largest value a draw can take. */
    double upper();

    /** The value the deterministic model uses for the assumption: fixed value, mid-point, mode or mean. */
    double central();

    /**
     * Always {@code value}.
     *
     * @param value  any finite number.
     */
    record Fixed(double value) implements Distribution {
        public Fixed {
            finite("value", value);
        }

        @Override
        public String code() {
            return "fixed";
        }

        @Override
        public double lower() {
            return value;
        }

        @Override
        public double upper() {
            return value;
        }

        @Override
        public double central() {
            return value;
        }
    }

    /**
     * Every value in {@code [min, max]} equally likely.
     *
     * @param min  finite, below {@code max}.
     * @param max  finite.
     */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            finite("min", min);
            finite("max", max);
            if (!(min < max)) {
                throw new IllegalArgumentException("min must be below max, was " + min + " and " + max);
            }
        }

        @Override
        public String code() {
            return "uniform";
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }

        @Override
        public double central() {
            return (min + max) / 2;
        }
    }

    /**
     * The triangular distribution: likeliest at {@code mode}, falling linearly to zero at {@code min} and
     * {@code max}.
     *
     * @param min   finite, below {@code max}.
     * @param mode  in {@code [min, max]}.
     * @param max   finite.
     */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            finite("min", min);
            finite("mode", mode);
            finite("max", max);
            if (!(min < max) || mode < min || mode > max) {
                throw new IllegalArgumentException("need min <= mode <= max and min < max, was " + min + ", " + mode
                        + ", " + max);
            }
        }

        @Override
        public String code() {
            return "triangular";
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }

        @Override
        public double central() {
            return mode;
        }
    }

    /**
     * A normal distribution of {@code mean} and {@code sd} truncated to {@code [min, max]} (draws outside the
     * bounds are not clipped to them: the density is renormalised over the bounds).
     *
     * @param mean  finite, in {@code [min, max]}.
     * @param sd    above zero.
     * @param min   finite, below {@code max}.
     * @param max   finite.
     */
    record Normal(double mean, double sd, double min, double max) implements Distribution {
        public Normal {
            finite("mean", mean);
            finite("sd", sd);
            finite("min", min);
            finite("max", max);
            if (!(sd > 0)) {
                throw new IllegalArgumentException("sd must be > 0, was " + sd);
            }
            if (!(min < max) || mean < min || mean > max) {
                throw new IllegalArgumentException("need min <= mean <= max and min < max, was " + min + ", " + mean
                        + ", " + max);
            }
        }

        @Override
        public String code() {
            return "normal";
        }

        @Override
        public double lower() {
            return min;
        }

        @Override
        public double upper() {
            return max;
        }

        @Override
        public double central() {
            return mean;
        }
    }

    private static void finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, was " + v);
        }
    }
}
