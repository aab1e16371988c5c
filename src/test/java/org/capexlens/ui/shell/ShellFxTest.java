package org.capexlens.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.capexlens.ui.App;
import org.capexlens.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.TableViewMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/**
 * The main window, headless (Monocle): the real {@link FxTaskRunner} and view, a fake loader. A good load shows in
 * the header and tables; a failed one opens the error dialog with the located message and keeps the old data.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ShellFxTest {
    private static final Path SMALL = Path.of(SmallDataset.FILE);
    private static final Path BAD = Path.of(SmallDataset.BAD_FILE);
    private static final String SMALL_SUMMARY =
            "2 companies: Microsoft, Oracle · fiscal years 2023–2025 · 1 warning";

    private ShellViewModel vm;
    private FxTaskRunner runner;
    private Stage stage;
    private final AtomicBoolean quit = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        runner = new FxTaskRunner();
        vm = new ShellViewModel(file -> {
            if (file.equals(BAD)) {
                throw SmallDataset.failure();
            }
            return SmallDataset.result();
        }, runner);
        App.show(stage, vm, () -> quit.set(true));
    }

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    private void openAndWait(FxRobot robot, Path file) throws TimeoutException {
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !vm.busyProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Set<String> cellTexts(FxRobot robot, String table) {
        return robot.lookup(table + " .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).collect(Collectors.toSet());
    }

    @Test
    void goodLoadShowsSummaryAndRowsPerSheet(FxRobot robot) throws TimeoutException {
        openAndWait(robot, SMALL);

        assertEquals("CapexLens — small.xlsx", stage.getTitle());
        assertEquals("small.xlsx", robot.lookup("#fileLabel").queryAs(Label.class).getText());
        assertEquals(SMALL_SUMMARY, robot.lookup("#summaryLabel").queryAs(Label.class).getText());
        verifyThat("#sheetTable", TableViewMatchers.hasNumRows(7));
        verifyThat("#sheetTable", TableViewMatchers.containsRow("capex", 3));
        verifyThat("#sheetTable", TableViewMatchers.containsRow("sources", 1));
        assertTrue(cellTexts(robot, "#sheetTable").containsAll(Set.of("companies", "capex", "financials", "2", "3")),
                () -> "rendered cells: " + cellTexts(robot, "#sheetTable"));
        verifyThat("#messageTable", TableViewMatchers.containsRow("warning", "capex", 4, "source",
                SmallDataset.WARNING));
        assertEquals("Opened small.xlsx: 7 rows, 1 warning",
                robot.lookup("#statusLabel").queryAs(Label.class).getText());
    }

    @Test
    void failedLoadShowsTheLocatedMessageInADialogAndKeepsTheOldData(FxRobot robot) throws TimeoutException {
        openAndWait(robot, SMALL);
        openAndWait(robot, BAD);

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Could not open bad.xlsx", dialog.getHeaderText());
        assertEquals(SmallDataset.BAD_LOCATED, dialog.getContentText());
        TextArea details = (TextArea) dialog.getExpandableContent().lookup("#errorDetails");
        assertEquals(List.of("bad.xlsx:capex:2:source: warning: " + SmallDataset.WARNING, SmallDataset.BAD_LOCATED),
                List.of(details.getText().split("\n")));

        // Behind the dialog the window still shows the previous dataset.
        assertEquals(SMALL_SUMMARY, robot.lookup("#summaryLabel").queryAs(Label.class).getText());
        assertEquals(7, robot.lookup("#sheetTable").queryAs(TableView.class).getItems().size());
        verifyThat("#sheetTable", TableViewMatchers.containsRow("capex", 3));
        assertEquals("CapexLens — small.xlsx", stage.getTitle());
        assertEquals("Could not open bad.xlsx; still showing small.xlsx",
                robot.lookup("#statusLabel").queryAs(Label.class).getText());

        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").queryAll().isEmpty(), "the dialog closes");
        assertNull(vm.errorProperty().get());
    }

    @Test
    @SuppressWarnings("unchecked")
    void sortingAColumnReordersTheTableButNotTheViewModel(FxRobot robot) throws TimeoutException {
        openAndWait(robot, SMALL);
        TableView<SheetRow> table = robot.lookup("#sheetTable").queryAs(TableView.class);
        TableColumn<SheetRow, ?> rows = table.getColumns().get(1);
        robot.interact(() -> {
            rows.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(rows));
        });
        assertEquals(new SheetRow("capex", 3), table.getItems().get(0));
        assertEquals(new SheetRow("companies", 2), table.getItems().get(1));
        assertEquals(new SheetRow("companies", 2), vm.sheetRows().get(0));
    }

    @Test
    void quitShortcutRunsTheQuitAction(FxRobot robot) {
        robot.clickOn("#summaryLabel");
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(quit.get());
    }
}
