package org.capexlens.ui.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.capexlens.io.ImportException;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The custom life's slider and field kept in step with the scenario without a toolkit: a position or text the
 * model shows is never an edit, a drag is a preview until released, a refused text keeps its message.
 */
class CustomLifeEditorTest {
    private DashboardViewModel dash;
    private AssumptionsViewModel vm;
    private CustomLifeEditor life;

    @BeforeEach
    void open() throws ImportException {
        PanelFixture f = PanelFixture.open();
        dash = f.dash();
        vm = f.vm();
        life = vm.customLifeEditor();
    }

    private Scenario scenario() {
        return dash.stateProperty().get().scenario();
    }

    @Test
    void startsAtTheDefaultCustomLife() {
        assertEquals(AssumptionsViewModel.DEFAULT_CUSTOM_LIFE, life.sliderProperty().get());
        assertEquals("4", life.textProperty().get());
        assertEquals("", life.errorProperty().get());
    }

    @Test
    void draggingPreviewsAndWritesTheFieldThenReleasingIsOneStep() {
        int steps = dash.undoSteps();
        life.sliderMoved(2.96, true);
        life.sliderMoved(3.04, true);
        assertEquals("3", life.textProperty().get());
        assertEquals(steps, dash.undoSteps());
        assertEquals(new DepreciationPolicy.Uniform(3.0),
                dash.computedProperty().get().state().scenario().policy(), "the preview is shown");
        assertEquals(DepreciationPolicy.REPORTED, scenario().policy());

        life.sliderReleased(3.04);
        assertEquals(new DepreciationPolicy.Uniform(3.0), scenario().policy());
        assertEquals(steps + 1, dash.undoSteps());
        assertEquals(3.0, life.sliderProperty().get(), "the slider snaps to the tenth taken");
    }

    @Test
    void aKeyboardMoveCommitsTheNearestTenth() {
        life.sliderMoved(4.54, false);
        assertEquals(new DepreciationPolicy.Uniform(4.5), scenario().policy());
        assertEquals(PolicyChoice.CUSTOM, vm.policyChoiceProperty().get());
        assertEquals("4.5", life.textProperty().get());
    }

    @Test
    void theModelsOwnLifeOnTheSliderIsNoEdit() {
        dash.apply(scenario().withPolicy(new DepreciationPolicy.Uniform(3.25)));
        int steps = dash.undoSteps();
        assertEquals(3.25, life.sliderProperty().get());
        assertEquals("3.25", life.textProperty().get());
        life.sliderMoved(3.25, false);   // what the slider reports when it shows the model's life
        assertEquals(new DepreciationPolicy.Uniform(3.25), scenario().policy(), "not rounded to 3.3");
        assertEquals(steps, dash.undoSteps());
    }

    @Test
    void aRefusedTextKeepsItsMessageAndTheScenario() {
        Scenario before = scenario();
        life.editingProperty().set(true);
        life.textProperty().set("abc");
        life.commitText();
        assertEquals("expected a life between 1 and 10 years, such as 3 or 5.5; found “abc”",
                life.errorProperty().get());
        assertEquals("abc", life.textProperty().get());
        assertEquals(before, scenario());

        vm.choosePolicy(PolicyChoice.SHORT);
        assertEquals("2.5", life.textProperty().get(), "a refused entry gives way to the life in force");

        life.textProperty().set("5,5");
        life.commitText();
        assertEquals("", life.errorProperty().get());
        assertEquals(new DepreciationPolicy.Uniform(5.5), scenario().policy());
    }

    @Test
    void aValidEntryBeingTypedIsLeftAsTyped() {
        life.editingProperty().set(true);
        life.textProperty().set("3.0");
        life.commitText();
        assertEquals(new DepreciationPolicy.Uniform(3.0), scenario().policy());
        assertEquals("3.0", life.textProperty().get());
        vm.setConvention(Convention.FULL_YEAR);
        assertEquals("3.0", life.textProperty().get());

        life.editingProperty().set(false);
        int steps = dash.undoSteps();
        life.commitText();
        assertEquals("3", life.textProperty().get(), "focus lost: the life as the model writes it");
        assertEquals(steps, dash.undoSteps());
        life.commitText();
        assertEquals(steps, dash.undoSteps(), "the life as shown is no edit");
    }

    // ---- issue 10: the toggle's lives are shown -----------------------------------------------------------------

    @Test
    void twoToThreeYearsShowsTwoAndAHalfOnTheSliderAndInTheField() {
        vm.choosePolicy(PolicyChoice.SHORT);
        assertEquals(2.5, life.sliderProperty().get());
        assertEquals("2.5", life.textProperty().get());
        assertEquals(new DepreciationPolicy.Uniform(2.5), scenario().policy());
    }

    @Test
    void fiveToSixYearsShowsFiveAndAHalfAndUndoShowsTheLifeBefore() {
        life.sliderReleased(3.0);
        vm.choosePolicy(PolicyChoice.LONG);
        assertEquals(5.5, life.sliderProperty().get());
        assertEquals("5.5", life.textProperty().get());
        dash.undo();
        assertEquals(3.0, life.sliderProperty().get());
        assertEquals("3", life.textProperty().get());
        vm.choosePolicy(PolicyChoice.LONG);
        vm.choosePolicy(PolicyChoice.CUSTOM);
        assertEquals(new DepreciationPolicy.Uniform(3.0), scenario().policy(), "custom brings back its own life");
        assertEquals(3.0, life.sliderProperty().get());
    }

    @Test
    void theShownLifeIsNoEditOfItsOwn() {
        vm.choosePolicy(PolicyChoice.SHORT);
        int steps = dash.undoSteps();
        life.sliderMoved(2.5, false); // the slider echoing the model
        life.commitText();
        assertEquals(steps, dash.undoSteps());
        assertEquals(PolicyChoice.SHORT, vm.policyChoiceProperty().get());
    }
}
