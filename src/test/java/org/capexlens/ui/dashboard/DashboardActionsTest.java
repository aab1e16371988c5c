package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;
import org.capexlens.ui.common.ImmediateTaskRunner;
import org.capexlens.ui.common.RecordingDialogs;
import org.capexlens.ui.shell.ShellCommands;
import org.capexlens.ui.shell.ShellViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's commands run from the action table against a recording {@link RecordingDialogs}: no screen, no
 * toolkit. They check what the user would see (the error dialog, the status) and what is kept or written.
 */
class DashboardActionsTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> viewCalls = new ArrayList<>();
    private ShellViewModel shell;
    private DashboardViewModel vm;
    private DashboardActions actions;
    private boolean quit;

    @TempDir
    Path dir;

    @BeforeEach
    void openDefaultDataset() {
        shell = new ShellViewModel(DashboardFixtures.loader(), new ImmediateTaskRunner());
        vm = new DashboardViewModel(shell, new ImmediateTaskRunner(), Scenario.defaults(), Locale.ROOT);
        actions = new DashboardActions(shell, vm, new ShellCommands(shell, dialogs), dialogs,
                new DashboardActions.ViewHooks() {
                    @Override
                    public void copyChart() {
                        viewCalls.add("copyChart");
                    }

                    @Override
                    public void copyData() {
                        viewCalls.add("copyData");
                    }

                    @Override
                    public void selectTab(String id) {
                        viewCalls.add("tab " + id);
                    }

                    @Override
                    public void showAbout() {
                        viewCalls.add("about");
                    }
                }, () -> quit = true, List.of());
        shell.open(DashboardFixtures.DEFAULT);
    }

    private void run(String id) {
        actions.byId(id).orElseThrow().handler().run();
    }

    @Test
    void openWithAFileThatFailsToLoadShowsTheLocatedErrorAndKeepsThePreviousDataset() throws ImportException {
        ImportResult before = shell.resultProperty().get();
        Computed computed = vm.computedProperty().get();
        dialogs.choose(DashboardFixtures.BAD);

        run("openMenuItem");

        assertEquals(1, dialogs.errors.size());
        assertEquals("Could not open broken.xlsx", dialogs.errors.get(0).header());
        assertEquals(DashboardFixtures.BAD_LOCATED, dialogs.errors.get(0).text());
        assertSame(before, shell.resultProperty().get(), "the previous dataset stays");
        assertSame(computed, vm.computedProperty().get(), "and so do its figures");
        assertEquals(DashboardFixtures.DEFAULT, shell.currentFileProperty().get());
        assertEquals(null, shell.errorProperty().get(), "the shown error is dismissed when its dialog closes");
    }

    @Test
    void openStartsInTheCurrentFilesFolderAndCancellingLoadsNothing() {
        ImportResult before = shell.resultProperty().get();
        dialogs.cancel();

        run("openMenuItem");

        assertEquals(DashboardFixtures.DEFAULT.getParent(), dialogs.requests.get(0).initialDirectory());
        assertSame(before, shell.resultProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void saveScenarioCancelledWritesNothing() throws IOException {
        dialogs.cancel();

        run("saveScenarioMenuItem");

        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void saveScenarioAddsTheJsonExtensionAndOpenScenarioReadsItBack() {
        dialogs.choose(dir.resolve("mine"));

        run("saveScenarioMenuItem");

        assertEquals("As-reported.json", dialogs.requests.get(0).initialFileName());
        assertTrue(Files.isRegularFile(dir.resolve("mine.json")));
        dialogs.choose(dir.resolve("mine.json"));
        run("openScenarioMenuItem");
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aBrokenScenarioFileShowsItsErrorThroughTheOneErrorDialog() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ not json");
        Scenario before = vm.stateProperty().get().scenario();
        dialogs.choose(broken);

        run("openScenarioMenuItem");

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).header().contains("broken.json"), dialogs.errors.get(0).header());
        assertEquals(before, vm.stateProperty().get().scenario());
    }

    @Test
    void viewOnlyCommandsGoToTheViewAndQuitQuits() {
        run("copyChartMenuItem");
        run("copyDataMenuItem");
        run("tabMenuItem-backtest");
        run("aboutMenuItem");
        run("quitMenuItem");
        assertEquals(List.of("copyChart", "copyData", "tab backtest", "about"), viewCalls);
        assertTrue(quit);
    }

    @Test
    void reloadIsDisabledUntilADatasetHasLoaded() {
        ShellViewModel empty = new ShellViewModel(DashboardFixtures.loader(), new ImmediateTaskRunner());
        DashboardViewModel dash = new DashboardViewModel(empty, new ImmediateTaskRunner(), Scenario.defaults(),
                Locale.ROOT);
        DashboardActions fresh = new DashboardActions(empty, dash, new ShellCommands(empty, dialogs), dialogs,
                new DashboardActions.ViewHooks() {
                    @Override
                    public void copyChart() {
                    }

                    @Override
                    public void copyData() {
                    }

                    @Override
                    public void selectTab(String id) {
                    }

                    @Override
                    public void showAbout() {
                    }
                }, () -> { }, List.of());
        assertFalse(fresh.byId("reloadMenuItem").orElseThrow().enabled().get());
        assertTrue(actions.byId("reloadMenuItem").orElseThrow().enabled().get());
    }

    /** The shortcuts the README documents; a change here is a change users notice. */
    @Test
    void everyMenuShortcutIsTheDocumentedOne() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (DashboardAction a : actions.all()) {
            keys.put(a.id(), a.accelerator() + (a.alsoOn() == null ? "" : " " + a.alsoOn()));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("openMenuItem", "Shortcut+O");
        expected.put("openFolderMenuItem", "Shortcut+Shift+O");
        expected.put("reloadMenuItem", "F5");
        expected.put("secUpdateMenuItem", "Shortcut+Shift+U");
        expected.put("forgetMappingsMenuItem", "null"); // rare enough to need no shortcut
        expected.put("openScenarioMenuItem", "Shortcut+L");
        expected.put("saveScenarioMenuItem", "Shortcut+S");
        expected.put("quitMenuItem", "Shortcut+Q");
        expected.put("undoMenuItem", "Shortcut+Z");
        expected.put("redoMenuItem", "Shortcut+Y Shortcut+Shift+Z");
        expected.put("copyChartMenuItem", "Shortcut+Shift+C");
        expected.put("copyDataMenuItem", "Shortcut+Alt+C");
        expected.put("lightMenuItem", "Shortcut+Shift+L");
        expected.put("darkMenuItem", "Shortcut+Shift+D");
        for (int i = 0; i < DashboardView.TAB_IDS.size(); i++) {
            // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth tab (issue 11).
            expected.put("tabMenuItem-" + DashboardView.TAB_IDS.get(i), "Shortcut+" + (i + 1) % 10);
        }
        expected.put("aboutMenuItem", "F1");
        assertEquals(expected, keys);
    }
}
