package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.capexlens.calc.WhatMustBeTrue;
import org.capexlens.chart.AnalysisText;
import org.capexlens.chart.ChartId;
import org.capexlens.ui.App;
import org.capexlens.ui.FxTestSupport;
import org.capexlens.ui.TestDashboard;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Compare and What must be true tabs (issue 11) as a user meets them on the default dataset.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class AnalysisTabsFxTest {
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

    private void settled() throws TimeoutException {
        FxTestSupport.settled(app);
    }

    @Test
    void ctrlNineComparesTheWorkingScenarioWithTwoPresetsAndHighlightsTheDifferences(FxRobot robot)
            throws TimeoutException {
        settled();
        FxTestSupport.waitUntil(() -> app.dash().scenarioChoices().size() >= 3);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("compareTab", app.shellView().tabs().getSelectionModel().getSelectedItem().getId());
        // First look: the two first presets unlike "as reported" (Burry 2–3 y, Nvidia memo 4–6 y).
        FxTestSupport.waitUntil(() -> app.dash().compared().size() == 2);
        settled();
        Computed c = app.dash().computedProperty().get();
        assertEquals(3, c.inputs().comparison().scenarios().size());
        XYPlot ratio = c.charts().get(ChartId.COMPARE_RATIO).getXYPlot();
        assertEquals(3, ratio.getDataset().getSeriesCount(), "one line per scenario");
        // Row 1 is ΔD 2026–28: zero as reported; Burry's is larger, shown with its difference and as worse news.
        Label baseline = robot.lookup("#compare-1-0").queryAs(Label.class);
        Label burry = robot.lookup("#compare-1-1").queryAs(Label.class);
        assertEquals("$0B", baseline.getText());
        double delta = c.inputs().comparison().scenarios().get(1).deltaDepreciation();
        assertTrue(delta > 100, "Burry's 2.5 years add over $100B of depreciation in 2026-28, was " + delta);
        assertTrue(burry.getText().contains("(+$"), burry.getText());
        assertTrue(burry.getStyleClass().contains("worse"), burry.getStyleClass().toString());

        // Unticking one leaves the current scenario and the other.
        CheckBox first = robot.lookup("#compareChoices").lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(CheckBox::isSelected).findFirst().orElseThrow();
        robot.clickOn(first);
        FxTestSupport.waitUntil(() -> app.dash().compared().size() == 1);
        settled();
        assertEquals(2, app.dash().computedProperty().get().charts().get(ChartId.COMPARE_RATIO).getXYPlot()
                .getDataset().getSeriesCount());
    }

    @Test
    void ctrlZeroAnswersTheRatioQuestionThenTheLifeQuestion(FxRobot robot) throws TimeoutException {
        settled();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("solveTab", app.shellView().tabs().getSelectionModel().getSelectedItem().getId());
        Label answer = robot.lookup("#solverAnswer").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> !answer.getText().isEmpty());
        var data = app.dash().stateProperty().get().dataset();
        var scenario = app.dash().stateProperty().get().scenario();
        WhatMustBeTrue.Answer ratio = WhatMustBeTrue.revenueGrowthForRatio(data, scenario, 1, 2030);
        assertEquals(WhatMustBeTrue.Status.SOLVED, ratio.status());
        assertTrue(answer.getText().contains(String.format(Locale.ROOT, "%.1f%%", ratio.value() * 100)),
                answer.getText());

        robot.interact(() -> {
            robot.lookup("#solverQuestion").queryComboBox().getSelectionModel().select(AnalysisText.Question.LIFE);
        });
        robot.interact(() -> {
            robot.lookup("#solverTarget").queryTextInputControl().setText("30");
            robot.lookup("#solverYear").queryTextInputControl().setText("2027");
        });
        robot.clickOn("#solverSolve");
        WhatMustBeTrue.Answer life = WhatMustBeTrue.lifeForMargin(data, scenario, "Meta", 2027, 0.30);
        String expected = org.capexlens.text.FigureFormat.plain(Math.round(life.value() * 100) / 100.0);
        FxTestSupport.waitUntil(() -> answer.getText().contains("Meta"));
        assertTrue(answer.getText().contains("at least " + expected + " years"), answer.getText());
    }
}
