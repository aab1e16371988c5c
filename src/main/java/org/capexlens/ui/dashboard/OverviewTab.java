package org.capexlens.ui.dashboard;

import org.capexlens.text.FigureFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.capexlens.chart.ChartId;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;

/**
 * The Overview tab: three cards (cumulative depreciation delta, capex-to-revenue ratio, revenue gap), the margin
 * table with its year picker, the notices, and the ratio chart. The card and table labels exist from the start and
 * follow every result, so that the tab shows current figures the moment it is built.
 */
final class OverviewTab extends DashboardTab {
    private final DashboardViewModel vm;
    private final FigureFormat format;

    private final Label deltaTitle = new Label();
    private final Label deltaValue = new Label();
    private final Label deltaChange = new Label();
    private final Label ratioTitle = new Label();
    private final Label ratioValue = new Label();
    private final Label ratioChange = new Label();
    private final Label gapTitle = new Label();
    private final Label gapValue = new Label();
    private final Label gapChange = new Label();
    private final GridPane marginGrid = new GridPane();
    private final Label marginTitle = new Label();
    private final Label marginNote = new Label();
    private final Map<String, Label[]> marginRows = new LinkedHashMap<>();
    private final VBox noticeBox = new VBox(4);
    private final Label noticeTitle = new Label();

    OverviewTab(ChartPanes panes, DashboardViewModel vm, FigureFormat format) {
        super("overview", Messages.get("ui.dash.tab.overview"), panes, vm);
        this.vm = vm;
        this.format = format;
    }

    /** The overview's ratio chart is its own (one company group, fewer series) rather than the Infra tab's. */
    @Override
    protected JFreeChart chartFor(ChartPane pane, Computed c) {
        return pane.chartId() == ChartId.RATIO ? c.overviewRatio() : c.charts().get(pane.chartId());
    }

    @Override
    protected Node build() {
        VBox delta = card("deltaCard", deltaTitle, deltaValue, deltaChange);
        VBox ratio = card("ratioCard", ratioTitle, ratioValue, ratioChange);
        VBox gap = card("gapCard", gapTitle, gapValue, gapChange);
        deltaValue.setId("deltaValue");
        deltaChange.setId("deltaChange");
        ratioValue.setId("ratioValue");
        ratioChange.setId("ratioChange");
        gapValue.setId("gapValue");
        gapChange.setId("gapChange");
        HBox cards = new HBox(10, delta, ratio, gap);
        cards.getStyleClass().add("cards");
        for (Node c : cards.getChildren()) {
            HBox.setHgrow(c, Priority.ALWAYS);
            ((Region) c).setMaxWidth(Double.MAX_VALUE);
        }

        marginTitle.getStyleClass().add("section-title");
        marginTitle.setId("marginTitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox marginHead = new HBox(8, marginTitle, spacer, marginYear());
        marginHead.setAlignment(Pos.CENTER_LEFT);
        marginGrid.getStyleClass().add("margin-grid");
        marginGrid.setId("marginGrid");
        marginNote.setId("marginNote");
        marginNote.getStyleClass().add("margin-note");
        marginNote.setWrapText(true);
        marginNote.managedProperty().bind(marginNote.visibleProperty());
        marginNote.setVisible(false);

        noticeTitle.getStyleClass().add("section-title");
        noticeBox.getStyleClass().add("notices");
        ScrollPane notices = new ScrollPane(noticeBox);
        notices.setFitToWidth(true);
        notices.getStyleClass().add("notices-scroll");
        notices.setId("notices");
        VBox.setVgrow(notices, Priority.ALWAYS);
        vm.notices().addListener((ListChangeListener<String>) ch -> fillNotices());
        fillNotices();

        VBox left = new VBox(8, marginHead, marginGrid, marginNote, noticeTitle, notices);
        left.getStyleClass().add("overview-left");
        left.setPrefWidth(600);
        left.setMinWidth(420);
        left.setMaxWidth(640);
        ChartPane ratioChart = pane(ChartId.RATIO);
        // Issue 11: the ΔD fan of the last simulation below the ratio.
        ChartPane fan = pane(ChartId.DELTA_DEPRECIATION_FAN);
        VBox charts = new VBox(8, ratioChart, fan);
        VBox.setVgrow(ratioChart, Priority.ALWAYS);
        VBox.setVgrow(fan, Priority.ALWAYS);
        // Shown once a simulation exists, so that the ratio keeps the whole column until then (an empty fan with
        // a 0–1 axis is no information); the Revenue gap tab keeps its fan's place and its explanation.
        showFanOnlyWithSimulation(fan, vm.computedProperty().get());
        vm.computedProperty().addListener((obs, old, c) -> showFanOnlyWithSimulation(fan, c));
        HBox.setHgrow(charts, Priority.ALWAYS);
        HBox body = new HBox(12, left, charts);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox page = new VBox(12, cards, body);
        page.getStyleClass().add("overview");
        page.setId("overview");
        return page;
    }

    private static void showFanOnlyWithSimulation(Node fan, Computed c) {
        boolean simulated = c != null && c.settings().simulation() != null;
        fan.setVisible(simulated);
        fan.setManaged(simulated);
    }

    private ComboBox<Integer> marginYear() {
        ComboBox<Integer> year = new ComboBox<>(vm.marginYears());
        year.setId("marginYear");
        year.setTooltip(new Tooltip(Messages.get("ui.dash.margins.yearTip")));
        year.setAccessibleText(Messages.get("ui.dash.margins.yearTip"));
        year.setOnAction(e -> {
            Integer y = year.getValue();
            Computed c = vm.computedProperty().get();
            if (y != null && (c == null || y != c.settings().marginYear())) {
                vm.setMarginYear(y);
            }
        });
        vm.computedProperty().addListener((obs, old, c) -> {
            if (c != null && !Integer.valueOf(c.settings().marginYear()).equals(year.getValue())) {
                year.setValue(c.settings().marginYear());
            }
        });
        return year;
    }

    private static VBox card(String id, Label title, Label value, Label change) {
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        value.getStyleClass().add("card-value");
        change.getStyleClass().add("card-change");
        change.setWrapText(true);
        VBox card = new VBox(2, title, value, change);
        card.getStyleClass().add("card");
        card.setId(id);
        return card;
    }

    private void fillNotices() {
        noticeTitle.setText(Messages.get("ui.dash.notices.title", vm.notices().size()));
        noticeBox.getChildren().clear();
        if (vm.notices().isEmpty()) {
            Label none = new Label(Messages.get("ui.dash.notices.none"));
            none.getStyleClass().add("notice");
            noticeBox.getChildren().add(none);
        }
        for (String n : vm.notices()) {
            Label l = new Label("\u2022 " + n);
            l.setWrapText(true);
            l.getStyleClass().add("notice");
            noticeBox.getChildren().add(l);
        }
    }

    @Override
    protected void showFigures(Computed c) {
        Overview o = c.overview();
        deltaTitle.setText(Messages.get("ui.dash.delta.title", String.valueOf(o.deltaFrom()),
                String.valueOf(o.deltaTo())));
        deltaValue.setText(format.money(o.cumulativeDelta()));
        deltaChange.setText(Messages.get("ui.dash.vsReported", format.moneyChange(o.cumulativeDelta()
                - o.cumulativeDeltaReported())));
        ratioTitle.setText(o.ratioYear() == null ? Messages.get("ui.dash.ratio.titleNone")
                : Messages.get("ui.dash.ratio.title", String.valueOf(o.ratioYear())));
        ratioValue.setText(format.ratio(o.ratio()));
        ratioChange.setText(Messages.get("ui.dash.ratio.change", format.ratio(o.cumulativeRatio()),
                format.ratioChange(o.ratio() == null || o.ratioReported() == null ? null
                        : o.ratio() - o.ratioReported())));
        gapTitle.setText(o.gapYear() == null ? Messages.get("ui.dash.gap.titleNone")
                : Messages.get("ui.dash.gap.title", String.valueOf(o.gapYear())));
        gapValue.setText(format.money(o.gap()));
        gapChange.setText(Messages.get("ui.dash.gap.change", format.money(o.requiredRevenue()),
                format.moneyChange(o.gap() == null || o.gapReported() == null ? null : o.gap() - o.gapReported())));
        fillMargins(o);
    }

    /**
     * Fills the margin table. The labels are kept while the companies stay the same (every change but a new
     * dataset): new nodes would each need styling, which costs more than the rest of a repaint.
     */
    private void fillMargins(Overview o) {
        marginTitle.setText(Messages.get("ui.dash.margins.title", String.valueOf(o.marginYear())));
        List<String> companies = o.margins().stream().map(Overview.MarginHit::company).toList();
        if (!companies.equals(new ArrayList<>(marginRows.keySet())) || marginGrid.getChildren().isEmpty()) {
            marginGrid.getChildren().clear();
            marginRows.clear();
            String[] heads = {Messages.get("ui.dash.margins.company"), Messages.get("ui.dash.margins.reported"),
                Messages.get("ui.dash.margins.scenario"), Messages.get("ui.dash.margins.change"),
                Messages.get("ui.dash.margins.overstatement"), Messages.get("ui.dash.margins.understated")};
            for (int i = 0; i < heads.length; i++) {
                Label h = new Label(heads[i]);
                h.getStyleClass().add("margin-head");
                marginGrid.add(h, i, 0);
            }
            int row = 1;
            for (String company : companies) {
                String id = idPart(company);
                Label[] cells = {new Label(company), numberLabel("marginReported-" + id),
                    numberLabel("marginAdjusted-" + id), numberLabel("marginHit-" + id),
                    numberLabel("overstatement-" + id), numberLabel("understated-" + id)};
                cells[2].getStyleClass().add("margin-adjusted");
                marginGrid.addRow(row++, cells);
                marginRows.put(company, cells);
            }
            if (companies.isEmpty()) {
                marginGrid.add(new Label(Messages.get("ui.dash.margins.none")), 0, 1, 6, 1);
            }
        }
        boolean cut = o.margins().size() < o.marginCompanies();
        marginNote.setVisible(cut);
        marginNote.setText(cut ? Messages.get("ui.dash.margins.largest", String.valueOf(o.margins().size()),
                format.count(o.marginCompanies())) : "");
        for (Overview.MarginHit m : o.margins()) {
            Label[] cells = marginRows.get(m.company());
            cells[1].setText(format.percent(m.reported()));
            cells[2].setText(format.percent(m.adjusted()));
            cells[3].setText(format.points(m.changePoints()));
            issue14Cells(cells, m);
            Double pp = m.changePoints();
            String mood = pp != null && pp <= -0.05 ? "worse" : pp != null && pp >= 0.05 ? "better" : null;
            cells[3].getStyleClass().removeAll("worse", "better");
            if (mood != null) {
                cells[3].getStyleClass().add(mood);
            }
        }
    }

    private static Label numberLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("number");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_RIGHT);
        GridPane.setHgrow(l, Priority.ALWAYS);
        return l;
    }

    /** A company id usable in a node id (letters, digits, '-' and '_'). */
    static String idPart(String company) {
        return company.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /**
     * Issue 14: the company's fiscal year end beside its name ("Microsoft FY2026 (Jun)"), the overstatement or why
     * there is none ("n/m", "adjusted loss", the reason on hover), and the bounded share ΔD·(1 − t)/NI.
     */
    private void issue14Cells(Label[] cells, Overview.MarginHit m) {
        org.capexlens.calc.ModelResult.CompanyYear y = m.row();
        if (y == null) {
            cells[4].setText(FigureFormat.unknown());
            cells[5].setText(FigureFormat.unknown());
            return;
        }
        String fy = org.capexlens.text.FiscalLabels.fiscalYear(y.fiscalYear(), y.fiscalYearEndMonth());
        cells[0].setText(y.fiscalYearEndMonth() == 12 ? m.company() : Messages.get("ui.dash.margins.fiscalEnd",
                m.company(), org.capexlens.text.FiscalLabels.monthName(y.fiscalYearEndMonth())));
        cells[0].setTooltip(new Tooltip(m.company() + " " + fy));
        String reason = null;
        switch (y.earningsOverstatementStatus()) {
            case SHOWN -> cells[4].setText(format.percent(y.earningsOverstatement()));
            case ADJUSTED_LOSS -> {
                cells[4].setText(Messages.get("result.overstatement.adjusted_loss"));
                reason = Messages.get("ui.dash.margins.adjustedLossTip");
            }
            case NOT_MEANINGFUL -> {
                cells[4].setText(Messages.get("result.overstatement.not_meaningful"));
                reason = y.netIncome() != null && y.netIncome() > 0 && y.adjustedNetIncome() != null
                        ? Messages.get("result.overstatement.reason.small",
                                Math.round(100 * y.adjustedNetIncome() / y.netIncome()))
                        : Messages.get("result.overstatement.reason.netLoss");
            }
            default -> cells[4].setText(FigureFormat.unknown());
        }
        cells[4].setTooltip(reason == null ? null : new Tooltip(reason));
        cells[5].setText(format.percent(y.understatedDepreciationShare()));
    }
}
