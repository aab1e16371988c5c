package org.capexlens.ui.dashboard;

import javafx.scene.Node;
import org.capexlens.chart.ChartId;
import org.capexlens.text.Messages;

/** The Infrastructure vs applications tab: its charts in a grid. */
final class InfraTab extends DashboardTab {
    InfraTab(ChartPanes panes, DashboardViewModel vm) {
        super("infra", Messages.get("ui.dash.tab.infra"), panes, vm);
    }

    @Override
    protected Node build() {
        return ChartGrid.of(2, pane(ChartId.INFRA_VS_APPS), pane(ChartId.RATIO));
    }
}
