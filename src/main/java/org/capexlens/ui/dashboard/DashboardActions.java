package org.capexlens.ui.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.Dialogs;
import org.capexlens.ui.common.UiTheme;
import org.capexlens.ui.shell.ShellCommands;
import org.capexlens.ui.shell.ShellViewModel;

/**
 * The dashboard's commands as ONE table of {@link DashboardAction}s, in menu order: File (Open… to Quit), Edit,
 * View and Help. Menus, accelerators and enabled states all come from here ({@link DashboardMenus} only turns
 * the table into controls). Holds no scene graph: what only the view can do (the clipboard, selecting a tab, the
 * About box) it asks of {@link ViewHooks}; files and errors go through {@link Dialogs}. So every command runs in a
 * test without a screen.
 *
 * <p>It is also where the dashboard's failed commands (opening or saving a scenario) reach the user: the error
 * dialog of {@link Dialogs}.
 */
public final class DashboardActions {
    /** The tab titles, in the order of {@link DashboardView#TAB_IDS}. */
    static List<String> tabTitles() {
        return List.of(Messages.get("ui.dash.tab.overview"), Messages.get("ui.dash.tab.infra"),
                Messages.get("ui.dash.tab.sensitivity"), Messages.get("ui.dash.tab.depreciation"),
                Messages.get("ui.dash.tab.gap"), Messages.get("ui.dash.tab.backtest"),
                Messages.get("ui.shell.tab.data"), Messages.get("ui.dash.tab.claims"),
                Messages.get("ui.dash.tab.compare"), Messages.get("ui.dash.tab.solve"));
    }

    /** What only the view can do. */
    public interface ViewHooks {
        /** Edit ▸ Copy chart: the active chart as a picture. */
        void copyChart();

        /** Edit ▸ Copy data: the active chart's numbers as tab-separated text. */
        void copyData();

        /** Shows the tab with this id (one of {@link DashboardView#TAB_IDS}). */
        void selectTab(String id);

        /** Help ▸ About. */
        void showAbout();

        /** File ▸ Update from SEC EDGAR… (issue 16): the download, preview and apply window. */
        default void updateFromSec() {
        }
    }

    private final ShellViewModel shellVm;
    private final DashboardViewModel vm;
    private final ShellCommands shell;
    private final Dialogs dialogs;
    private final ViewHooks view;
    private final Runnable onQuit;
    private final List<DashboardAction> exports;

    /**
     * Starts showing the dashboard's failed commands in the error dialog.
     *
     * @param shellVm  the window's state (loads), not {@code null}.
     * @param vm       the dashboard's state, not {@code null}.
     * @param shell    Open… and Open folder…, not {@code null}.
     * @param dialogs  choosers and the error dialog, not {@code null}.
     * @param view     what only the view can do, not {@code null}.
     * @param onQuit   File ▸ Quit, not {@code null}.
     * @param exports  File-menu items of the exports (placed after Save scenario…), not {@code null}.
     */
    public DashboardActions(ShellViewModel shellVm, DashboardViewModel vm, ShellCommands shell, Dialogs dialogs,
            ViewHooks view, Runnable onQuit, List<DashboardAction> exports) {
        this.shellVm = Objects.requireNonNull(shellVm, "shellVm");
        this.vm = Objects.requireNonNull(vm, "vm");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.view = Objects.requireNonNull(view, "view");
        this.onQuit = Objects.requireNonNull(onQuit, "onQuit");
        this.exports = List.copyOf(exports);
        vm.errorProperty().addListener((obs, old, e) -> {
            if (e != null) {
                dialogs.showError(e.header(), e.error(), vm::dismissError);
            }
        });
    }

    /** File ▸ Open… (Ctrl+O). */
    public static DashboardAction open(ShellCommands shell) {
        return file("openMenuItem", Messages.get("ui.shell.menu.open"), "Shortcut+O", shell::open);
    }

    /** File ▸ Quit (Ctrl+Q), after a separator. */
    public static DashboardAction quit(Runnable onQuit) {
        return file("quitMenuItem", Messages.get("ui.shell.menu.quit"), "Shortcut+Q", onQuit).afterSeparator();
    }

    /** Every command, in menu order (the Open recent submenu follows {@code openFolderMenuItem}). */
    public List<DashboardAction> all() {
        List<DashboardAction> all = new ArrayList<>();
        all.add(open(shell));
        all.add(file("openFolderMenuItem", Messages.get("ui.dash.menu.openFolder"), "Shortcut+Shift+O",
                shell::openFolder));
        all.add(file("reloadMenuItem", Messages.get("ui.dash.menu.reload"), "F5", shellVm::reload)
                .enabledWhen(shellVm.currentFileProperty().isNotNull()));
        all.add(file("secUpdateMenuItem", Messages.get("ui.sec.menu"), "Shortcut+Shift+U", view::updateFromSec)
                .enabledWhen(shellVm.resultProperty().isNotNull()));
        all.add(file("forgetMappingsMenuItem", Messages.get("ui.dash.menu.forgetMappings"), null,
                shell::forgetMappings));
        all.add(file("openScenarioMenuItem", Messages.get("ui.dash.menu.openScenario"), "Shortcut+L",
                this::openScenario).afterSeparator());
        all.add(file("saveScenarioMenuItem", Messages.get("ui.dash.menu.saveScenario"), "Shortcut+S",
                this::saveScenario));
        for (int i = 0; i < exports.size(); i++) {
            all.add(i == 0 ? exports.get(i).afterSeparator() : exports.get(i));
        }
        all.add(quit(onQuit));

        all.add(edit("undoMenuItem", Messages.get("ui.dash.menu.undo"), "Shortcut+Z", vm::undo)
                .enabledWhen(vm.canUndoProperty()));
        all.add(edit("redoMenuItem", Messages.get("ui.dash.menu.redo"), "Shortcut+Y", vm::redo)
                .alsoOn("Shortcut+Shift+Z").enabledWhen(vm.canRedoProperty()));
        all.add(edit("copyChartMenuItem", Messages.get("ui.dash.menu.copyChart"), "Shortcut+Shift+C", view::copyChart)
                .afterSeparator());
        all.add(edit("copyDataMenuItem", Messages.get("ui.dash.menu.copyData"), "Shortcut+Alt+C", view::copyData));

        all.add(view("lightMenuItem", Messages.get("ui.dash.menu.light"), "Shortcut+Shift+L",
                () -> vm.setTheme(UiTheme.LIGHT))
                .checkedWhen(Bindings.createBooleanBinding(() -> vm.themeProperty().get() != UiTheme.DARK,
                        vm.themeProperty())));
        all.add(view("darkMenuItem", Messages.get("ui.dash.menu.dark"), "Shortcut+Shift+D",
                () -> vm.setTheme(UiTheme.DARK))
                .checkedWhen(Bindings.createBooleanBinding(() -> vm.themeProperty().get() == UiTheme.DARK,
                        vm.themeProperty())));
        List<String> titles = tabTitles();
        for (int i = 0; i < DashboardView.TAB_IDS.size(); i++) {
            String id = DashboardView.TAB_IDS.get(i);
            // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth tab (What must be true, issue 11).
            DashboardAction go = view("tabMenuItem-" + id, titles.get(i), "Shortcut+" + ((i + 1) % 10),
                    () -> view.selectTab(id));
            all.add(i == 0 ? go.afterSeparator() : go);
        }

        all.add(DashboardAction.of("aboutMenuItem", DashboardAction.Place.HELP, Messages.get("ui.dash.menu.about"),
                "F1", view::showAbout));
        return all;
    }

    /** The action with this id, if the table has one (tests run commands by id). */
    public Optional<DashboardAction> byId(String id) {
        return all().stream().filter(a -> id.equals(a.id())).findFirst();
    }

    /** File ▸ Open scenario…: reads a scenario file chosen by the user; a bad one shows its located error. */
    void openScenario() {
        dialogs.chooseOpenFile(scenarioRequest(Messages.get("ui.dash.chooser.openScenario"), null))
                .ifPresent(vm::openScenario);
    }

    /** File ▸ Save scenario…: proposes the scenario's name as the file name; adds {@code .json} when missing. */
    void saveScenario() {
        String name = vm.stateProperty().get().scenario().name().replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^-|-$", "") + ".json";
        dialogs.chooseSaveFile(scenarioRequest(Messages.get("ui.dash.chooser.saveScenario"), name)).ifPresent(p -> {
            Path file = p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? p
                    : p.resolveSibling(p.getFileName() + ".json");
            vm.saveScenario(file);
        });
    }

    private static Dialogs.FileRequest scenarioRequest(String title, String fileName) {
        return new Dialogs.FileRequest(title, Path.of("data", "scenarios"), fileName, List.of(
                Dialogs.Filter.of(Messages.get("ui.dash.chooser.scenarioFiles"), "*.json"),
                Dialogs.Filter.of(Messages.get("ui.shell.chooser.all"), "*.*")));
    }

    private static DashboardAction file(String id, String text, String accelerator, Runnable handler) {
        return DashboardAction.of(id, DashboardAction.Place.FILE, text, accelerator, handler);
    }

    private static DashboardAction edit(String id, String text, String accelerator, Runnable handler) {
        return DashboardAction.of(id, DashboardAction.Place.EDIT, text, accelerator, handler);
    }

    private static DashboardAction view(String id, String text, String accelerator, Runnable handler) {
        return DashboardAction.of(id, DashboardAction.Place.VIEW, text, accelerator, handler);
    }
}
