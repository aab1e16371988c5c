package org.capexlens.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.json.ColumnMappingJson;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.ui.App;
import org.capexlens.ui.FxTestSupport;
import org.capexlens.ui.TestDashboard;
import org.capexlens.ui.dashboard.ChartActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15: a file whose capex sheet calls its capex column {@code Spend} opens in the column-mapping dialog with
 * {@code Spend} preselected; accepting loads the data exactly as the original file; the mapping is remembered, so
 * the second open loads at once with a notice among the warnings.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ColumnMappingFxTest {
    private static final Path GOOD = Path.of("src/test/resources/fixtures/good/csv");

    private TestDashboard shown;
    private App.Dashboard app;

    @Start
    void start(Stage stage) throws IOException {
        shown = TestDashboard.show(stage, ChartActions.NONE);
        app = shown.app();
    }

    @AfterEach
    void stop() throws IOException {
        shown.close();
    }

    private Path renamedFolder() throws IOException {
        Path folder = Files.createDirectories(shown.home().resolve("renamed"));
        try (var files = Files.list(GOOD)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path capex = folder.resolve("capex.csv");
        Files.writeString(capex, Files.readString(capex, StandardCharsets.UTF_8).replaceFirst("capex_usd_b", "Spend"),
                StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void aRenamedRequiredColumnIsMappedInTheDialogAndRememberedForTheNextOpen(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> app.shell().resultProperty().get() != null);
        Path folder = renamedFolder();
        ImportResult original = DatasetReader.read(GOOD);

        robot.interact(() -> app.shell().open(folder));
        FxTestSupport.waitUntil(() -> robot.lookup("#columnMappingDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#columnMappingDialog").queryAs(DialogPane.class);
        ComboBox<?> capex = robot.lookup("#mapping-capex-capex_usd_b").queryAs(ComboBox.class);
        assertEquals("Spend", capex.getValue(), "the closest header is preselected");
        assertEquals(List.of("company", "fiscal_year", "Spend", "status", "source", "note"), capex.getItems());
        // The default dataset stays loaded while the dialog is open.
        assertEquals("ai-economics.xlsx", app.shell().resultProperty().get().fileName());

        Node open = dialog.getButtonTypes().stream().filter(b -> b.getButtonData().isDefaultButton())
                .map(dialog::lookupButton).findFirst().orElseThrow();
        assertFalse(open.isDisabled());
        robot.clickOn(open);
        FxTestSupport.waitUntil(() -> app.shell().resultProperty().get() != null
                && app.shell().resultProperty().get().fileName().equals("renamed"));

        ImportResult mapped = app.shell().resultProperty().get();
        assertEquals(original.dataset(), mapped.dataset());
        assertEquals(1, notices(mapped));
        Path remembered = shown.home().resolve(MappingMemory.FILE);
        assertTrue(Files.exists(remembered));
        assertEquals("capex_usd_b", ColumnMappingJson.read(remembered).bySheet().get("capex").get("Spend"));

        // Second open: the remembered mapping applies without asking; the warnings say so.
        robot.interact(() -> app.shell().open(GOOD));
        FxTestSupport.waitUntil(() -> app.shell().resultProperty().get().fileName().equals("csv"));
        robot.interact(() -> app.shell().open(folder));
        FxTestSupport.waitUntil(() -> app.shell().resultProperty().get().fileName().equals("renamed"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#columnMappingDialog").tryQuery().isPresent(), "no dialog the second time");
        assertEquals(original.dataset(), app.shell().resultProperty().get().dataset());
        assertEquals(1, notices(app.shell().resultProperty().get()));
    }

    private static long notices(ImportResult r) {
        return r.warnings().stream().filter(w -> w.message().contains("as you mapped it")
                && w.message().contains("Forget column mappings")).count();
    }
}
