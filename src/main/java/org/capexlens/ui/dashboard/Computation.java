package org.capexlens.ui.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.capexlens.calc.Claims;
import org.capexlens.text.FigureFormat;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartInputs;
import org.capexlens.chart.ChartInputsFactory;
import org.capexlens.chart.ChartSettings;
import org.capexlens.chart.Charts;
import org.capexlens.chart.ModelText;
import org.capexlens.domain.Dataset;
import org.capexlens.ui.common.UiTheme;
import org.jfree.chart.JFreeChart;

/**
 * The worker's whole job for one change: model, chart inputs and every chart. A pure function of its arguments
 * (apart from timing), run off the FX thread; the charts it returns are not yet shown anywhere, so building them
 * here is safe.
 */
public final class Computation {
    /** The scenario the key figures are compared with: each company's reported useful-life history. */
    public static final Scenario AS_REPORTED = Scenario.defaults();

    private Computation() {
    }

    /** The Claims tab's rows (issue 10): each claim checked and goal-sought under the scenario. */
    private static List<ClaimRow> claims(Dataset dataset, Scenario scenario, Locale locale) {
        return ClaimRow.all(Claims.check(dataset, scenario), dataset.sourcesById(), new FigureFormat(locale));
    }

    /**
     * @param state           dataset and scenario; the dataset must not be {@code null}.
     * @param reported        the as-reported result of this dataset when already known, else {@code null}.
     * @param vintageCompany  company of the vintage chart, or {@code null} for the default.
     * @param marginYear      fiscal year of the margins, or {@code null} for the default (first projected year).
     * @param theme           the charts' theme, not {@code null}.
     * @param locale          number formats of the charts, not {@code null}.
     * @param requestedAt     {@link System#nanoTime()} when the change was asked for.
     */
    public static Computed run(DashboardState state, ModelResult reported, String vintageCompany,
            Integer marginYear, UiTheme theme, Locale locale, long requestedAt) {
        return run(state, reported, vintageCompany, marginYear, theme, locale, requestedAt, List.of());
    }

    /**
     * {@link #run(DashboardState, ModelResult, String, Integer, UiTheme, Locale, long)} with the scenarios the
     * Compare tab sets beside the current one (issue 11), at most three.
     */
    public static Computed run(DashboardState state, ModelResult reported, String vintageCompany,
            Integer marginYear, UiTheme theme, Locale locale, long requestedAt, List<Scenario> compared) {
        return run(state, reported, vintageCompany, marginYear, theme, locale, requestedAt, compared, null);
    }

    /** {@link #run} with the simulation the fan charts draw, or {@code null} (issue 11). */
    public static Computed run(DashboardState state, ModelResult reported, String vintageCompany,
            Integer marginYear, UiTheme theme, Locale locale, long requestedAt, List<Scenario> compared,
            org.capexlens.calc.MonteCarlo.Summary simulation) {
        long start = System.nanoTime();
        Dataset dataset = state.dataset();
        Scenario scenario = state.scenario();
        ModelResult base = reported != null ? reported : EconomicsModel.compute(dataset, AS_REPORTED);
        EconomicsModel.Analysis analysis = EconomicsModel.analyse(dataset, scenario);
        ModelResult result = analysis.result();
        ChartSettings settings = ChartSettings.defaults(result);
        if (vintageCompany != null && result.companies().stream().anyMatch(r -> r.company().equals(vintageCompany))) {
            settings = settings.withVintageCompany(vintageCompany);
        }
        if (marginYear != null) {
            settings = settings.withMarginYear(marginYear);
        }
        settings = settings.withCompared(compared).withSimulation(simulation);
        ChartInputs inputs = ChartInputsFactory.create(dataset, result, settings, locale);
        Map<ChartId, JFreeChart> charts = new EnumMap<>(ChartId.class);
        for (ChartId id : ChartId.values()) {
            charts.put(id, Charts.build(id, inputs, theme.chartTheme()));
        }
        Overview overview = Overview.of(result, base, settings.tornadoFrom(), settings.tornadoTo(),
                settings.marginYear(), inputs.shownCompanies());
        List<String> notices = analysis.notices().stream().map(ModelText::notice).toList();
        OptionalDouble bestFit = analysis.bestFitShortLivedShare();
        return new Computed(state, result, base, settings, inputs, overview, notices, charts,
                Charts.build(ChartId.RATIO, inputs, theme.chartTheme()), theme, bestFit, requestedAt,
                System.nanoTime() - start, claims(dataset, scenario, locale));
    }
}
