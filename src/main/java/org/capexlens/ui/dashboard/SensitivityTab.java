package org.capexlens.ui.dashboard;

import javafx.scene.Node;
import org.capexlens.chart.ChartId;
import org.capexlens.text.Messages;

/** The Margin sensitivity tab: its charts in a grid. */
final class SensitivityTab extends DashboardTab {
    SensitivityTab(ChartPanes panes, DashboardViewModel vm) {
        super("sensitivity", Messages.get("ui.dash.tab.sensitivity"), panes, vm);
    }

    @Override
    protected Node build() {
        return ChartGrid.of(2, pane(ChartId.MARGIN_VS_LIFE), pane(ChartId.SENSITIVITY_HEATMAP),
                pane(ChartId.TORNADO));
    }
}
