package org.capexlens.ui.dashboard;

import org.capexlens.io.sec.EdgarClient;
import org.capexlens.io.sec.SecSettings;
import org.capexlens.ui.sec.SecUpdateDialog;
import org.capexlens.ui.sec.SecUpdateViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.capexlens.chart.ChartId;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.Dialogs;
import org.capexlens.ui.common.Timing;
import org.capexlens.ui.common.UiTheme;
import org.capexlens.ui.shell.ShellCommands;
import org.capexlens.ui.shell.ShellView;
import org.capexlens.ui.shell.ShellViewModel;

/**
 * The dashboard (DESIGN §4) installed into the main window's frame ({@link ShellView}): the tabs Overview …
 * Back-test before Data (one {@link DashboardTab} each, built when first shown), the menus of
 * {@link DashboardActions}, the status notice and the theme. It only binds: every value comes from the view models,
 * every action goes to them. The assumptions panel on the left is set by whoever composes the window.
 *
 * <p>Charts arrive from the worker fully built; {@link #show(Computed)} sets them into their viewers in one pass on
 * the FX thread (a hidden tab's viewers get theirs when the tab is shown, see {@link ChartPane}).
 */
public final class DashboardView {
    /** Tab ids in the order of the tabs and of Ctrl+1 … Ctrl+8; the snapshot option names tabs by these. */
    public static final List<String> TAB_IDS = List.of("overview", "infra", "sensitivity", "depreciation", "gap",
            "backtest", "data", "claims", "compare", "solve");

    /**
     * What the dashboard needs besides its view models.
     *
     * @param commands  Open… and Open folder…, not {@code null}.
     * @param dialogs   choosers and the error dialog, not {@code null}.
     * @param recent    the recent files for File ▸ Open recent, or {@code null} (tests without persistence).
     * @param openLink  opens a web address or file URI in the user's browser (the app: HostServices), not
     *                  {@code null}.
     * @param actions   export items to place in the menus, not {@code null} ({@link ChartActions#NONE}).
     * @param onQuit    what File ▸ Quit does, not {@code null}.
     */
    public record Wiring(ShellCommands commands, Dialogs dialogs, RecentFiles recent, Consumer<String> openLink,
            ChartActions actions, Runnable onQuit) {
        public Wiring {
            Objects.requireNonNull(commands, "commands");
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(openLink, "openLink");
            Objects.requireNonNull(actions, "actions");
            Objects.requireNonNull(onQuit, "onQuit");
        }
    }

    private final ShellView shell;
    private final ShellViewModel shellVm;
    private final DashboardViewModel vm;
    private final Consumer<String> openLink;
    private final ChartPanes panes;
    private final ChartClipboard clipboard;
    private final List<DashboardTab> tabs = new ArrayList<>();
    private final List<Consumer<Computed>> shownListeners = new ArrayList<>();

    /**
     * Builds the dashboard into {@code shell}.
     *
     * @param shell    the main window's frame, not {@code null}.
     * @param shellVm  its view model (loads), not {@code null}.
     * @param vm       the dashboard state, not {@code null}.
     * @param wiring   the commands, dialogs and hooks, not {@code null}.
     */
    public DashboardView(ShellView shell, ShellViewModel shellVm, DashboardViewModel vm, Wiring wiring) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.shellVm = Objects.requireNonNull(shellVm, "shellVm");
        this.vm = Objects.requireNonNull(vm, "vm");
        this.openLink = wiring.openLink();
        ChartActions.Context context = new ContextImpl();
        this.clipboard = new ChartClipboard(vm, shellVm, this::paneOf);
        this.panes = new ChartPanes(wiring.actions(), context, clipboard::copyChart, clipboard::copyData);

        shell.root().getStyleClass().add("dashboard");
        shell.root().getStylesheets().add(Objects.requireNonNull(
                DashboardView.class.getResource("dashboard.css")).toExternalForm());
        buildTabs();
        DashboardActions actions = new DashboardActions(shellVm, vm, wiring.commands(), wiring.dialogs(),
                new Hooks(), wiring.onQuit(), wiring.actions().fileMenuActions(context));
        DashboardMenus.install(shell, actions.all(), wiring.recent(), shellVm);
        installStatusNotice();

        vm.computedProperty().addListener((obs, old, c) -> {
            if (c != null) {
                show(c);
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
        tabs.stream().filter(t -> t.id().equals(id)).findFirst()
                .ifPresent(t -> shell.tabs().getSelectionModel().select(t.tab()));
    }

    /**
     * Adds a listener told after each batch of charts has been set into the viewers and laid out (the next pulse
     * renders them): for timings and the snapshot option.
     */
    public void addChartsShownListener(Consumer<Computed> listener) {
        shownListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private void buildTabs() {
        FigureFormat format = new FigureFormat(Locale.getDefault(Locale.Category.FORMAT));
        tabs.add(new OverviewTab(panes, vm, format));
        tabs.add(new InfraTab(panes, vm));
        tabs.add(new SensitivityTab(panes, vm));
        tabs.add(new DepreciationTab(panes, vm));
        tabs.add(new RevenueGapTab(panes, vm));
        tabs.add(new BacktestTab(panes, vm, format));
        List<Tab> own = tabs.stream().map(DashboardTab::tab).toList();
        for (DashboardTab t : tabs) {
            t.buildWhenShown();
        }
        shell.tabs().getTabs().addAll(0, own);
        Tab data = shell.tabs().getTabs().get(shell.tabs().getTabs().size() - 1);
        tabs.add(new DataTab(data, shell.dataTabs(), vm, openLink));
        // Issue 10: the Claims tab comes after Data, so that Ctrl+7 stays Data and Claims is Ctrl+8.
        ClaimsTab claims = new ClaimsTab(panes, vm, openLink);
        shell.tabs().getTabs().add(claims.tab());
        claims.buildWhenShown();
        tabs.add(claims);
        // Issue 11: the Compare tab after Claims (Ctrl+9).
        CompareTab compare = new CompareTab(panes, vm);
        shell.tabs().getTabs().add(compare.tab());
        compare.buildWhenShown();
        tabs.add(compare);
        SolverTab solver = new SolverTab(panes, vm);
        shell.tabs().getTabs().add(solver.tab());
        solver.buildWhenShown();
        tabs.add(solver);
        shell.tabs().getSelectionModel().select(0);
    }

    /** Sets every chart and figure of {@code c} in one pass on the FX thread. */
    private void show(Computed c) {
        long start = System.nanoTime();
        for (DashboardTab t : tabs) {
            t.show(c);
        }
        Timing.report("fx-apply", System.nanoTime() - start);
        afterLayout(c);
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
            Platform.requestNextPulse();
            shownListeners.forEach(l -> l.accept(c));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The chart last clicked, else the first chart of the selected tab. */
    private Optional<ChartId> activeOrVisibleChart() {
        Tab selected = shell.tabs().getSelectionModel().getSelectedItem();
        List<ChartPane> visible = tabs.stream().filter(t -> t.tab() == selected).findFirst()
                .map(DashboardTab::panes).orElse(List.of());
        ChartId active = panes.active();
        if (active != null && visible.stream().anyMatch(p -> p.chartId() == active)) {
            return Optional.of(active);
        }
        return visible.isEmpty() ? Optional.ofNullable(active) : Optional.of(visible.get(0).chartId());
    }

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

    /** What the action table asks of the view. */
    private final class Hooks implements DashboardActions.ViewHooks {
        @Override
        public void copyChart() {
            activeOrVisibleChart().ifPresent(clipboard::copyChart);
        }

        @Override
        public void copyData() {
            activeOrVisibleChart().ifPresent(clipboard::copyData);
        }

        @Override
        public void selectTab(String id) {
            DashboardView.this.selectTab(id);
        }

        @Override
        public void showAbout() {
            new AboutDialog(vm, shellVm, openLink).show(shell.window());
        }

        @Override
        public void updateFromSec() {
            SecUpdateDialog dialog = new SecUpdateDialog(secUpdateViewModel(shellVm, secRunner), shell.window());
            dialog.show();
        }
    }

    /** One worker for the EDGAR downloads, made on first use. */
    private final org.capexlens.ui.common.TaskRunner secRunner = new org.capexlens.ui.common.FxTaskRunner();

    /**
     * The view model of File ▸ Update from SEC EDGAR… on the shown dataset; Apply opens the updated file (one undo
     * step). The system property {@code capexlens.sec.factsBase} points it at another server (tests).
     */
    static SecUpdateViewModel secUpdateViewModel(ShellViewModel shellVm, org.capexlens.ui.common.TaskRunner runner) {
        String base = System.getProperty("capexlens.sec.factsBase");
        return new SecUpdateViewModel(() -> shellVm.resultProperty().get() == null ? null
                : shellVm.resultProperty().get().dataset(), runner, SecSettings.standard(),
                base == null ? EdgarClient.FACTS_BASE : java.net.URI.create(base), javafx.application.Platform::runLater,
                shellVm::open);
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
        return panes.first(id);
    }
}
