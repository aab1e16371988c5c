package org.capexlens.ui.dashboard;

import org.capexlens.text.FigureFormat;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.capexlens.calc.ModelResult;
import org.capexlens.chart.ChartId;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.Tables;

/** The Back-test tab: the back-test chart above the table of disclosed against modelled effects. */
final class BacktestTab extends DashboardTab {
    private final FigureFormat format;
    private final ObservableList<ModelResult.BacktestRow> rows = FXCollections.observableArrayList();
    private final TableView<ModelResult.BacktestRow> table = new TableView<>();
    private final Label bestFit = new Label();

    BacktestTab(ChartPanes panes, DashboardViewModel vm, FigureFormat format) {
        super("backtest", Messages.get("ui.dash.tab.backtest"), panes, vm);
        this.format = format;
    }

    @Override
    protected Node build() {
        table.setId("backtestTable");
        table.setItems(Tables.sortable(rows, table));
        table.getColumns().add(Tables.column(Messages.get("ui.dash.backtest.company"),
                ModelResult.BacktestRow::company, 110, false));
        table.getColumns().add(Tables.column(Messages.get("ui.dash.backtest.period"),
                ModelResult.BacktestRow::period, 100, false));
        table.getColumns().add(Tables.column(Messages.get("ui.dash.backtest.change"),
                r -> Messages.get("ui.dash.backtest.fromTo", format.years(r.fromYears()), format.years(r.toYears())),
                110, false));
        table.getColumns().add(Tables.numberColumn(Messages.get("ui.dash.backtest.disclosed"),
                ModelResult.BacktestRow::disclosed, v -> format.money(v), 110));
        table.getColumns().add(Tables.numberColumn(Messages.get("ui.dash.backtest.model"),
                ModelResult.BacktestRow::model, v -> format.money(v), 110));
        table.getColumns().add(Tables.numberColumn(Messages.get("ui.dash.backtest.error"),
                ModelResult.BacktestRow::error, v -> format.percent(v), 90));
        // issue 10: what was stated (a forecast or a reported effect) and the share of the fleet the change covers
        table.getColumns().add(Tables.column(Messages.get("ui.dash.backtest.basis"), this::basis, 80, false));
        table.getColumns().add(Tables.numberColumn(Messages.get("ui.dash.backtest.fleetShare"),
                ModelResult.BacktestRow::fleetShare, v -> format.percent(v), 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("ui.dash.backtest.empty")));
        bestFit.setId("bestFit");
        bestFit.setWrapText(true);
        bestFit.getStyleClass().add("best-fit");
        VBox lower = new VBox(6, Tables.titled(Messages.get("ui.dash.backtest.title"), table), bestFit);
        VBox.setVgrow(lower.getChildren().get(0), Priority.ALWAYS);
        lower.getStyleClass().add("section");
        // Issue 14: the calibration chart beside the back-test, where the evidence lives.
        SplitPane charts = new SplitPane(pane(ChartId.BACKTEST), pane(ChartId.CALIBRATION));
        charts.setDividerPositions(0.5);
        SplitPane split = new SplitPane(charts, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        return split;
    }

    private String basis(ModelResult.BacktestRow r) {
        String key = "ui.dash.backtest.basis." + (r.effectBasis().isEmpty() ? "unknown" : r.effectBasis());
        return Messages.get(key);
    }

    @Override
    protected void showFigures(Computed c) {
        if (!c.backtest().equals(rows)) {
            rows.setAll(c.backtest());
        }
        bestFit.setText(c.bestFitShare().isPresent()
                ? Messages.get("ui.dash.backtest.bestFit", format.percent(c.bestFitShare().getAsDouble()),
                        format.percent(c.state().scenario().shortLivedShare()))
                : Messages.get("ui.dash.backtest.bestFitNone"));
    }
}
