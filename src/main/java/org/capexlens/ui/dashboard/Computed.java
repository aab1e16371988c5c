package org.capexlens.ui.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.capexlens.calc.ModelResult;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartInputs;
import org.capexlens.chart.ChartSettings;
import org.capexlens.ui.common.UiTheme;
import org.jfree.chart.JFreeChart;

/**
 * Everything one recompute produced, handed from the worker to the FX thread in one piece: the view only sets the
 * charts into their viewers and the figures into their labels.
 *
 * @param state          the state computed, not {@code null}.
 * @param result         the model result under the state's scenario.
 * @param reported       the as-reported result of the same dataset (computed once per dataset).
 * @param settings       what the sensitivity and vintage charts look at.
 * @param inputs         what the charts were drawn from (to redraw one for the clipboard or an export).
 * @param overview       the key figures.
 * @param notices        the model's notices as sentences.
 * @param charts         every chart of {@link ChartId}, themed for {@code theme}.
 * @param overviewRatio  a second ratio chart for the Overview tab (a chart object belongs to one viewer).
 * @param theme          the theme the charts were built for.
 * @param bestFitShare   the back-test's best-fit short-lived share, or empty.
 * @param requestedAt    {@link System#nanoTime()} when the change was asked for (for timing).
 * @param workNanos      how long the worker took.
 * @param claims         the dataset's claims checked under the state's scenario, as the Claims tab shows them.
 */
public record Computed(DashboardState state, ModelResult result, ModelResult reported, ChartSettings settings,
        ChartInputs inputs, Overview overview, List<String> notices, Map<ChartId, JFreeChart> charts,
        JFreeChart overviewRatio, UiTheme theme,
        OptionalDouble bestFitShare, long requestedAt, long workNanos, List<ClaimRow> claims) {

    public Computed {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(result, "result");
        notices = List.copyOf(notices);
        claims = List.copyOf(claims);
        charts = java.util.Collections.unmodifiableMap(new EnumMap<>(charts));
    }

    /** The back-test rows (one per disclosed life change). */
    public List<ModelResult.BacktestRow> backtest() {
        return result.backtest();
    }
}
