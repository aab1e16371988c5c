package org.capexlens.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.ScenarioComparison;
import org.capexlens.chart.ChartId;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;

/**
 * The Compare tab (issue 11): the current scenario beside up to three others (presets and scenario files opened
 * this session), their key figures in a table whose cells differing from the current scenario are highlighted
 * (worse in orange, better in green, the difference in brackets), and their lines over the ratio and the combined
 * adjusted margin. The charts export like every other (File ▸ Export chart…, the chart's menu); the table is the
 * {@code compare} sheet of Export results.
 */
final class CompareTab extends DashboardTab {
    /** Differences that round away at the shown precision are not highlighted: 0.05 pp, $0.05B, 0.005×. */
    private static double tolerance(boolean percent, boolean ratio) {
        return percent ? 5e-4 : ratio ? 5e-3 : 0.05;
    }

    private final DashboardViewModel vm;
    private final FlowPane choices = new FlowPane(12, 6);
    private final GridPane table = new GridPane();
    private final Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    private boolean defaulted;

    CompareTab(ChartPanes panes, DashboardViewModel vm) {
        super("compare", Messages.get("ui.dash.tab.compare"), panes, vm);
        this.vm = vm;
    }

    @Override
    protected Node build() {
        choices.setId("compareChoices");
        table.setId("compareTable");
        table.setHgap(18);
        table.setVgap(3);
        table.setPadding(new Insets(4, 8, 4, 8));
        vm.scenarioChoices().addListener((ListChangeListener<ScenarioChoice>) ch -> refreshChoices());
        refreshChoices();
        Label intro = new Label(Messages.get("ui.compare.intro"));
        intro.setWrapText(true);
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(230);
        Node charts = ChartGrid.of(2, pane(ChartId.COMPARE_RATIO), pane(ChartId.COMPARE_MARGIN));
        VBox box = new VBox(6, intro, choices, scroll, charts);
        box.setPadding(new Insets(6));
        VBox.setVgrow(charts, Priority.ALWAYS);
        return box;
    }

    /** One check box per preset or opened file; at most three may be ticked. */
    private void refreshChoices() {
        List<Scenario> ticked = new ArrayList<>(vm.compared());
        if (!defaulted && ticked.isEmpty() && !vm.scenarioChoices().isEmpty()) {
            // First look: the two first presets that differ from the working scenario (Burry and the Nvidia memo
            // under "as reported"), so the tab opens on a comparison rather than an empty table.
            defaulted = true;
            Scenario current = vm.stateProperty().get().scenario();
            vm.scenarioChoices().stream().map(ScenarioChoice::scenario).filter(s -> !s.equals(current)).limit(2)
                    .forEach(ticked::add);
            vm.setCompared(ticked);
        }
        choices.getChildren().clear();
        Label with = new Label(Messages.get("ui.compare.with"));
        choices.getChildren().add(with);
        List<CheckBox> boxes = new ArrayList<>();
        for (ScenarioChoice c : vm.scenarioChoices()) {
            CheckBox box = new CheckBox(c.label());
            box.setId("compare-" + boxes.size());
            box.setSelected(ticked.contains(c.scenario()));
            box.setTooltip(new Tooltip(c.scenario().description()));
            boxes.add(box);
            box.selectedProperty().addListener((obs, was, is) -> {
                List<Scenario> next = new ArrayList<>();
                for (int i = 0; i < boxes.size(); i++) {
                    if (boxes.get(i).isSelected()) {
                        next.add(vm.scenarioChoices().get(i).scenario());
                    }
                }
                limit(boxes, next.size());
                vm.setCompared(next);
            });
        }
        limit(boxes, ticked.size());
        choices.getChildren().addAll(boxes);
        choices.setAlignment(Pos.CENTER_LEFT);
    }

    private static void limit(List<CheckBox> boxes, int ticked) {
        boolean full = ticked >= ScenarioComparison.MAX_SCENARIOS - 1;
        boxes.forEach(b -> b.setDisable(full && !b.isSelected()));
    }

    @Override
    protected void showFigures(Computed c) {
        if (c.inputs() == null) {
            return;
        }
        ScenarioComparison.Comparison cmp = c.inputs().comparisonOrSelf();
        table.getChildren().clear();
        List<ScenarioComparison.Figures> all = cmp.scenarios();
        table.add(header(Messages.get("ui.compare.figure")), 0, 0);
        for (int j = 0; j < all.size(); j++) {
            Label h = header(j == 0 ? Messages.get("ui.compare.current", all.get(j).scenario().name())
                    : all.get(j).scenario().name());
            table.add(h, j + 1, 0);
        }
        int row = 1;
        row = row(row, Messages.get("ui.compare.deltaD", cmp.from(), cmp.to()), all,
                f -> f.deltaDepreciation(), true, false);
        for (String company : cmp.companies()) {
            row = row(row, Messages.get("ui.compare.margin", company, cmp.fiscalYear()), all,
                    f -> value(f, company, true), false, true);
            row = row(row, Messages.get("ui.compare.overstatement", company, cmp.fiscalYear()), all,
                    f -> value(f, company, false), true, true);
        }
        ScenarioComparison.Figures base = all.get(0);
        row = row(row, Messages.get("ui.compare.ratio", base.ratio() == null ? "" : String.valueOf(base.ratio().year())), all,
                f -> f.ratio() == null ? null : f.ratio().ratio(), true, false);
        row = row(row, Messages.get("ui.compare.gap", base.revenueGap() == null ? "" : String.valueOf(base.revenueGap().year())),
                all, f -> f.revenueGap() == null ? null : f.revenueGap().gap(), true, false);
        row(row, Messages.get("ui.compare.bain", base.bain() == null ? "" : String.valueOf(base.bain().year())), all,
                f -> f.bain() == null ? null : f.bain().shortfall(), true, false);
    }

    private static Double value(ScenarioComparison.Figures f, String company, boolean margin) {
        ModelResult.CompanyYear r = f.companies().get(company);
        return r == null ? null : margin ? r.adjustedOperatingMargin() : r.earningsOverstatement();
    }

    /**
     * One figure across the scenarios.
     *
     * @param higherIsWorse  whether a rise is bad news (ΔD, overstatement, ratio, gap) rather than good (margin).
     * @param percent        a fraction shown as a percentage, else money in $B (or a multiple for the ratio).
     */
    private int row(int row, String label, List<ScenarioComparison.Figures> all,
            Function<ScenarioComparison.Figures, Double> get, boolean higherIsWorse, boolean percent) {
        table.add(new Label(label), 0, row);
        Double base = get.apply(all.get(0));
        boolean ratio = label.startsWith(Messages.get("ui.compare.ratioPrefix"));
        for (int j = 0; j < all.size(); j++) {
            Double v = get.apply(all.get(j));
            Label cell = new Label(format(v, percent, ratio));
            cell.setId("compare-" + row + "-" + j);
            if (j > 0 && v != null && base != null && Math.abs(v - base) >= tolerance(percent, ratio)) {
                cell.setText(cell.getText() + " (" + (v > base ? "+" : "\u2212") + format(Math.abs(v - base), percent,
                        ratio) + ")");
                cell.getStyleClass().addAll("compare-diff", (v > base) == higherIsWorse ? "worse" : "better");
            } else if (j > 0 && v != null && base != null) {
                cell.setText(cell.getText() + " (=)");
            } else if (j > 0 && (v == null) != (base == null)) {
                cell.getStyleClass().add("compare-diff");
            }
            table.add(cell, j + 1, row);
        }
        return row + 1;
    }

    private String format(Double v, boolean percent, boolean ratio) {
        if (v == null) {
            return Messages.get("ui.compare.none");
        }
        if (ratio) {
            return ChartFormats.times(locale).format(v);
        }
        return percent ? ChartFormats.pct(v, locale) : ChartFormats.money(v, locale);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("compare-header");
        return l;
    }
}
