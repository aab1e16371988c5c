package org.capexlens.ui.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
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
 * The panel's controls are bound to the view model both ways: typing edits the scenario once, and a scenario from
 * elsewhere (undo) shows in the controls without being written back as an edit.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class AssumptionsPanelFxTest {
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

    private Scenario scenario() {
        return app.dash().stateProperty().get().scenario();
    }

    @Test
    @SuppressWarnings("unchecked")
    void typedValuesEditOnceAndUndoShowsWithoutWritingBack(FxRobot robot) throws TimeoutException {
        settle();
        int steps = app.dash().undoSteps();
        Spinner<Double> share = robot.lookup("#shortLivedShare").queryAs(Spinner.class);
        robot.interact(() -> share.getEditor().setText("12.5 %"));
        robot.interact(() -> share.commitValue());
        settle();
        assertEquals(0.125, scenario().shortLivedShare());
        assertEquals(steps + 1, app.dash().undoSteps());

        robot.interact(() -> share.getEditor().setText("abc"));
        robot.interact(() -> share.commitValue());
        settle();
        assertEquals(0.125, scenario().shortLivedShare(), "unreadable text changes nothing");
        assertEquals(steps + 1, app.dash().undoSteps());

        ComboBox<Convention> convention = robot.lookup("#convention").queryAs(ComboBox.class);
        Convention other = convention.getItems().stream().filter(c -> c != scenario().convention()).findFirst()
                .orElseThrow();
        robot.interact(() -> convention.setValue(other));
        settle();
        assertEquals(other, scenario().convention());
        assertEquals(steps + 2, app.dash().undoSteps());

        robot.interact(() -> app.dash().undo());
        robot.interact(() -> app.dash().undo());
        settle();
        assertEquals(Scenario.defaults().shortLivedShare(), share.getValue());
        assertEquals(Scenario.defaults().convention(), convention.getValue());
        assertEquals(Scenario.defaults().shortLivedShare(), scenario().shortLivedShare());
        assertEquals(steps, app.dash().undoSteps(), "showing the undone values wrote nothing back");
    }

    @Test
    void theLifeFieldAndSliderFollowEachOther(FxRobot robot) throws TimeoutException {
        settle();
        robot.clickOn("#customLifeField").eraseText(4).write("3,5").type(KeyCode.ENTER);
        settle();
        assertEquals(new DepreciationPolicy.Uniform(3.5), scenario().policy());
        assertEquals(3.5, robot.lookup("#customLifeSlider").queryAs(Slider.class).getValue());
        assertTrue(robot.lookup("#policy-custom").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#customLifeField").eraseText(4).write("abc").type(KeyCode.ENTER);
        settle();
        assertTrue(robot.lookup("#customLifeError").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#customLifeField").query().getStyleClass().contains("invalid"));
        assertEquals(new DepreciationPolicy.Uniform(3.5), scenario().policy());

        robot.clickOn("#policy-short");
        settle();
        assertEquals(new DepreciationPolicy.Uniform(2.5), scenario().policy());
        // issue 10: the slider and the field show the life in force, not the last custom life
        assertEquals("2.5", robot.lookup("#customLifeField").queryAs(TextField.class).getText());
        assertEquals(2.5, robot.lookup("#customLifeSlider").queryAs(Slider.class).getValue());
        assertFalse(robot.lookup("#policy-custom").queryAs(ToggleButton.class).isSelected());

        Slider slider = robot.lookup("#customLifeSlider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(6.04));
        settle();
        assertEquals(new DepreciationPolicy.Uniform(6.0), scenario().policy());
        assertEquals(6.0, slider.getValue(), "the slider snaps to the tenth taken");
        assertEquals("6", robot.lookup("#customLifeField").queryAs(TextField.class).getText());
    }
}
