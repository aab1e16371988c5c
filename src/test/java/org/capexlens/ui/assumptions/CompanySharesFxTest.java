package org.capexlens.ui.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.capexlens.calc.CompanyDepreciation;
import org.capexlens.calc.DepreciationEngine;
import org.capexlens.calc.ModelResult;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
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
 * Issue 14: on the default dataset the panel lists Meta's own short-lived share under "Use companies' own shares",
 * and the check box switches Meta's figures between its own 0.44 and the default 0.5 as one undoable edit.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class CompanySharesFxTest {
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

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        FxTestSupport.settled(app);
    }

    private double metaDepreciation2024() {
        return app.dash().computedProperty().get().result().companies().stream()
                .filter(r -> r.company().equals("Meta") && r.fiscalYear() == 2024)
                .mapToDouble(ModelResult.CompanyYear::depreciationReportedPolicy).findFirst().orElseThrow();
    }

    @Test
    void thePanelShowsMetasShareAndTheCheckBoxTogglesTheFigures(FxRobot robot) throws TimeoutException {
        settle();
        CheckBox use = robot.lookup("#companyShares").queryAs(CheckBox.class);
        assertTrue(use.isSelected());
        VBox lines = robot.lookup("#companyShareLines").queryAs(VBox.class);
        List<Label> labels = lines.getChildren().stream().map(Label.class::cast).toList();
        // Issue 10: Amazon's server share comes first (companies-sheet order), with its other equipment.
        assertEquals(List.of("Amazon 0.27 (estimate, source src-117)\nother equipment 0.23 (6.6 y)",
                "Meta 0.44 (estimate, source src-116)", "others: default"),
                labels.stream().map(Label::getText).toList());
        assertTrue(labels.get(1).getTooltip().getText().startsWith("estimate: from Meta's 2018 depreciation split"),
                labels.get(1).getTooltip().getText());
        assertFalse(lines.isDisabled());

        // Meta's 2024 depreciation is linear in its share: s·S + (1 − s)·L, with S and L its short- and long-lived
        // depreciation per unit of capex. Read S and L at s = 0.5 (both halves of the default split) and expect
        // 0.44·S + 0.56·L with its own share, 0.5·S + 0.5·L without.
        Dataset d = app.dash().stateProperty().get().dataset();
        CompanyDepreciation half = DepreciationEngine.depreciate(d, Scenario.defaults().toBuilder()
                .companyShortLivedShares(false).build(), "Meta", DepreciationPolicy.REPORTED).orElseThrow();
        double unitShort = half.year(2024).orElseThrow().shortLived() / 0.5;
        double unitLong = half.year(2024).orElseThrow().longLived() / 0.5;
        assertEquals(0.44 * unitShort + 0.56 * unitLong, metaDepreciation2024(), 1e-9);

        int steps = app.dash().undoSteps();
        robot.clickOn("#companyShares");
        settle();
        assertFalse(app.dash().stateProperty().get().scenario().companyShortLivedShares());
        assertEquals(steps + 1, app.dash().undoSteps());
        assertEquals(0.5 * unitShort + 0.5 * unitLong, metaDepreciation2024(), 1e-9);
        assertTrue(lines.isDisabled(), "the list is greyed while the companies' shares are not used");

        robot.interact(() -> app.dash().undo());
        settle();
        assertTrue(use.isSelected());
        assertEquals(0.44 * unitShort + 0.56 * unitLong, metaDepreciation2024(), 1e-9);
        assertEquals(steps, app.dash().undoSteps(), "showing the undone value wrote nothing back");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDataTabShowsTheShareColumns(FxRobot robot) throws TimeoutException {
        settle();
        robot.interact(() -> {
            app.shellView().tabs().getTabs().stream().filter(t -> "dataTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> app.shellView().tabs().getSelectionModel().select(t));
            app.shellView().dataTabs().getTabs().stream().filter(t -> "sheetTab-companies".equals(t.getId()))
                    .findFirst().ifPresent(t -> app.shellView().dataTabs().getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<org.capexlens.domain.Company> table = robot.lookup("#sheet-companies")
                .queryAs(javafx.scene.control.TableView.class);
        List<String> headers = table.getColumns().stream().map(javafx.scene.control.TableColumn::getText).toList();
        assertEquals(List.of("company", "name", "fiscal_year_end_month", "role", "short_lived_share",
                "short_lived_share_source", "short_lived_share_note", "equipment_share", "equipment_life_years"),
                headers);
        org.capexlens.domain.Company meta = table.getItems().stream().filter(c -> c.id().equals("Meta"))
                .findFirst().orElseThrow();
        assertEquals("0.44", String.valueOf(table.getColumns().get(4).getCellData(meta)));
        // Issue 10: Amazon's other equipment, share and life, as the file has them.
        org.capexlens.domain.Company amazon = table.getItems().stream().filter(c -> c.id().equals("Amazon"))
                .findFirst().orElseThrow();
        assertEquals("0.27", String.valueOf(table.getColumns().get(4).getCellData(amazon)));
        assertEquals("0.23", String.valueOf(table.getColumns().get(7).getCellData(amazon)));
        assertEquals("6.6", String.valueOf(table.getColumns().get(8).getCellData(amazon)));
    }
}
