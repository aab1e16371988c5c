package org.capexlens.ui.dashboard;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.capexlens.calc.ModelResult;
import org.capexlens.chart.ChartData;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartTheme;
import org.capexlens.chart.Charts;
import org.capexlens.export.ChartRenderer;
import org.capexlens.text.AppInfo;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;
import org.capexlens.ui.ErrorDialog;
import org.capexlens.ui.ShellView;
import org.capexlens.ui.ShellViewModel;
import org.capexlens.ui.Tables;
import org.capexlens.ui.Timing;
import org.capexlens.ui.UiTheme;
import org.capexlens.ui.assumptions.AssumptionsView;
import org.capexlens.ui.assumptions.AssumptionsViewModel;
import org.capexlens.ui.session.SessionController;
import org.jfree.chart.JFreeChart;

/**
 * The dashboard (DESIGN §4) installed into the main window's frame ({@link ShellView}): the assumptions panel on
 * the left, the tabs Overview … Back-test before Data, the per-sheet tables in Data, and the File, Edit, View and
 * Help menus. It only binds: every value comes from the view models, every action goes to them.
 *
 * <p>Charts arrive from the worker fully built; {@link #show(Computed)} sets them into their viewers in one pass on
 * the FX thread (a hidden tab's viewers get theirs when the tab is shown, see {@link ChartPane}).
 */
public final class DashboardView {
    /** Tab ids in the order of the tabs and of Ctrl+1 … Ctrl+7; the snapshot option names tabs by these. */
    public static final List<String> TAB_IDS = List.of("overview", "infra", "sensitivity", "depreciation", "gap",
            "backtest", "data");

    private final ShellView shell;
    private final ShellViewModel shellVm;
    private final DashboardViewModel vm;
    private final SessionController session;
    private final Consumer<String> openLink;
    private final ChartActions actions;
    private final FigureFormat format = new FigureFormat(Locale.getDefault(Locale.Category.FORMAT));
    private final Map<String, Tab> tabsById = new LinkedHashMap<>();
    private final List<ChartPane> panes = new ArrayList<>();
    private final Map<Tab, List<ChartPane>> tabPanes = new java.util.HashMap<>();
    private final javafx.collections.ObservableList<ModelResult.BacktestRow> backtestRows =
            javafx.collections.FXCollections.observableArrayList();
    private final Map<ChartId, ChartPane> firstPane = new EnumMap<>(ChartId.class);
    private ChartPane overviewRatio;
    private ChartId activeChart;
    private final List<Consumer<Computed>> shownListeners = new ArrayList<>();

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
    private final TableView<ModelResult.BacktestRow> backtestTable = new TableView<>();
    private final Label bestFit = new Label();

    private final ContextImpl context = new ContextImpl();

    /**
     * Builds the dashboard into {@code shell}.
     *
     * @param shell     the main window's frame, not {@code null}.
     * @param shellVm   its view model (loads), not {@code null}.
     * @param vm        the dashboard state, not {@code null}.
     * @param avm       the assumptions panel's state, not {@code null}.
     * @param session   recent files and the session files, or {@code null} (tests without persistence).
     * @param openLink  opens a web address or file URI in the user's browser (the app: HostServices), not
     *                  {@code null}.
     * @param actions   export items to place in the menus, not {@code null} ({@link ChartActions#NONE}).
     */
    public DashboardView(ShellView shell, ShellViewModel shellVm, DashboardViewModel vm, AssumptionsViewModel avm,
            SessionController session, Consumer<String> openLink, ChartActions actions) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.shellVm = Objects.requireNonNull(shellVm, "shellVm");
        this.vm = Objects.requireNonNull(vm, "vm");
        this.session = session;
        this.openLink = Objects.requireNonNull(openLink, "openLink");
        this.actions = Objects.requireNonNull(actions, "actions");

        Node root = shell.root();
        root.getStyleClass().add("dashboard");
        shell.root().getStylesheets().add(Objects.requireNonNull(
                DashboardView.class.getResource("dashboard.css")).toExternalForm());
        shell.setLeft(new AssumptionsView(avm, vm).root());
        buildTabs();
        new DataTables(vm, openLink).install(shell.dataTabs());
        installMenus();
        installStatusNotice();

        vm.computedProperty().addListener((obs, old, c) -> {
            if (c != null) {
                show(c);
            }
        });
        vm.errorProperty().addListener((obs, old, e) -> {
            if (e != null) {
                ErrorDialog.show(shell.window(), e.header(), e.error(), vm::dismissError);
            }
        });
        vm.themeProperty().addListener((obs, old, t) -> applyTheme(t));
        applyTheme(vm.themeProperty().get());
        if (vm.computedProperty().get() != null) {
            show(vm.computedProperty().get());
        }
    }

    /** Selects a tab by its id (one of {@link #TAB_IDS}); unknown ids are ignored. */
    public void selectTab(String id) {
        Tab tab = tabsById.get(id);
        if (tab != null) {
            shell.tabs().getSelectionModel().select(tab);
        }
    }

    /**
     * Adds a listener told after each batch of charts has been set into the viewers and laid out (the next pulse
     * renders them): for timings and the snapshot option.
     */
    public void addChartsShownListener(Consumer<Computed> listener) {
        shownListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    // ---- tabs ----------------------------------------------------------------------------------------------------

    private void buildTabs() {
        List<Tab> tabs = new ArrayList<>();
        tabs.add(tab("overview", Messages.get("ui.dash.tab.overview"), this::overview));
        tabs.add(tab("infra", Messages.get("ui.dash.tab.infra"),
                () -> grid(2, pane(ChartId.INFRA_VS_APPS), pane(ChartId.RATIO))));
        tabs.add(tab("sensitivity", Messages.get("ui.dash.tab.sensitivity"), this::sensitivity));
        tabs.add(tab("depreciation", Messages.get("ui.dash.tab.depreciation"), this::depreciation));
        tabs.add(tab("gap", Messages.get("ui.dash.tab.gap"), () -> grid(1, pane(ChartId.REVENUE_GAP))));
        tabs.add(tab("backtest", Messages.get("ui.dash.tab.backtest"), this::backtest));
        shell.tabs().getTabs().addAll(0, tabs);
        Tab data = shell.tabs().getTabs().get(shell.tabs().getTabs().size() - 1);
        tabsById.put("data", data);
        shell.tabs().getSelectionModel().select(0);
    }

    /**
     * A tab whose content is built the first time it is shown: a window with every tab built up front takes
     * seconds longer to appear on a busy two-core machine (styling and laying out controls nobody looks at yet).
     */
    private Tab tab(String id, String text, java.util.function.Supplier<Node> content) {
        Tab t = new Tab(text);
        t.setId(id + "Tab");
        t.setClosable(false);
        tabsById.put(id, t);
        Runnable build = () -> {
            int before = panes.size();
            Node node = content.get();
            t.setContent(node);
            List<ChartPane> mine = List.copyOf(panes.subList(before, panes.size()));
            tabPanes.put(t, mine);
            Computed c = vm.computedProperty().get();
            for (ChartPane p : mine) {
                if (c != null) {
                    p.show(chartFor(p, c));
                }
                p.setLive(t.isSelected());
            }
            t.selectedProperty().addListener((obs, was, is) -> mine.forEach(p -> p.setLive(is)));
        };
        if (t.isSelected()) {
            build.run();
        } else {
            t.selectedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was,
                        Boolean is) {
                    if (is && t.getContent() == null) {
                        t.selectedProperty().removeListener(this);
                        build.run();
                    }
                }
            });
        }
        return t;
    }

    private JFreeChart chartFor(ChartPane p, Computed c) {
        return p == overviewRatio ? c.overviewRatio() : c.charts().get(p.chartId());
    }

    private ChartPane pane(ChartId id) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem copy = new MenuItem(Messages.get("ui.dash.chart.copy"));
        copy.setOnAction(e -> copyChart(id));
        MenuItem data = new MenuItem(Messages.get("ui.dash.chart.copyData"));
        data.setOnAction(e -> copyData(id));
        items.add(copy);
        items.add(data);
        ChartPane p = new ChartPane(id, items, c -> activeChart = c);
        p.addMenuItems(actions.chartMenuItems(id, context));
        panes.add(p);
        firstPane.putIfAbsent(id, p);
        return p;
    }

    /** Charts in a grid of {@code columns}; the first chart spans the whole first row when there are three. */
    private static GridPane grid(int columns, ChartPane... charts) {
        GridPane g = new GridPane();
        g.getStyleClass().add("chart-grid");
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().add(cc);
        }
        int rows = charts.length == 3 && columns == 2 ? 2 : (charts.length + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            g.getRowConstraints().add(rc);
        }
        if (charts.length == 3 && columns == 2) {
            g.add(charts[0], 0, 0, 2, 1);
            g.add(charts[1], 0, 1);
            g.add(charts[2], 1, 1);
        } else {
            for (int i = 0; i < charts.length; i++) {
                g.add(charts[i], i % columns, i / columns);
            }
        }
        return g;
    }

    private Node overview() {
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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox marginHead = new HBox(8, marginTitle, spacer, year);
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
        left.setPrefWidth(400);
        left.setMinWidth(340);
        left.setMaxWidth(460);
        overviewRatio = pane(ChartId.RATIO);
        HBox.setHgrow(overviewRatio, Priority.ALWAYS);
        HBox body = new HBox(12, left, overviewRatio);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox page = new VBox(12, cards, body);
        page.getStyleClass().add("overview");
        page.setId("overview");
        return page;
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

    private Node sensitivity() {
        return grid(2, pane(ChartId.MARGIN_VS_LIFE), pane(ChartId.SENSITIVITY_HEATMAP), pane(ChartId.TORNADO));
    }

    private Node depreciation() {
        Label label = new Label(Messages.get("ui.dash.vintage.company"));
        ComboBox<String> company = new ComboBox<>(vm.chartCompanies());
        company.setId("vintageCompany");
        label.setLabelFor(company);
        label.setMnemonicParsing(true);
        company.setOnAction(e -> {
            String c = company.getValue();
            Computed now = vm.computedProperty().get();
            String shown = now == null || now.inputs().vintages() == null ? null : now.inputs().vintages().company();
            if (c != null && !c.equals(shown)) {
                vm.setVintageCompany(c);
            }
        });
        vm.computedProperty().addListener((obs, old, c) -> {
            String shown = c == null || c.inputs().vintages() == null ? null : c.inputs().vintages().company();
            if (shown != null && !shown.equals(company.getValue())) {
                company.setValue(shown);
            }
        });
        Computed now = vm.computedProperty().get();
        if (now != null && now.inputs().vintages() != null) {
            company.setValue(now.inputs().vintages().company());
        }
        HBox bar = new HBox(8, label, company);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tab-bar");
        GridPane g = grid(2, pane(ChartId.DEPRECIATION_BY_VINTAGE), pane(ChartId.DELTA_DEPRECIATION),
                pane(ChartId.ADJUSTED_MARGIN));
        VBox.setVgrow(g, Priority.ALWAYS);
        return new VBox(bar, g);
    }

    private Node backtest() {
        backtestTable.setId("backtestTable");
        backtestTable.setItems(Tables.sortable(backtestRows, backtestTable));
        backtestTable.getColumns().add(Tables.column(Messages.get("ui.dash.backtest.company"),
                ModelResult.BacktestRow::company, 110, false));
        backtestTable.getColumns().add(Tables.column(Messages.get("ui.dash.backtest.period"),
                ModelResult.BacktestRow::period, 100, false));
        backtestTable.getColumns().add(Tables.column(Messages.get("ui.dash.backtest.change"),
                r -> Messages.get("ui.dash.backtest.fromTo", format.years(r.fromYears()), format.years(r.toYears())),
                110, false));
        backtestTable.getColumns().add(Tables.numberColumn(Messages.get("ui.dash.backtest.disclosed"),
                ModelResult.BacktestRow::disclosed, v -> format.money(v), 110));
        backtestTable.getColumns().add(Tables.numberColumn(Messages.get("ui.dash.backtest.model"),
                ModelResult.BacktestRow::model, v -> format.money(v), 110));
        backtestTable.getColumns().add(Tables.numberColumn(Messages.get("ui.dash.backtest.error"),
                ModelResult.BacktestRow::error, v -> format.percent(v), 90));
        backtestTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        backtestTable.setPlaceholder(new Label(Messages.get("ui.dash.backtest.empty")));
        bestFit.setId("bestFit");
        bestFit.setWrapText(true);
        bestFit.getStyleClass().add("best-fit");
        VBox lower = new VBox(6, Tables.titled(Messages.get("ui.dash.backtest.title"), backtestTable), bestFit);
        VBox.setVgrow(lower.getChildren().get(0), Priority.ALWAYS);
        lower.getStyleClass().add("section");
        SplitPane split = new SplitPane(pane(ChartId.BACKTEST), lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        return split;
    }

    // ---- showing a result ---------------------------------------------------------------------------------------

    /** Sets every chart and figure of {@code c} in one pass on the FX thread. */
    private void show(Computed c) {
        long start = System.nanoTime();
        for (ChartPane p : panes) {
            p.show(chartFor(p, c));
        }
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
        if (!c.backtest().equals(backtestRows)) {
            backtestRows.setAll(c.backtest());
        }
        bestFit.setText(c.bestFitShare().isPresent()
                ? Messages.get("ui.dash.backtest.bestFit", format.percent(c.bestFitShare().getAsDouble()),
                        format.percent(c.state().scenario().shortLivedShare()))
                : Messages.get("ui.dash.backtest.bestFitNone"));
        Timing.report("fx-apply", System.nanoTime() - start);
        afterLayout(c);
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
                Messages.get("ui.dash.margins.scenario"), Messages.get("ui.dash.margins.change")};
            for (int i = 0; i < heads.length; i++) {
                Label h = new Label(heads[i]);
                h.getStyleClass().add("margin-head");
                marginGrid.add(h, i, 0);
            }
            int row = 1;
            for (String company : companies) {
                String id = idPart(company);
                Label[] cells = {new Label(company), numberLabel("marginReported-" + id),
                    numberLabel("marginAdjusted-" + id), numberLabel("marginHit-" + id)};
                cells[2].getStyleClass().add("margin-adjusted");
                marginGrid.addRow(row++, cells);
                marginRows.put(company, cells);
            }
            if (companies.isEmpty()) {
                marginGrid.add(new Label(Messages.get("ui.dash.margins.none")), 0, 1, 4, 1);
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
    public static String idPart(String company) {
        return company.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Tells the listeners once the charts just set have been laid out (they render in this same pulse). */
    private void afterLayout(Computed c) {
        Scene scene = shell.root().getScene();
        if (scene == null) {
            shownListeners.forEach(l -> l.accept(c));
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Timing.report("change-to-repaint", System.nanoTime() - c.requestedAt());
            Timing.report("worker", c.workNanos());
            // The frame drawn from this pulse is on screen once the next pulse may start (the FX thread waits
            // for the renderer): the user-visible end of a change.
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                scene.removePreLayoutPulseListener(next[0]);
                Timing.report("change-to-next-frame", System.nanoTime() - c.requestedAt());
            };
            scene.addPreLayoutPulseListener(next[0]);
            javafx.application.Platform.requestNextPulse();
            shownListeners.forEach(l -> l.accept(c));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    // ---- clipboard ------------------------------------------------------------------------------------------------

    private void copyChart(ChartId id) {
        Computed c = vm.computedProperty().get();
        if (c == null) {
            return;
        }
        // Drawn again in the print theme: a pasted chart sits on white paper whatever the screen theme is.
        JFreeChart chart = Charts.build(id, c.inputs(), ChartTheme.PRINT);
        ChartPane p = firstPane.get(id);
        int w = (int) Math.max(640, p == null ? 0 : p.getWidth());
        int h = (int) Math.max(400, p == null ? 0 : p.getHeight());
        byte[] png = ChartRenderer.png(chart, w, h, 2, 192, new ChartRenderer.Metadata(
                chart.getTitle() == null ? id.description() : chart.getTitle().getText(), id.description(),
                List.of(), AppInfo.nameAndVersion(), ""));
        ClipboardContent content = new ClipboardContent();
        content.putImage(new Image(new ByteArrayInputStream(png)));
        Clipboard.getSystemClipboard().setContent(content);
        shellVm.announce(Messages.get("ui.dash.status.chartCopied", id.description()));
    }

    private void copyData(ChartId id) {
        Computed c = vm.computedProperty().get();
        if (c == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(ChartData.toTsv(c.charts().get(id)));
        Clipboard.getSystemClipboard().setContent(content);
        shellVm.announce(Messages.get("ui.dash.status.dataCopied", id.description()));
    }

    /** The chart last clicked, else the first chart of the selected tab. */
    private Optional<ChartId> activeOrVisibleChart() {
        Tab selected = shell.tabs().getSelectionModel().getSelectedItem();
        List<ChartPane> visible = selected == null ? List.of() : tabPanes.getOrDefault(selected, List.of());
        if (activeChart != null && visible.stream().anyMatch(p -> p.chartId() == activeChart)) {
            return Optional.of(activeChart);
        }
        return visible.isEmpty() ? Optional.ofNullable(activeChart) : Optional.of(visible.get(0).chartId());
    }

    // ---- menus ----------------------------------------------------------------------------------------------------

    private void installMenus() {
        Menu file = shell.fileMenu();
        MenuItem folder = item("openFolderMenuItem", Messages.get("ui.dash.menu.openFolder"), "Shortcut+Shift+O",
                this::chooseFolder);
        Menu recent = new Menu(Messages.get("ui.dash.menu.recent"));
        recent.setId("recentMenu");
        if (session != null) {
            fillRecent(recent);
            session.recentFiles().addListener((ListChangeListener<Path>) ch -> fillRecent(recent));
        }
        MenuItem reload = item("reloadMenuItem", Messages.get("ui.dash.menu.reload"), "F5", shellVm::reload);
        reload.disableProperty().bind(shellVm.currentFileProperty().isNull());
        MenuItem openScenario = item("openScenarioMenuItem", Messages.get("ui.dash.menu.openScenario"), "Shortcut+L",
                this::chooseScenario);
        MenuItem saveScenario = item("saveScenarioMenuItem", Messages.get("ui.dash.menu.saveScenario"), "Shortcut+S",
                this::saveScenario);
        List<MenuItem> added = new ArrayList<>(List.of(folder));
        if (session != null) {
            added.add(recent);
        }
        added.addAll(List.of(reload, new SeparatorMenuItem(), openScenario, saveScenario));
        List<MenuItem> exports = actions.fileMenuItems(context);
        if (!exports.isEmpty()) {
            added.add(new SeparatorMenuItem());
            added.addAll(exports);
        }
        file.getItems().addAll(1, added);

        MenuItem undo = item("undoMenuItem", Messages.get("ui.dash.menu.undo"), "Shortcut+Z", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("redoMenuItem", Messages.get("ui.dash.menu.redo"), "Shortcut+Y", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem copyChart = item("copyChartMenuItem", Messages.get("ui.dash.menu.copyChart"), "Shortcut+Shift+C",
                () -> activeOrVisibleChart().ifPresent(this::copyChart));
        MenuItem copyData = item("copyDataMenuItem", Messages.get("ui.dash.menu.copyData"), "Shortcut+Alt+C",
                () -> activeOrVisibleChart().ifPresent(this::copyData));
        Menu edit = new Menu(Messages.get("ui.dash.menu.edit"), null, undo, redo, new SeparatorMenuItem(), copyChart,
                copyData);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(Messages.get("ui.dash.menu.light"));
        light.setId("lightMenuItem");
        light.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        light.setToggleGroup(themes);
        light.setOnAction(e -> vm.setTheme(UiTheme.LIGHT));
        RadioMenuItem dark = new RadioMenuItem(Messages.get("ui.dash.menu.dark"));
        dark.setId("darkMenuItem");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setToggleGroup(themes);
        dark.setOnAction(e -> vm.setTheme(UiTheme.DARK));
        Runnable syncTheme = () -> themes.selectToggle(vm.themeProperty().get() == UiTheme.DARK ? dark : light);
        vm.themeProperty().addListener((obs, old, t) -> syncTheme.run());
        syncTheme.run();
        Menu view = new Menu(Messages.get("ui.dash.menu.view"), null, light, dark, new SeparatorMenuItem());
        for (int i = 0; i < TAB_IDS.size(); i++) {
            String id = TAB_IDS.get(i);
            Tab t = tabsById.get(id);
            MenuItem go = new MenuItem(t.getText());
            go.setId("tabMenuItem-" + id);
            go.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            go.setOnAction(e -> selectTab(id));
            view.getItems().add(go);
        }
        MenuItem about = item("aboutMenuItem", Messages.get("ui.dash.menu.about"), "F1", this::showAbout);
        Menu help = new Menu(Messages.get("ui.dash.menu.help"), null, about);
        shell.menuBar().getMenus().addAll(edit, view, help);

        // A second redo shortcut, as many programs use it.
        shell.root().sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), vm::redo);
            }
        });
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        // A file moved or deleted since (or a temporary copy of the packaged dataset) is not offered.
        List<Path> existing = session.recentFiles().stream().filter(Files::exists).toList();
        for (Path p : existing) {
            String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
            MenuItem i = new MenuItem(p.getParent() == null ? name
                    : Messages.get("ui.dash.menu.recentItem", name, p.getParent().toString()));
            i.setMnemonicParsing(false);
            i.setOnAction(e -> shellVm.open(p));
            recent.getItems().add(i);
        }
        if (existing.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("ui.dash.menu.recentNone"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().add(new SeparatorMenuItem());
            MenuItem clear = new MenuItem(Messages.get("ui.dash.menu.recentClear"));
            clear.setOnAction(e -> session.clearRecent());
            recent.getItems().add(clear);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("ui.dash.chooser.folder"));
        Path current = shellVm.currentFileProperty().get();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File dir = chooser.showDialog(shell.window());
        if (dir != null) {
            shellVm.open(dir.toPath());
        }
    }

    private FileChooser scenarioChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("ui.dash.chooser.scenarioFiles"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("ui.shell.chooser.all"), "*.*"));
        Path folder = Path.of("data", "scenarios");
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toAbsolutePath().toFile());
        }
        return chooser;
    }

    private void chooseScenario() {
        File f = scenarioChooser(Messages.get("ui.dash.chooser.openScenario")).showOpenDialog(shell.window());
        if (f != null) {
            vm.openScenario(f.toPath());
        }
    }

    private void saveScenario() {
        FileChooser chooser = scenarioChooser(Messages.get("ui.dash.chooser.saveScenario"));
        chooser.setInitialFileName(vm.stateProperty().get().scenario().name().replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^-|-$", "") + ".json");
        File f = chooser.showSaveDialog(shell.window());
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                p = p.resolveSibling(p.getFileName() + ".json");
            }
            vm.saveScenario(p);
        }
    }

    private void showAbout() {
        new AboutDialog(vm, shellVm, openLink).show(shell.window());
    }

    // ---- status and theme ---------------------------------------------------------------------------------------

    private void installStatusNotice() {
        Label notice = new Label();
        notice.setId("noticeLabel");
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(vm.noticeProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.noticeProperty());
        notice.setTooltip(tip);
        Button dismiss = new Button("\u00d7");
        dismiss.setId("dismissNotice");
        dismiss.getStyleClass().add("notice-dismiss");
        dismiss.setAccessibleText(Messages.get("ui.dash.notice.dismiss"));
        dismiss.setTooltip(new Tooltip(Messages.get("ui.dash.notice.dismiss")));
        dismiss.setOnAction(e -> vm.dismissNotice());
        HBox box = new HBox(4, notice, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.noticeProperty()));
        box.managedProperty().bind(box.visibleProperty());
        box.setPadding(new Insets(0, 8, 0, 0));
        shell.addToStatusBar(box);
    }

    private void applyTheme(UiTheme theme) {
        if (theme == UiTheme.DARK) {
            if (!shell.root().getStyleClass().contains("dark")) {
                shell.root().getStyleClass().add("dark");
            }
        } else {
            shell.root().getStyleClass().remove("dark");
        }
    }

    /** The export hook's view of the dashboard. */
    private final class ContextImpl implements ChartActions.Context {
        @Override
        public Optional<Computed> computed() {
            return Optional.ofNullable(vm.computedProperty().get());
        }

        @Override
        public Optional<ChartId> activeChart() {
            return activeOrVisibleChart();
        }

        @Override
        public Window window() {
            return shell.window();
        }
    }

    /** For tests: the pane showing {@code id} (the first, for the ratio shown on two tabs). */
    ChartPane paneOf(ChartId id) {
        return firstPane.get(id);
    }
}
