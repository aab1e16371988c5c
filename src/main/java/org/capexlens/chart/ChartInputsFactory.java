package org.capexlens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.capexlens.calc.CompanyDepreciation;
import org.capexlens.calc.DepreciationEngine;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.RatioModel;
import org.capexlens.scenario.Scenario;
import org.capexlens.calc.Sensitivity;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;

/**
 * Builds {@link ChartInputs} from a model result: runs the sensitivity functions and the vintage engine for the
 * chart settings, and turns their records into the plain values the chart functions draw. Pure: the same inputs
 * give equal chart inputs, so the dashboard, {@code render} and a sidecar reproduce the same chart.
 */
public final class ChartInputsFactory {
    private ChartInputsFactory() {
    }

    /**
     * @param dataset   the dataset, not {@code null}.
     * @param result    {@code EconomicsModel.compute(dataset, result.scenario())}, not {@code null}.
     * @param settings  what the sensitivity and vintage charts look at, not {@code null}.
     * @param locale    number formats, not {@code null}.
     */
    public static ChartInputs create(Dataset dataset, ModelResult result, ChartSettings settings, Locale locale) {
        Scenario scenario = result.scenario();
        List<String> companies = shownCompanies(dataset, result);
        // With more companies than the charts show, the sensitivity functions run on the shown ones only: every
        // grid cell and tornado end is a whole-model run, and 1,000 companies would take seconds per change.
        boolean focused = companies(result).size() > companies.size();
        Dataset focus = focused ? only(dataset, companies) : dataset;
        List<ChartInputs.MarginCurve> curves = new ArrayList<>();
        for (String company : companies) {
            List<Sensitivity.LifePoint> points = Sensitivity.marginVsLife(focus, scenario, company,
                    settings.marginYear());
            double[] lives = new double[points.size()];
            double[] margins = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                lives[i] = points.get(i).lifeYears();
                Double m = points.get(i).adjustedOperatingMargin();
                margins[i] = m == null ? Double.NaN : m;
            }
            curves.add(new ChartInputs.MarginCurve(company, reportedLife(dataset, company), lives, margins));
        }
        ChartInputs.HeatmapGrid grid = heatmap(focus, scenario, settings, focused ? companies.size() : 0);
        Sensitivity.Output tornadoOutput = new Sensitivity.CumulativeDeltaDepreciation(settings.tornadoFrom(),
                settings.tornadoTo());
        String tornadoLabel = focused
                ? Messages.get("chart.tornado.output.focused", settings.tornadoFrom(), settings.tornadoTo(),
                        companies.size())
                : Messages.get("chart.tornado.output", settings.tornadoFrom(), settings.tornadoTo());
        List<ChartInputs.TornadoBar> tornado = tornado(focus, result, tornadoOutput, settings, companies, focused);
        ChartInputs.VintageView vintages = vintages(dataset, result, settings.vintageCompany() != null
                ? settings.vintageCompany() : companies.isEmpty() ? null : companies.get(0));
        // Issue 11: the scenario first, then the ones it is compared with (one model run each).
        List<org.capexlens.calc.ScenarioComparison.Figures> compared = new ArrayList<>();
        compared.add(org.capexlens.calc.ScenarioComparison.figures(result, settings.marginYear(), 2026, 2028));
        for (Scenario other : settings.compared()) {
            compared.add(org.capexlens.calc.ScenarioComparison.figures(
                    org.capexlens.calc.EconomicsModel.compute(dataset, other), settings.marginYear(), 2026, 2028));
        }
        return new ChartInputs(dataset, result, curves, settings.marginYear(), grid, tornado, tornadoLabel, vintages,
                ModelText.ratioLegend(RatioModel.describe(scenario)), locale, companies,
                new org.capexlens.calc.ScenarioComparison.Comparison(settings.marginYear(), 2026, 2028, compared),
                settings.simulation());
    }

    /** At most this many companies get their own line, curve or label; more would be unreadable and slow. */
    public static final int MAX_SHOWN_COMPANIES = 10;

    /**
     * The companies the per-company charts draw: all of them when there are at most {@link #MAX_SHOWN_COMPANIES},
     * else the largest by total capex over the modelled years. In the order of the dataset's companies sheet, so
     * colours stay put. One pass over the result rows: a 1,000-company dataset costs milliseconds, not seconds.
     */
    public static List<String> shownCompanies(Dataset dataset, ModelResult result) {
        java.util.Map<String, Double> capex = new java.util.HashMap<>();
        for (ModelResult.CompanyYear r : result.companies()) {
            capex.merge(r.company(), r.capex() == null ? 0.0 : r.capex(), Double::sum);
        }
        java.util.Set<String> keep = new java.util.HashSet<>(capex.keySet());
        if (keep.size() > MAX_SHOWN_COMPANIES) {
            keep.clear();
            capex.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()
                            .thenComparing(java.util.Map.Entry.comparingByKey()))
                    .limit(MAX_SHOWN_COMPANIES).forEach(e -> keep.add(e.getKey()));
        }
        List<String> ordered = new ArrayList<>();
        for (org.capexlens.domain.Company c : dataset.companies()) {
            if (keep.remove(c.id())) {
                ordered.add(c.id());
            }
        }
        for (String c : companies(result)) {
            if (keep.remove(c)) {
                ordered.add(c);
            }
        }
        return ordered;
    }

    /** The dataset cut down to {@code companies}: their rows of every company sheet, all other sheets whole. */
    static Dataset only(Dataset dataset, List<String> companies) {
        java.util.Set<String> keep = new java.util.HashSet<>(companies);
        return new Dataset(dataset.companies().stream().filter(c -> keep.contains(c.id())).toList(),
                dataset.capex().stream().filter(r -> keep.contains(r.company())).toList(),
                dataset.financials().stream().filter(r -> keep.contains(r.company())).toList(),
                dataset.usefulLives().stream().filter(r -> keep.contains(r.company())).toList(),
                dataset.chipRevenue(), dataset.aiRevenue(), dataset.sources());
    }

    /** Companies with rows in the result, in result order. */
    static List<String> companies(ModelResult result) {
        // A set, not List.contains: 30,000 rows of 1,000 companies made this a quarter of a toggle's work.
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (ModelResult.CompanyYear r : result.companies()) {
            out.add(r.company());
        }
        return new ArrayList<>(out);
    }

    /** The company's latest server life in its useful-life history, or NaN when it has none. */
    static double reportedLife(Dataset dataset, String company) {
        List<UsefulLifeChange> history = DepreciationEngine.serverLifeHistory(dataset, company);
        return history.isEmpty() ? Double.NaN : history.get(history.size() - 1).lifeYears();
    }

    private static ChartInputs.HeatmapGrid heatmap(Dataset dataset, Scenario scenario, ChartSettings settings,
            int focusedOn) {
        Sensitivity.AxisValues rows = ChartSettings.axisValues(settings.gridRows());
        Sensitivity.AxisValues cols = ChartSettings.axisValues(settings.gridColumns());
        Sensitivity.Grid g = Sensitivity.grid(dataset, scenario,
                new Sensitivity.SummedAdjustedOperatingIncome(settings.marginYear()), rows, cols);
        double[][] values = new double[rows.values().size()][cols.values().size()];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values[i].length; j++) {
                Double v = g.values().get(i).get(j);
                values[i][j] = v == null ? Double.NaN : v;
            }
        }
        return new ChartInputs.HeatmapGrid(ChartSettings.axisLabel(settings.gridRows()), toArray(rows.values()),
                ChartSettings.axisLabel(settings.gridColumns()), toArray(cols.values()), values,
                focusedOn > 0 ? Messages.get("chart.heatmap.value.focused", settings.marginYear(), focusedOn)
                        : Messages.get("chart.heatmap.value", settings.marginYear()), false);
    }

    private static List<ChartInputs.TornadoBar> tornado(Dataset dataset, ModelResult result,
            Sensitivity.Output output, ChartSettings settings, List<String> companies, boolean focused) {
        double base = 0;
        java.util.Set<String> counted = new java.util.HashSet<>(companies);
        // Issue 14: calendar years, like the tornado's output (Sensitivity.CumulativeDeltaDepreciation).
        for (ModelResult.CompanyYear r : result.companies()) {
            if (!focused || counted.contains(r.company())) {
                for (int cy = settings.tornadoFrom(); cy <= settings.tornadoTo(); cy++) {
                    base += r.deltaDepreciation() * org.capexlens.calc.Calendarizer.calendarYearShare(r.fiscalYear(),
                            r.fiscalYearEndMonth(), cy);
                }
            }
        }
        List<ChartInputs.TornadoBar> bars = new ArrayList<>();
        for (Sensitivity.TornadoBar b : Sensitivity.tornado(dataset, result.scenario(), output)) {
            if (b.outputLow() == null || b.outputHigh() == null) {
                continue;
            }
            bars.add(new ChartInputs.TornadoBar(assumptionName(b.assumption()), setting(b.assumption(), b.low()),
                    setting(b.assumption(), b.high()), b.outputLow(), b.outputHigh(), base));
        }
        return bars;
    }

    /** The tornado's name for an assumption, e.g. "Server useful life". */
    static String assumptionName(Sensitivity.Assumption a) {
        return switch (a) {
            case LIFE -> Messages.get("chart.assumption.life");
            case SHORT_LIVED_SHARE -> Messages.get("chart.assumption.shortLivedShare");
            case LAG -> Messages.get("chart.assumption.lag");
            case CONVENTION -> Messages.get("chart.assumption.convention");
            case CAPEX_GROWTH -> Messages.get("chart.assumption.capexGrowth");
            case REVENUE_GROWTH -> Messages.get("chart.assumption.revenueGrowth");
        };
    }

    /** A setting of an assumption as the tornado labels it: "2.5 y", "half-year", "40%", "10%/y". */
    static String setting(Sensitivity.Assumption a, double v) {
        return switch (a) {
            case LIFE, LAG -> Messages.get("chart.setting.years", FigureFormat.plain(v));
            case CONVENTION -> v == 0 ? Messages.get("chart.setting.fullYear") : Messages.get("chart.setting.halfYear");
            case SHORT_LIVED_SHARE -> Messages.get("chart.setting.percent", Math.round(v * 100));
            case CAPEX_GROWTH, REVENUE_GROWTH -> Messages.get("chart.setting.percentPerYear", Math.round(v * 100));
        };
    }

    private static ChartInputs.VintageView vintages(Dataset dataset, ModelResult result, String company) {
        if (company == null) {
            return null;
        }
        Scenario scenario = result.scenario();
        Optional<CompanyDepreciation> scen = DepreciationEngine.depreciate(dataset, scenario, company,
                scenario.policyFor(company));
        Optional<CompanyDepreciation> rep = DepreciationEngine.depreciate(dataset, scenario, company,
                DepreciationPolicy.REPORTED);
        if (scen.isEmpty() || rep.isEmpty()) {
            return null;
        }
        CompanyDepreciation s = scen.get();
        int n = s.years().size();
        int[] years = new int[n];
        double[] reported = new double[n];
        for (int t = 0; t < n; t++) {
            years[t] = s.years().get(t).fiscalYear();
            reported[t] = rep.get().year(years[t]).map(CompanyDepreciation.Year::total).orElse(0.0);
        }
        int[] vintageYears = new int[s.vintages().size()];
        double[][] by = new double[vintageYears.length][n];
        for (int v = 0; v < vintageYears.length; v++) {
            CompanyDepreciation.Vintage vin = s.vintages().get(v);
            vintageYears[v] = vin.vintageYear();
            for (int t = 0; t < n; t++) {
                by[v][t] = vin.shortLived().get(t) + vin.longLived().get(t);
            }
        }
        int firstProjected = result.companies().stream()
                .filter(r -> r.company().equals(company) && r.status() == Status.SCENARIO)
                .mapToInt(ModelResult.CompanyYear::fiscalYear).min().orElse(Integer.MAX_VALUE);
        return new ChartInputs.VintageView(company, years, vintageYears, by, reported, firstProjected);
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
