package org.capexlens.ui.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.capexlens.bench.SyntheticData;
import org.capexlens.ui.App;
import org.capexlens.ui.FxTestSupport;
import org.capexlens.ui.TestDashboard;
import org.capexlens.ui.dashboard.ChartActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/**
 * The per-company life fields: one per company on a small dataset; on a large one, a filter and at most
 * {@value OverrideListing#MAX_ROWS} fields, companies with an override first.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class OverrideFieldsFxTest {
    // TestFX looks for @Start in the test class itself, so each UI test class wires its dashboard here.
    private TestDashboard shown;
    private App.Dashboard app;
    private Path home;

    @Start
    void start(Stage stage) throws IOException {
        shown = TestDashboard.show(stage, ChartActions.NONE);
        app = shown.app();
        home = shown.home();
    }

    @AfterEach
    void stop() throws IOException {
        shown.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        FxTestSupport.waitUntil(condition);
    }

    private void waitForResult(Path file) throws TimeoutException {
        waitUntil(() -> app.dash().computedProperty().get() != null && !app.dash().computingProperty().get()
                && (file == null || file.equals(app.dash().computedProperty().get().state().file())));
    }

    /** The companies that have a field, top to bottom. */
    private static List<String> fieldCompanies(FxRobot robot) {
        GridPane grid = robot.lookup("#overrideGrid").queryAs(GridPane.class);
        return grid.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    private OverrideRow row(String company) {
        return app.assumptions().overrides().stream().filter(r -> r.company().equals(company)).findFirst()
                .orElseThrow();
    }

    @Test
    void aSmallDatasetGetsAFieldPerCompanyAndNoFilter(FxRobot robot) throws TimeoutException {
        waitForResult(null);
        List<String> companies = app.assumptions().overrides().stream().map(OverrideRow::company).toList();
        assertEquals(companies, fieldCompanies(robot));
        assertFalse(robot.lookup("#overrideFilter").query().isVisible());
        assertFalse(robot.lookup("#overrideMore").query().isVisible());

        robot.clickOn("#override-Meta").write("3").type(KeyCode.ENTER);
        waitForResult(null);

        assertEquals(new OverrideRow("Meta", "3", true), row("Meta"));
        assertEquals(companies, fieldCompanies(robot), "a small list keeps its order");
    }

    @Test
    void aLargeDatasetGetsAFilterAndTheCompaniesWithAnOverrideFirst(FxRobot robot) throws Exception {
        waitForResult(null);
        Path file = home.resolve("forty.xlsx");
        SyntheticData.writeXlsx(SyntheticData.tables(SyntheticData.dataset(40, 10, 3L)), file);
        robot.interact(() -> app.shell().open(file));
        waitForResult(file);

        List<String> all = app.assumptions().overrides().stream().map(OverrideRow::company).toList();
        assertEquals(40, all.size());
        assertEquals(all.subList(0, OverrideListing.MAX_ROWS), fieldCompanies(robot));
        Node filter = robot.lookup("#overrideFilter").query();
        assertTrue(filter.isVisible());
        assertEquals("25 of 40 companies listed (those with an override first); type part of a name to find"
                + " another.", robot.lookup("#overrideMore").queryAs(Label.class).getText());

        robot.clickOn(filter).write("c0033");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("C0033"), fieldCompanies(robot));
        robot.clickOn("#override-C0033").write("2").type(KeyCode.ENTER);
        waitForResult(file);
        assertEquals(new OverrideRow("C0033", "2", true), row("C0033"));

        robot.interact(() -> ((TextField) filter).setText("zzz"));
        assertEquals(List.of(), fieldCompanies(robot));
        assertEquals("No company matches \u201Czzz\u201D.", robot.lookup("#overrideMore").queryAs(Label.class)
                .getText());

        robot.interact(() -> ((TextField) filter).setText(""));
        List<String> listed = fieldCompanies(robot);
        assertEquals(OverrideListing.MAX_ROWS, listed.size());
        assertEquals("C0033", listed.get(0), "the company with an override comes first");
        assertEquals("2", robot.lookup("#override-C0033").queryAs(TextField.class).getText());
        assertEquals(all.subList(0, OverrideListing.MAX_ROWS - 1), listed.subList(1, listed.size()));
    }
}
