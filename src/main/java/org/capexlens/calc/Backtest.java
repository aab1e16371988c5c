package org.capexlens.calc;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.UsefulLifeChange;

/**
 * The model against the companies' own words (DESIGN §3.3): for each {@code useful_lives} row with a disclosed
 * effect, the modelled effect of that change on the stated period and metric.
 * <ul>
 * <li>model effect = D under the history without the change (the previous life continues) − D under the history
 * with it, from the company's capex, its short-lived share (its own where the data gives one and the scenario lets
 * it apply, else the scenario's: issue 14), the scenario's lag and convention (the long-lived part cancels);
 * positive = operating income raised (an extension lowers D). Rows of the history in the same fiscal month as the
 * change describe the same change and are removed with it (Alphabet states its 2023 change twice: depreciation
 * and net income);</li>
 * <li>period: {@code FY2023} or {@code 2023} → that fiscal year; {@code Q1 2022} or {@code Q1 FY2024} → a quarter of
 * the fiscal year's effect; {@code H1 2021} → half of it. The quarter and half are an approximation: the model works
 * in fiscal years and spreads a year's effect evenly;</li>
 * <li>metric containing "net income" → the effect after tax, × (1 − tax of that year, else the latest earlier, else
 * the scenario's default);</li>
 * <li>disclosed sign: a value is taken as stated unless the metric says income fell ("decrease"/"reduction" with
 * "income", "profit" or "earnings") or depreciation rose ("increase" with "depreciation"); then a positive value is
 * negated, so both "−0.7 operating income" and "0.7 decrease in operating income" compare as −0.7;</li>
 * <li>like with like: an <em>expected</em> effect ({@code effect_basis}) is the company's forecast on the assets it
 * held at the change date, so the model computes it on the vintages in service before that date only; an
 * <em>actual</em> (or unmarked) effect is computed on all vintages, bought before or after the change;</li>
 * <li>a change of part of the fleet ({@code fleet_share} &lt; 1) is modelled as such: only that share of each
 * vintage takes the new life;</li>
 * <li>error = (model − disclosed) / disclosed.</li>
 * </ul>
 * Rows that cannot be back-tested are skipped with a {@link ModelNotice}.
 */
public final class Backtest {
    private static final Pattern YEAR = Pattern.compile("(?:FY\\s*)?(\\d{4}|\\d{2})");
    private static final Pattern PART_FIRST = Pattern.compile("([QH])([1-4])\\s*(?:FY\\s*)?(\\d{4}|\\d{2})");
    private static final Pattern PART_LAST = Pattern.compile("(?:FY\\s*)?(\\d{4}|\\d{2})\\s*([QH])([1-4])");

    private Backtest() {
    }

    /**
     * A period of a disclosed effect as the model reads it.
     *
     * @param fiscalYear  the fiscal year.
     * @param share       the part of that fiscal year's effect: 1, ½ (a half) or ¼ (a quarter).
     */
    public record Period(int fiscalYear, double share) {
    }

    /**
     * Reads an effect period: {@code FY2023}, {@code 2023}, {@code FY23}, {@code Q1 2022}, {@code Q1 FY2024},
     * {@code H1 2021}, {@code FY2024 Q1} (case and spaces ignored).
     *
     * @return the period, or empty when the text is none of these.
     */
    public static Optional<Period> parsePeriod(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        Matcher m = YEAR.matcher(t);
        if (m.matches()) {
            return Optional.of(new Period(year(m.group(1)), 1));
        }
        m = PART_FIRST.matcher(t);
        if (m.matches()) {
            return part(m.group(1), m.group(2), m.group(3));
        }
        m = PART_LAST.matcher(t);
        if (m.matches()) {
            return part(m.group(2), m.group(3), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<Period> part(String kind, String number, String yearText) {
        int k = Integer.parseInt(number);
        if (kind.equals("H") && k > 2) {
            return Optional.empty();
        }
        return Optional.of(new Period(year(yearText), kind.equals("H") ? 0.5 : 0.25));
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    /**
     * The back-test rows, in the order of the {@code useful_lives} sheet.
     *
     * @param dataset   not {@code null}.
     * @param scenario  supplies the short-lived share, lag, convention, horizon and default tax rate; not {@code null}.
     */
    public static List<ModelResult.BacktestRow> compute(Dataset dataset, Scenario scenario) {
        return run(dataset, scenario).rows(scenario.shortLivedShare());
    }

    /** Why rows of the {@code useful_lives} sheet with a disclosed effect were not back-tested. */
    public static List<ModelNotice> notices(Dataset dataset, Scenario scenario) {
        return run(dataset, scenario).notices();
    }

    /**
     * The short-lived share that best explains all disclosed effects: the least-squares {@code s*} over the back-test
     * rows, one share for every company (companies' own shares are not used: this asks which single share the
     * disclosures support). The model effect is linear in {@code s} (the long-lived part cancels), so with {@code m} the effects at
     * {@code s = 1} and {@code d} the disclosed effects, {@code s* = Σ m·d / Σ m²}. Not clamped to [0, 1]: a value
     * outside says the model and the disclosures disagree.
     *
     * @param dataset   not {@code null}.
     * @param scenario  supplies lag, convention, horizon and default tax rate; not {@code null}.
     * @return {@code s*}, or empty when there is no back-test row (or every model effect is zero).
     */
    public static OptionalDouble bestFitShortLivedShare(Dataset dataset, Scenario scenario) {
        return run(dataset, scenario).bestFitShortLivedShare();
    }

    /**
     * The short-lived share each disclosed change implies on its own: {@code d / m} with {@code m} the model effect at
     * {@code s = 1} (companies' own shares not used). One per back-test row, in row order; a row whose model effect is zero is left out.
     */
    public static List<Double> impliedShortLivedShares(Dataset dataset, Scenario scenario) {
        List<Double> shares = new ArrayList<>();
        for (ModelResult.BacktestRow r : run(dataset, scenario).unitRows()) {
            if (r.model() != 0) {
                shares.add(r.disclosed() / r.model());
            }
        }
        return shares;
    }

    /**
     * The median of {@link #impliedShortLivedShares}: the share that fits a typical disclosed change. Unlike the
     * least-squares {@link #bestFitShortLivedShare}, one change that applied to only part of a fleet (Amazon's 2025
     * shortening of "a subset" of servers, recorded for the whole class) cannot drag it far.
     *
     * @return the median, or empty when no row has a model effect.
     */
    public static OptionalDouble medianImpliedShortLivedShare(Dataset dataset, Scenario scenario) {
        List<Double> shares = new ArrayList<>(impliedShortLivedShares(dataset, scenario));
        if (shares.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(CompanyFigures.median(shares));
    }

    /**
     * Issue 10: the back-test's summary, the median |error| of {@code rows} (rows with a non-finite error left out).
     *
     * @return the median, or empty without a row.
     */
    public static OptionalDouble medianAbsError(List<ModelResult.BacktestRow> rows) {
        List<Double> errors = new ArrayList<>();
        for (ModelResult.BacktestRow r : rows) {
            if (Double.isFinite(r.error())) {
                errors.add(Math.abs(r.error()));
            }
        }
        return errors.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(CompanyFigures.median(errors));
    }

    /**
     * One back-test of a dataset, kept per unit of short-lived share: the model effect is linear in the share, so
     * the rows at any share, the notices and the best fit all come from one pass over the useful-life changes.
     * {@link EconomicsModel#analyse} uses one for all three instead of three passes.
     */
    static final class Run {
        private final List<Tested> tested = new ArrayList<>();
        private final List<ModelNotice> notices = new ArrayList<>();
        /** Issue 14: the short-lived shares of the companies whose own share applies, by company id. */
        private final Map<String, Double> ownShares = new HashMap<>();

        /**
         * The back-test rows at default short-lived share {@code share}: a company with its own share (issue 14)
         * keeps it.
         */
        List<ModelResult.BacktestRow> rows(double share) {
            return rows(share, true);
        }

        /** The rows at a short-lived share of 1 for every company, own shares ignored: the model effect per unit. */
        List<ModelResult.BacktestRow> unitRows() {
            return rows(1.0, false);
        }

        private List<ModelResult.BacktestRow> rows(double defaultShare, boolean own) {
            List<ModelResult.BacktestRow> rows = new ArrayList<>(tested.size());
            for (Tested t : tested) {
                double share = own ? ownShares.getOrDefault(t.row.company(), defaultShare) : defaultShare;
                // The same operations, in the same order, as a single-share computation: results are bit-identical.
                double model = share * t.difference * t.periodShare;
                if (t.afterTax) {
                    model *= t.taxFactor;
                }
                rows.add(new ModelResult.BacktestRow(t.row.company(), t.row.effectPeriod(), t.previousLife,
                        t.row.lifeYears(), t.disclosed, model, (model - t.disclosed) / t.disclosed,
                        t.row.fleetShare(), t.row.effectBasis()));
            }
            return List.copyOf(rows);
        }

        List<ModelNotice> notices() {
            return List.copyOf(notices);
        }

        OptionalDouble bestFitShortLivedShare() {
            double md = 0;
            double mm = 0;
            for (ModelResult.BacktestRow r : unitRows()) {
                md += r.model() * r.disclosed();
                mm += r.model() * r.model();
            }
            return mm > 0 ? OptionalDouble.of(md / mm) : OptionalDouble.empty();
        }
    }

    /** A back-tested change at a short-lived share of 1, before tax unless {@code afterTax}. */
    private record Tested(UsefulLifeChange row, double previousLife, double disclosed, double difference,
            double periodShare, boolean afterTax, double taxFactor) {
    }

    private static Run run(Dataset dataset, Scenario scenario) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(scenario, "scenario");
        return run(dataset, scenario, CompanyInputs.all(dataset, scenario.projectionEndYear(), scenario.capexGrowth()));
    }

    /**
     * @param inputs  {@code CompanyInputs.all(dataset, scenario.projectionEndYear(), scenario.capexGrowth())}, which
     *                the caller may already have built for the rest of the model.
     */
    static Run run(Dataset dataset, Scenario scenario, List<CompanyInputs> inputList) {
        Run run = new Run();
        double offset = VintageAssumptions.of(scenario).placementOffset();
        Map<String, CompanyInputs> inputs = new HashMap<>();
        for (CompanyInputs in : inputList) {
            inputs.put(in.id(), in);
            if (scenario.usesOwnShortLivedShare(in.company)) {
                run.ownShares.put(in.id(), in.company.shortLivedShare());
            }
        }
        for (UsefulLifeChange row : dataset.usefulLives()) {
            if (row.disclosedEffectUsdB() == null) {
                continue;
            }
            String period = row.effectPeriod();
            CompanyInputs in = inputs.get(row.company());
            if (in == null) {
                run.notices.add(notice(ModelNotice.Kind.BACKTEST_NO_CAPEX, row, period));
                continue;
            }
            if (!in.lifeHistory.contains(row)) {
                run.notices.add(notice(ModelNotice.Kind.BACKTEST_NOT_MODELLED_CLASS, row, row.assetClass()));
                continue;
            }
            Optional<Period> p = parsePeriod(period);
            if (p.isEmpty()) {
                run.notices.add(notice(ModelNotice.Kind.BACKTEST_PERIOD_NOT_UNDERSTOOD, row, period));
                continue;
            }
            int j = p.get().fiscalYear() - in.firstYear;
            if (j < 0 || j >= in.years()) {
                run.notices.add(notice(ModelNotice.Kind.BACKTEST_OUTSIDE_MODELLED_YEARS, row, period));
                continue;
            }
            double disclosed = signedDisclosed(row);
            if (disclosed == 0) {
                run.notices.add(notice(ModelNotice.Kind.BACKTEST_ZERO_DISCLOSED, row, period));
                continue;
            }
            int month = in.company.fiscalYearEndMonth();
            double time = DepreciationEngine.fiscalTime(row.effectiveFrom(), month);
            List<UsefulLifeChange> without = new ArrayList<>();
            UsefulLifeChange previous = null;
            for (UsefulLifeChange h : in.lifeHistory) {
                double ht = DepreciationEngine.fiscalTime(h.effectiveFrom(), month);
                if (Math.abs(ht - time) >= DepreciationEngine.EPS) {
                    without.add(h);
                    if (ht < time) {
                        previous = h;
                    }
                }
            }
            if (previous == null) {
                run.notices.add(notice(ModelNotice.Kind.BACKTEST_NO_PREVIOUS_LIFE, row,
                        row.effectiveFrom().toString()));
                continue;
            }
            double[] capex = row.expectedEffect() ? heldAt(in.fleet, in.firstYear, offset, time) : in.fleet;
            double dWith = DepreciationEngine.shortLivedUnit(capex, in.firstYear,
                    DepreciationEngine.schedule(DepreciationPolicy.REPORTED, in.lifeHistory, month), offset)[j];
            double dWithout = DepreciationEngine.shortLivedUnit(capex, in.firstYear,
                    DepreciationEngine.schedule(DepreciationPolicy.REPORTED, without, month), offset)[j];
            boolean afterTax = row.effectMetric().toLowerCase(Locale.ROOT).contains("net income");
            run.tested.add(new Tested(row, previous.lifeYears(), disclosed, dWithout - dWith, p.get().share(),
                    afterTax, afterTax ? 1 - taxRate(in, j, scenario.defaultTaxRate()) : 1));
        }
        return run;
    }

    /**
     * The capex of the vintages in service before fiscal time {@code time}, later ones zero: what a company's
     * expected effect is computed on ("for those assets included in property and equipment, net as of December 31,
     * 2024", Amazon's 10-K 2024), so that an expected effect is compared with the model on the same assets.
     */
    static double[] heldAt(double[] capex, int firstYear, double offset, double time) {
        double[] held = capex.clone();
        for (int i = 0; i < held.length; i++) {
            if (firstYear + i + offset >= time - DepreciationEngine.EPS) {
                held[i] = 0;
            }
        }
        return held;
    }

    /** The disclosed effect signed as "positive = operating income raised" (see the class comment). */
    static double signedDisclosed(UsefulLifeChange row) {
        double v = row.disclosedEffectUsdB();
        String m = row.effectMetric().toLowerCase(Locale.ROOT);
        boolean incomeDown = (m.contains("decrease") || m.contains("reduction") || m.contains("lower"))
                && (m.contains("income") || m.contains("profit") || m.contains("earnings"));
        boolean depreciationUp = m.contains("increase") && m.contains("depreciation");
        return (incomeDown || depreciationUp) && v > 0 ? -v : v;
    }

    private static double taxRate(CompanyInputs in, int j, double defaultRate) {
        for (int i = j; i >= 0; i--) {
            if (CompanyFigures.known(in.taxRate[i])) {
                return in.taxRate[i];
            }
        }
        return defaultRate;
    }

    private static ModelNotice notice(ModelNotice.Kind kind, UsefulLifeChange row, String detail) {
        return new ModelNotice(kind, row.company(), detail);
    }
}
