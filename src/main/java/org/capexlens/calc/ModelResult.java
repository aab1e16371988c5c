package org.capexlens.calc;
import org.capexlens.scenario.Scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.capexlens.scenario.PublishedInputs;
import org.capexlens.domain.Status;

/**
 * Everything the dashboard, the exports and {@code compute} show for one (dataset, scenario): one immutable object.
 * Money in USD billions, ratios and margins as fractions. A {@code null} figure means "not computable from the
 * data" (e.g. no revenue reported for that year) and is shown as a gap, never as zero.
 *
 * @param scenario    the scenario computed.
 * @param companies   one row per company (with capex) and fiscal year, data years then projected years.
 * @param ratio       one row per calendar year of the infrastructure-to-application ratio.
 * @param revenueGap  one row per calendar year of the Sequoia revenue gap.
 * @param backtest    one row per disclosed useful-life change with a stated effect.
 * @param bain        one row per calendar year of Bain's capex-intensity test (issue 10).
 * @param published   the scenario author's method on the author's own inputs, or {@code null} when the scenario
 *                    carries no {@link PublishedInputs} (issue 10).
 */
public record ModelResult(Scenario scenario, List<CompanyYear> companies, List<RatioRow> ratio,
        List<RevenueGapRow> revenueGap, List<BacktestRow> backtest,
        List<BainRow> bain, PublishedFigures published) {

    public ModelResult {
        Objects.requireNonNull(scenario, "scenario");
        companies = List.copyOf(companies);
        ratio = List.copyOf(ratio);
        revenueGap = List.copyOf(revenueGap);
        backtest = List.copyOf(backtest);
        bain = List.copyOf(bain);
    }

    /** A result without the Bain test or published figures (tests and callers from before issue 10). */
    public ModelResult(Scenario scenario, List<CompanyYear> companies, List<RatioRow> ratio,
            List<RevenueGapRow> revenueGap, List<BacktestRow> backtest) {
        this(scenario, companies, ratio, revenueGap, backtest, List.of(), null);
    }

    /** {@link #published()}, if the scenario carries published inputs. */
    public Optional<PublishedFigures> publishedFigures() {
        return Optional.ofNullable(published);
    }

    /**
     * One company in one fiscal year.
     *
     * @param status  {@code reported}/{@code guidance} for data years; {@code scenario} for projected years.
     * @param depreciationReportedPolicy  modelled depreciation of the capex history under the reported policy.
     * @param depreciationScenario        the same capex under the scenario's policy.
     * @param deltaDepreciation           scenario minus reported policy (ΔD).
     * @param adjustedOperatingIncome     operating income minus ΔD; {@code null} without operating income.
     * @param adjustedOperatingMargin     adjusted operating income / revenue; {@code null} without revenue.
     * @param adjustedNetIncome           net income minus ΔD·(1 − tax); {@code null} without net income.
     * @param earningsOverstatement       NI / adjusted NI − 1; {@code null} unless
     *                                    {@link #earningsOverstatementStatus()} is {@link Overstatement#SHOWN}.
     * @param maintenanceCapex            replacement need of the short-lived fleet (fleet cost / life).
     * @param breakEvenLifeYears          shortest uniform life keeping the target margin; {@code null} unless
     *                                    {@code breakEvenStatus} is {@link BreakEvenStatus#SOLVED}.
     */
    public record CompanyYear(String company, int fiscalYear, Status status, Double capex, Double revenue,
            Double operatingIncome, double depreciationReportedPolicy, double depreciationScenario,
            double deltaDepreciation, Double adjustedOperatingIncome, Double adjustedOperatingMargin,
            Double netIncome, Double adjustedNetIncome, Double earningsOverstatement, double maintenanceCapex,
            Double breakEvenLifeYears,
            // Issue 14 (each documented on the class: see "Issue 14 members" below).
            Overstatement overstatementStatus, Double understatedDepreciationShare, double catchUpWriteOff,
            BreakEvenStatus breakEvenStatus, int fiscalYearEndMonth) {

        /*
         * Issue 14 members:
         * overstatementStatus            why earningsOverstatement is or is not a number, under the scenario's
         *                                threshold (Overstatement#of(double, double, double)); never null.
         * understatedDepreciationShare   the bounded companion of the overstatement: ΔD·(1 − tax) / NI, the after-tax
         *                                understated depreciation as a share of reported net income; null unless
         *                                NI > 0.
         * catchUpWriteOff                the one-off part of ΔD: the write-off, at a change of life, of vintages older
         *                                than the new life under the scenario's policy, minus the same under the
         *                                reported policy (USD billions). ΔD − catchUpWriteOff is the run-rate ΔD.
         * breakEvenStatus                whether breakEvenLifeYears is a solved life, or why it is null.
         * fiscalYearEndMonth             the company's fiscal year end month, 1-12 (labels: "FY2026 (Jun)").
         */

        public CompanyYear {
            java.util.Objects.requireNonNull(overstatementStatus, "overstatementStatus");
            java.util.Objects.requireNonNull(breakEvenStatus, "breakEvenStatus");
        }

        /** A row as before issue 14: default threshold, no catch-up, calendar fiscal year. */
        public CompanyYear(String company, int fiscalYear, Status status, Double capex, Double revenue,
                Double operatingIncome, double depreciationReportedPolicy, double depreciationScenario,
                double deltaDepreciation, Double adjustedOperatingIncome, Double adjustedOperatingMargin,
                Double netIncome, Double adjustedNetIncome, Double earningsOverstatement, double maintenanceCapex,
                Double breakEvenLifeYears) {
            this(company, fiscalYear, status, capex, revenue, operatingIncome, depreciationReportedPolicy,
                    depreciationScenario, deltaDepreciation, adjustedOperatingIncome, adjustedOperatingMargin,
                    netIncome, adjustedNetIncome, earningsOverstatement, maintenanceCapex, breakEvenLifeYears,
                    Overstatement.of(netIncome, adjustedNetIncome), null, 0,
                    breakEvenLifeYears != null ? BreakEvenStatus.SOLVED : BreakEvenStatus.NOT_APPLICABLE, 12);
        }

        /** Why {@link #earningsOverstatement()} is or is not a number (issue 10: "adjusted loss" is a status). */
        public Overstatement earningsOverstatementStatus() {
            return overstatementStatus;
        }

        /** ΔD without the catch-up write-off: the run-rate extra depreciation (issue 14). */
        public double runRateDeltaDepreciation() {
            return deltaDepreciation - catchUpWriteOff;
        }

        /** {@link #earningsOverstatementStatus()} as its file code ({@code adjusted_loss}), or {@code null}. */
        public String earningsOverstatementReason() {
            return earningsOverstatementStatus().code();
        }
    }

    /**
     * The infrastructure-to-application ratio in one calendar year.
     *
     * @param infrastructure   the numerator chosen by the scenario, calendarised.
     * @param applications     the AI revenue series chosen by the scenario.
     * @param ratio            infrastructure / applications; {@code null} when applications is 0.
     * @param cumulativeRatio  the sums of both since the first year with applications; {@code null} likewise.
     * @param estimated        whether the year's infrastructure rests on a row that is not {@code reported} (an
     *                         estimate or guidance overlapping the calendar year), so that it can be marked as such.
     */
    public record RatioRow(int year, double infrastructure, double applications, Double ratio,
            Double cumulativeRatio, boolean estimated) {
        /** A year whose infrastructure is all reported. */
        public RatioRow(int year, double infrastructure, double applications, Double ratio, Double cumulativeRatio) {
            this(year, infrastructure, applications, ratio, cumulativeRatio, false);
        }
    }

    /**
     * Sequoia's revenue gap in one calendar year: required = infrastructure / gpu share / (1 − end-user margin).
     * {@code estimated} as in {@link RatioRow}.
     */
    public record RevenueGapRow(int year, double infrastructure, double requiredRevenue, double applications,
            double gap, boolean estimated) {
        /** A year whose infrastructure is all reported. */
        public RevenueGapRow(int year, double infrastructure, double requiredRevenue, double applications,
                double gap) {
            this(year, infrastructure, requiredRevenue, applications, gap, false);
        }
    }

    /**
     * The model's effect of a disclosed useful-life change against the company's stated effect.
     *
     * @param period     the period the disclosed effect covers (as written in the dataset).
     * @param disclosed  the stated effect, USD billions (positive = raised operating income).
     * @param model      the model's effect for the same period and metric, USD billions.
     * @param error      (model − disclosed) / disclosed.
     */
    public record BacktestRow(String company, String period, double fromYears, double toYears, double disclosed,
            double model, double error, double fleetShare, String effectBasis) {

        /** A row of a whole-class change with no stated basis. */
        public BacktestRow(String company, String period, double fromYears, double toYears, double disclosed,
                double model, double error) {
            this(company, period, fromYears, toYears, disclosed, model, error, 1.0, "");
        }
    }

    // Issue 10: the Bain test and the published figures.

    /**
     * Bain's capex-intensity test in one calendar year, on the dataset's figures.
     *
     * @param capex            hyperscaler capex, calendarised, USD billions.
     * @param intensity        the sustainable capex intensity (capex as a share of revenue) of the scenario.
     * @param requiredRevenue  capex ÷ intensity, USD billions.
     * @param aiRevenue        the scenario's AI revenue series that year, USD billions.
     * @param shortfall        required revenue − AI revenue, USD billions.
     * @param estimated        whether that year's capex rests on guidance or an estimate.
     */
    public record BainRow(int year, double capex, double intensity, double requiredRevenue, double aiRevenue,
            double shortfall, boolean estimated) {
        /** A year whose capex is all reported. */
        public BainRow(int year, double capex, double intensity, double requiredRevenue, double aiRevenue,
                double shortfall) {
            this(year, capex, intensity, requiredRevenue, aiRevenue, shortfall, false);
        }
    }

    /**
     * The scenario author's method (Sequoia's or Bain's, with the scenario's parameters) on the author's own
     * published inputs, beside the same method on the dataset ({@link #revenueGap}, {@link #bain}).
     *
     * @param inputs           the published inputs, not {@code null}; they also carry the author's stated figures.
     * @param parameter        Sequoia: the multiplier 1 ÷ GPU share ÷ (1 − end-user margin); Bain: the sustainable
     *                         capex intensity.
     * @param requiredRevenue  the revenue the method requires from the published inputs, USD billions.
     * @param gap              required revenue − the published AI revenue, USD billions; {@code null} when the author
     *                         gives no AI revenue.
     */
    public record PublishedFigures(PublishedInputs inputs, double parameter, double requiredRevenue, Double gap) {
        public PublishedFigures {
            Objects.requireNonNull(inputs, "inputs");
        }

        /** The infrastructure (Sequoia) or capex (Bain) the author published, USD billions. */
        public double spend() {
            return inputs.method() == PublishedInputs.Method.SEQUOIA ? inputs.infrastructure() : inputs.capex();
        }
    }

    // Issue 14: calendar-year figures.

    /**
     * Every company's figures on calendar years, and their sum over the companies ({@link CalendarTotals#ALL}), spread
     * month by month from the fiscal years (DESIGN §3.1). Computed from {@link #companies()} on each call.
     */
    public List<CalendarTotals.Row> calendar() {
        return CalendarTotals.of(companies);
    }
}
