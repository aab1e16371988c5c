package org.capexlens.calc;

import java.util.Objects;
import org.capexlens.domain.Claim;

/**
 * A claim checked by the model (issue 10): the model's figure for the claim's metric under the scenario now applied
 * and under the claim's own assumptions, in the claim's unit, the difference, and the goal seek.
 *
 * @param claim                 the claim, not {@code null}.
 * @param status                whether the model could check it, not {@code null}.
 * @param modelCurrent          the model's figure under the scenario applied, in the claim's unit, or {@code null}.
 * @param modelOwnAssumptions   the same under the claim's own assumptions ({@link Claims#ownScenario}), or
 *                              {@code null}.
 * @param difference            {@code modelCurrent − figure}; for a range or bound, the distance from it (0 inside);
 *                              {@code null} when either is missing.
 * @param goalSeek              the assumption that reproduces the figure, not {@code null}.
 * @param ownStatus             why {@code modelOwnAssumptions} is {@code null} ({@link Status#NO_METRIC} when the
 *                              claim's assumptions give no scenario), or {@link Status#CHECKED}; not {@code null}.
 * @param switchSeek            the second goal seek of a depreciation claim: from which fiscal year a switch to the
 *                              claim's own life reproduces it; not {@code null}.
 */
public record ClaimCheck(Claim claim, Status status, Double modelCurrent, Double modelOwnAssumptions,
        Double difference, GoalSeek goalSeek, Status ownStatus, SwitchSeek switchSeek) {

    public ClaimCheck {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(goalSeek, "goalSeek");
        Objects.requireNonNull(ownStatus, "ownStatus");
        Objects.requireNonNull(switchSeek, "switchSeek");
    }

    /** A check without a switch-year goal seek. */
    public ClaimCheck(Claim claim, Status status, Double modelCurrent, Double modelOwnAssumptions, Double difference,
            GoalSeek goalSeek, Status ownStatus) {
        this(claim, status, modelCurrent, modelOwnAssumptions, difference, goalSeek, ownStatus,
                SwitchSeek.notApplicable());
    }

    /** A check whose own-assumptions figure has the same status as the figure under the scenario. */
    public ClaimCheck(Claim claim, Status status, Double modelCurrent, Double modelOwnAssumptions, Double difference,
            GoalSeek goalSeek) {
        this(claim, status, modelCurrent, modelOwnAssumptions, difference, goalSeek, status);
    }

    /** Whether the model could put a figure beside the claim, and if not, why. */
    public enum Status {
        /** The model's figures are there. */
        CHECKED("checked"),
        /** The claim has no number. */
        QUALITATIVE("qualitative"),
        /** The claim names no metric the model computes. */
        NO_METRIC("no_metric"),
        /** The claim's period is not a year or a range of years. */
        NO_PERIOD("no_period"),
        /** The claim's scope is not a company of the dataset nor {@code hyperscalers}. */
        UNKNOWN_SCOPE("unknown_scope"),
        /** The data do not reach the claim's period (e.g. a calendar year not fully covered). */
        NO_DATA("no_data"),
        /** Adjusted net income is zero or negative: an overstatement is not a percentage then. */
        ADJUSTED_LOSS("adjusted_loss"),
        /**
         * Issue 14: adjusted net income is positive but under the scenario's share of net income
         * ({@code overstatement_min_adjusted_share}): the overstatement is "n/m", not a percentage.
         */
        NOT_MEANINGFUL("not_meaningful");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /** The code files and JSON use. */
        public String code() {
            return code;
        }
    }

    /**
     * The value of one assumption for which the model reproduces the claim's figure under the scenario applied.
     *
     * @param status    solved, no solution in the searched range, or not applicable; not {@code null}.
     * @param variable  the assumption varied, or {@code null} when not applicable.
     * @param value     the value found, or {@code null}.
     * @param low       lower end of the range searched ({@code NaN} when not applicable).
     * @param high      upper end of it ({@code NaN} when not applicable).
     */
    public record GoalSeek(SeekStatus status, Variable variable, Double value, double low, double high) {
        public GoalSeek {
            Objects.requireNonNull(status, "status");
        }

        /** No goal seek for this claim. */
        public static GoalSeek notApplicable() {
            return new GoalSeek(SeekStatus.NOT_APPLICABLE, null, null, Double.NaN, Double.NaN);
        }
    }

    /** The outcome of a goal seek. */
    public enum SeekStatus {
        SOLVED("solved"), NO_SOLUTION_IN_RANGE("no_solution_in_range"), NOT_APPLICABLE("not_applicable");

        private final String code;

        SeekStatus(String code) {
            this.code = code;
        }

        /** The code JSON uses. */
        public String code() {
            return code;
        }
    }

    /** The assumption a goal seek varies. */
    public enum Variable {
        /** A uniform server life for every company, years (the scenario's other assumptions kept). */
        UNIFORM_LIFE_YEARS("uniform_life_years"),
        /** Sequoia's GPUs' share of data-center cost, a fraction. */
        GPU_SHARE_OF_DATA_CENTER_COST("gpu_share_of_data_center_cost");

        private final String code;

        Variable(String code) {
            this.code = code;
        }

        /** The code JSON uses (the scenario file's member name). */
        public String code() {
            return code;
        }
    }

    /**
     * The switch-year goal seek (issue 10): the companies keep their reported lives until the start of fiscal year
     * {@code year}, then switch prospectively to {@code lifeYears} (the claim's own life); the year is searched over
     * whole fiscal years from {@code firstYear} to {@code lastYear}. A switch year is a whole year, so the figure is
     * reproduced only between two years: {@code SOLVED} names, of the first two consecutive years whose figures
     * bracket the claim's, the one whose figure lies closer, and {@code achieved} is that figure (not the claim's).
     * A switch can raise the figure above both neighbours (the write-off of the old vintages falls inside the
     * period), so the scan looks at every year rather than bisecting.
     *
     * @param status     solved, no switch year in the range brackets the figure, or not applicable.
     * @param lifeYears  the life switched to, years ({@code NaN} when not applicable).
     * @param year       the switch year found, or {@code null}.
     * @param achieved   the model's figure with that switch year, in the claim's unit, or {@code null}.
     * @param firstYear  first switch year searched (0 when not applicable).
     * @param lastYear   last switch year searched (0 when not applicable).
     */
    public record SwitchSeek(SeekStatus status, double lifeYears, Integer year, Double achieved, int firstYear,
            int lastYear) {
        public SwitchSeek {
            Objects.requireNonNull(status, "status");
        }

        /** No switch-year goal seek for this claim. */
        public static SwitchSeek notApplicable() {
            return new SwitchSeek(SeekStatus.NOT_APPLICABLE, Double.NaN, null, null, 0, 0);
        }
    }
}
