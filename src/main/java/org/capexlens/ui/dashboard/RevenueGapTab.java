package org.capexlens.ui.dashboard;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.capexlens.chart.ChartId;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;

/**
 * The Revenue gap tab: Sequoia's gap and Bain's test side by side, and below them the published figures of the
 * scenario's author beside the same method on the dataset ({@link PublishedFigures}).
 */
final class RevenueGapTab extends DashboardTab {
    private final Label figures = new Label();
    private final FigureFormat format = new FigureFormat(Locale.getDefault(Locale.Category.FORMAT));

    RevenueGapTab(ChartPanes panes, DashboardViewModel vm) {
        super("gap", Messages.get("ui.dash.tab.gap"), panes, vm);
    }

    @Override
    protected Node build() {
        figures.setId("gapFigures");
        figures.setWrapText(true);
        figures.getStyleClass().add("best-fit");
        Node grid = ChartGrid.of(3, pane(ChartId.REVENUE_GAP), pane(ChartId.BAIN_TEST),
                pane(ChartId.REVENUE_GAP_FAN));
        VBox box = new VBox(6, grid, figures);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return box;
    }

    @Override
    protected void showFigures(Computed c) {
        figures.setText(PublishedFigures.text(c.result(), format));
    }
}
