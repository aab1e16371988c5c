package org.capexlens.ui.dashboard;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.capexlens.chart.ChartId;
import org.capexlens.text.Messages;

/** The Depreciation tab: the company picker of the vintage chart above the depreciation charts. */
final class DepreciationTab extends DashboardTab {
    private final DashboardViewModel vm;

    DepreciationTab(ChartPanes panes, DashboardViewModel vm) {
        super("depreciation", Messages.get("ui.dash.tab.depreciation"), panes, vm);
        this.vm = vm;
    }

    @Override
    protected Node build() {
        Label label = new Label(Messages.get("ui.dash.vintage.company"));
        ComboBox<String> company = new ComboBox<>(vm.chartCompanies());
        company.setId("vintageCompany");
        label.setLabelFor(company);
        label.setMnemonicParsing(true);
        company.setOnAction(e -> {
            String c = company.getValue();
            if (c != null && !c.equals(shownCompany(vm.computedProperty().get()))) {
                vm.setVintageCompany(c);
            }
        });
        vm.computedProperty().addListener((obs, old, c) -> {
            String shown = shownCompany(c);
            if (shown != null && !shown.equals(company.getValue())) {
                company.setValue(shown);
            }
        });
        String now = shownCompany(vm.computedProperty().get());
        if (now != null) {
            company.setValue(now);
        }
        HBox bar = new HBox(8, label, company);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tab-bar");
        GridPane g = ChartGrid.of(2, pane(ChartId.DEPRECIATION_BY_VINTAGE), pane(ChartId.DELTA_DEPRECIATION),
                pane(ChartId.ADJUSTED_MARGIN));
        VBox.setVgrow(g, Priority.ALWAYS);
        return new VBox(bar, g);
    }

    /** The company the vintage chart of {@code c} shows, or {@code null}. */
    private static String shownCompany(Computed c) {
        return c == null || c.inputs().vintages() == null ? null : c.inputs().vintages().company();
    }
}
