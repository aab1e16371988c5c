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
    private final GpuLifeSection gpu;
    private static final double TOP_ROW_PERCENT = 58;

    DepreciationTab(ChartPanes panes, DashboardViewModel vm) {
        super("depreciation", Messages.get("ui.dash.tab.depreciation"), panes, vm);
        this.vm = vm;
        this.gpu = new GpuLifeSection(vm);
    }

    @Override
    protected void showFigures(Computed c) {
        if (c != null) {
            gpu.show(c);
        }
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
        // Four cells: the vintages and, beside them, the GPU economic life (issue 11) with its assumptions.
        ChartPane vintages = pane(ChartId.DEPRECIATION_BY_VINTAGE);
        ChartPane gpuChart = pane(ChartId.GPU_ECONOMIC_LIFE);
        GridPane g = ChartGrid.of(2, vintages, gpuChart, pane(ChartId.DELTA_DEPRECIATION),
                pane(ChartId.ADJUSTED_MARGIN));
        g.getChildren().remove(gpuChart);
        g.add(gpu.build(gpuChart), 1, 0);
        // The top row holds the GPU section's controls and answer above its chart: give it more height.
        g.getRowConstraints().get(0).setPercentHeight(TOP_ROW_PERCENT);
        g.getRowConstraints().get(1).setPercentHeight(100 - TOP_ROW_PERCENT);
        VBox.setVgrow(g, Priority.ALWAYS);
        return new VBox(bar, g);
    }

    /** The company the vintage chart of {@code c} shows, or {@code null}. */
    private static String shownCompany(Computed c) {
        return c == null || c.inputs().vintages() == null ? null : c.inputs().vintages().company();
    }
}
