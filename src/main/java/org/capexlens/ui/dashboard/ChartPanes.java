package org.capexlens.ui.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.capexlens.chart.ChartId;
import org.capexlens.text.Messages;

/**
 * Makes the dashboard's chart panes, each with its context menu (Copy chart, Copy data, then the export hook's
 * items), and remembers them: the first pane of each chart (for the copy size and tests) and the chart the user
 * last clicked.
 */
final class ChartPanes {
    private final ChartActions actions;
    private final ChartActions.Context context;
    private final Consumer<ChartId> copyChart;
    private final Consumer<ChartId> copyData;
    private final List<ChartPane> all = new ArrayList<>();
    private final Map<ChartId, ChartPane> first = new EnumMap<>(ChartId.class);
    private ChartId active;

    /**
     * @param actions    the export hook, not {@code null}.
     * @param context    what the hook's items see, not {@code null}.
     * @param copyChart  copies a chart as a picture, not {@code null}.
     * @param copyData   copies a chart's numbers, not {@code null}.
     */
    ChartPanes(ChartActions actions, ChartActions.Context context, Consumer<ChartId> copyChart,
            Consumer<ChartId> copyData) {
        this.actions = actions;
        this.context = context;
        this.copyChart = copyChart;
        this.copyData = copyData;
    }

    /** A new pane for {@code id}, its context menu filled. */
    ChartPane create(ChartId id) {
        DashboardAction.Place chart = DashboardAction.Place.CHART;
        ChartPane p = new ChartPane(id, DashboardMenus.items(List.of(
                DashboardAction.of(null, chart, Messages.get("ui.dash.chart.copy"), null, () -> copyChart.accept(id)),
                DashboardAction.of(null, chart, Messages.get("ui.dash.chart.copyData"), null,
                        () -> copyData.accept(id)))), c -> active = c);
        p.addMenuItems(DashboardMenus.items(actions.chartMenuActions(id, context)));
        all.add(p);
        first.putIfAbsent(id, p);
        return p;
    }

    /** The first pane made for {@code id}, or {@code null}. */
    ChartPane first(ChartId id) {
        return first.get(id);
    }

    /** The chart the user last clicked or focused, or {@code null}. */
    ChartId active() {
        return active;
    }
}
