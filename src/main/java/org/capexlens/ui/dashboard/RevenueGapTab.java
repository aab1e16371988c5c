package org.capexlens.ui.dashboard;

import javafx.scene.Node;
import org.capexlens.chart.ChartId;
import org.capexlens.text.Messages;

/** The Revenue gap tab: its charts in a grid. */
final class RevenueGapTab extends DashboardTab {
    RevenueGapTab(ChartPanes panes, DashboardViewModel vm) {
        super("gap", Messages.get("ui.dash.tab.gap"), panes, vm);
    }

    @Override
    protected Node build() {
        return ChartGrid.of(1, pane(ChartId.REVENUE_GAP));
    }
}
