package org.capexlens.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.Location;
import org.capexlens.ui.common.ImmediateTaskRunner;
import org.capexlens.ui.common.LoadError;
import org.junit.jupiter.api.Test;

/** The main window's state, without a JavaFX toolkit: immediate or hand-driven runner, fake loader. */
class ShellViewModelTest {
    private static final Path SMALL = Path.of("data", SmallDataset.FILE);
    private static final Path BAD = Path.of("data", SmallDataset.BAD_FILE);
    private static final List<SheetRow> SMALL_ROWS = List.of(new SheetRow("companies", 2), new SheetRow("capex", 3),
            new SheetRow("financials", 1), new SheetRow("useful_lives", 0), new SheetRow("chip_revenue", 0),
            new SheetRow("ai_revenue", 0), new SheetRow("sources", 1));

    /** Loads {@link #SMALL}, fails on {@link #BAD} and records what it was asked to load. */
    private final List<Path> loaded = new ArrayList<>();
    private final DatasetLoader fake = file -> {
        loaded.add(file);
        if (file.equals(BAD)) {
            throw SmallDataset.failure();
        }
        return SmallDataset.result();
    };

    @Test
    void startsWithNoDatasetAndReady() {
        ShellViewModel vm = new ShellViewModel(fake, new ImmediateTaskRunner());
        assertEquals("CapexLens", vm.titleProperty().get());
        assertEquals("No dataset loaded", vm.fileNameProperty().get());
        assertEquals("Open a dataset with File ▸ Open… (Ctrl+O) or drop a file on this window.",
                vm.summaryProperty().get());
        assertEquals("Ready", vm.statusProperty().get());
        assertNull(vm.resultProperty().get());
        assertFalse(vm.busyProperty().get());
        assertEquals(List.of(), vm.sheetRows());
    }

    @Test
    void goodLoadFillsTitleSummaryRowsAndMessages() {
        ShellViewModel vm = new ShellViewModel(fake, new ImmediateTaskRunner());
        vm.open(SMALL);
        assertEquals(List.of(SMALL), loaded);
        assertEquals("CapexLens — small.xlsx", vm.titleProperty().get());
        assertEquals("small.xlsx", vm.fileNameProperty().get());
        assertEquals("2 companies: Microsoft, Oracle · fiscal years 2023–2025 · 1 warning",
                vm.summaryProperty().get());
        assertEquals(List.of("Microsoft", "Oracle"), vm.companies());
        assertEquals("2023–2025", vm.yearRangeProperty().get());
        assertEquals(1, vm.warningCountProperty().get());
        assertEquals(SMALL_ROWS, vm.sheetRows());
        assertEquals(List.of(new MessageRow("warning", "capex", 4, "source", SmallDataset.WARNING)), vm.messages());
        assertEquals("Opened small.xlsx: 7 rows, 1 warning", vm.statusProperty().get());
        assertEquals(SMALL, vm.currentFileProperty().get());
        assertFalse(vm.busyProperty().get());
        assertNull(vm.errorProperty().get());
    }

    @Test
    void failingLoadKeepsThePreviousDatasetAndExposesTheLocatedError() {
        ShellViewModel vm = new ShellViewModel(fake, new ImmediateTaskRunner());
        vm.open(SMALL);
        ImportResult before = vm.resultProperty().get();

        vm.open(BAD);

        assertSame(before, vm.resultProperty().get());
        assertEquals("CapexLens — small.xlsx", vm.titleProperty().get());
        assertEquals("2 companies: Microsoft, Oracle · fiscal years 2023–2025 · 1 warning",
                vm.summaryProperty().get());
        assertEquals(SMALL_ROWS, vm.sheetRows());
        assertEquals(List.of(new MessageRow("warning", "capex", 4, "source", SmallDataset.WARNING)), vm.messages());
        assertEquals(SMALL, vm.currentFileProperty().get());
        LoadError error = vm.errorProperty().get();
        assertEquals("bad.xlsx", error.fileName());
        assertEquals("bad.xlsx:capex:3:capex_usd_b: expected a number in USD billions, found \"n/a\"",
                error.firstMessage());
        assertEquals("bad.xlsx:capex:2:source: warning: " + SmallDataset.WARNING + "\n"
                + "bad.xlsx:capex:3:capex_usd_b: expected a number in USD billions, found \"n/a\"", error.details());
        assertEquals("Could not open bad.xlsx; still showing small.xlsx", vm.statusProperty().get());
        assertFalse(vm.busyProperty().get());

        vm.dismissError();
        assertNull(vm.errorProperty().get());
    }

    @Test
    void failingFirstLoadSaysNothingIsLoaded() {
        ShellViewModel vm = new ShellViewModel(fake, new ImmediateTaskRunner());
        vm.open(BAD);
        assertNull(vm.resultProperty().get());
        assertEquals("CapexLens", vm.titleProperty().get());
        assertEquals("Could not open bad.xlsx; no dataset is loaded", vm.statusProperty().get());
        assertEquals(SmallDataset.BAD_LOCATED, vm.errorProperty().get().firstMessage());
    }

    @Test
    void unexpectedLoaderFailureBecomesAPlainLocatedMessageWithoutItsText() {
        ShellViewModel vm = new ShellViewModel(file -> {
            throw new IllegalStateException("NPE in org.example.Parser line 42");
        }, new ImmediateTaskRunner());
        vm.open(Path.of("odd.xlsx"));
        assertEquals("odd.xlsx:::: CapexLens could not read odd.xlsx; the file may be damaged. Nothing was loaded.",
                vm.errorProperty().get().firstMessage());
    }

    @Test
    void defaultDatasetIsLoadedFromWhereTheLocatorFindsIt() {
        ShellViewModel vm = new ShellViewModel(fake, new ImmediateTaskRunner());
        vm.open("ai-economics.xlsx", () -> SMALL);
        assertEquals(List.of(SMALL), loaded);
        assertEquals("small.xlsx", vm.fileNameProperty().get());
    }

    @Test
    void missingDefaultDatasetIsAnErrorAndNothingIsRead() {
        ShellViewModel vm = new ShellViewModel(fake, new ImmediateTaskRunner());
        vm.open("ai-economics.xlsx", () -> {
            throw ImportException.io(Location.ofFile("ai-economics.xlsx"), "not found anywhere", null);
        });
        assertEquals(List.of(), loaded);
        assertEquals("ai-economics.xlsx:::: not found anywhere", vm.errorProperty().get().firstMessage());
        assertEquals("Could not open ai-economics.xlsx; no dataset is loaded", vm.statusProperty().get());
    }

    @Test
    void busyWhileALoadRunsWithAStatusSayingWhat() {
        ManualTaskRunner runner = new ManualTaskRunner();
        ShellViewModel vm = new ShellViewModel(fake, runner);
        vm.open(SMALL);
        assertTrue(vm.busyProperty().get());
        assertEquals("Opening small.xlsx…", vm.statusProperty().get());
        assertEquals(List.of(), loaded);

        runner.job(0).finish();
        assertFalse(vm.busyProperty().get());
        assertEquals("small.xlsx", vm.fileNameProperty().get());
    }

    @Test
    void supersededLoadIsCancelledAndItsLateResultDropped() {
        ManualTaskRunner runner = new ManualTaskRunner();
        ShellViewModel vm = new ShellViewModel(fake, runner);
        vm.open(BAD);
        vm.open(SMALL);
        assertTrue(runner.job(0).cancelled());
        assertFalse(runner.job(1).cancelled());

        runner.job(1).finish();
        assertEquals("small.xlsx", vm.fileNameProperty().get());
        assertFalse(vm.busyProperty().get());

        // The stale load fails late: no error dialog, no status change.
        runner.job(0).finish();
        assertNull(vm.errorProperty().get());
        assertEquals("Opened small.xlsx: 7 rows, 1 warning", vm.statusProperty().get());
    }

    @Test
    void staleResultArrivingFirstChangesNothingAndTheLoadStaysBusy() {
        ManualTaskRunner runner = new ManualTaskRunner();
        ShellViewModel vm = new ShellViewModel(fake, runner);
        vm.open(SMALL);
        vm.open(BAD);
        runner.job(0).finish();
        assertNull(vm.resultProperty().get());
        assertTrue(vm.busyProperty().get());
        assertEquals("Opening bad.xlsx…", vm.statusProperty().get());
        runner.job(1).finish();
        assertEquals(SmallDataset.BAD_LOCATED, vm.errorProperty().get().firstMessage());
    }

    @Test
    void messageRowLeavesTheRowEmptyForAWholeSheetMessage() {
        assertEquals(new MessageRow("warning", "financials", null, "", "no financials sheet"),
                MessageRow.of(ImportMessage.warning(Location.ofSheet("f.xlsx", "financials"), "no financials sheet")));
    }
}
