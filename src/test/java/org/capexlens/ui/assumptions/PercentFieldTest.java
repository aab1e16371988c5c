package org.capexlens.ui.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.capexlens.io.ImportException;
import org.capexlens.scenario.Scenario;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The percentage spinners' logic without a toolkit: typed text to a fraction, bounds from the scenario's ranges,
 * and a two-way value that edits the scenario only when it differs from what the scenario shows.
 */
class PercentFieldTest {
    private DashboardViewModel dash;
    private AssumptionsViewModel vm;

    @BeforeEach
    void open() throws ImportException {
        PanelFixture f = PanelFixture.open();
        dash = f.dash();
        vm = f.vm();
    }

    private Scenario scenario() {
        return dash.stateProperty().get().scenario();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '12.5 %',   0.125
            '12,5',     0.125
            ' 45 ',     0.45
            '45%',      0.45
            '12.34567', 0.1235
            150,        1.0
            -10,        0.0
            """)
    void typedPercentagesBecomeFractionsWithinTheShareRange(String text, double fraction) {
        assertEquals(fraction, vm.fields().shortLivedShare().parse(text));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '\u22125',  -0.05
            -95,        -0.9
            600,        5.0
            """)
    void growthTakesARealMinusSignAndClampsToItsRange(String text, double fraction) {
        assertEquals(fraction, vm.fields().capexGrowth().parse(text));
    }

    @Test
    void openBoundsStopOnePercentagePointInside() {
        assertEquals(0.01, vm.fields().gpuShare().min());
        assertEquals(1.0, vm.fields().gpuShare().max());
        assertEquals(0.01, vm.fields().gpuShare().parse("0"));
        assertEquals(0.0, vm.fields().endUserMargin().min());
        assertEquals(0.99, vm.fields().endUserMargin().max());
        assertEquals(0.99, vm.fields().endUserMargin().parse("100"));
    }

    @Test
    void unreadableTextIsRefusedAndTheFieldKeepsItsValue() {
        double before = scenario().shortLivedShare();
        assertNull(vm.fields().shortLivedShare().parse("abc"));
        assertNull(vm.fields().shortLivedShare().parse(null));
        assertEquals(before, vm.fields().shortLivedShare().converter().fromString("abc"));
        assertEquals(before, vm.fields().shortLivedShare().converter().fromString("1e"));
        assertEquals(before, scenario().shortLivedShare());
    }

    @Test
    void fractionsShowAsPercentages() {
        assertEquals("12.5%", vm.fields().shortLivedShare().converter().toString(0.125));
        assertEquals("", vm.fields().shortLivedShare().converter().toString(null));
    }

    @Test
    void settingTheValueIsOneEditAndTheScenarioShowingItselfIsNone() {
        int steps = dash.undoSteps();
        vm.fields().capexGrowth().valueProperty().set(0.2);
        assertEquals(0.2, scenario().capexGrowth());
        assertEquals(steps + 1, dash.undoSteps());

        dash.apply(scenario().toBuilder().capexGrowth(0.3).build());
        assertEquals(0.3, vm.fields().capexGrowth().valueProperty().get());
        assertEquals(steps + 2, dash.undoSteps(), "showing the new value wrote nothing back");

        vm.fields().capexGrowth().valueProperty().set(null);
        assertEquals(0.3, scenario().capexGrowth(), "an unreadable entry is no edit");
        assertEquals(steps + 2, dash.undoSteps());
    }

    @Test
    void aScenarioValueBeyondTheFieldShowsClampedAndStaysAsItIs() {
        dash.apply(scenario().toBuilder().gpuShareOfDataCenterCost(0.005).endUserGrossMargin(0.995).build());
        int steps = dash.undoSteps();
        assertEquals(0.01, vm.fields().gpuShare().valueProperty().get());
        assertEquals(0.99, vm.fields().endUserMargin().valueProperty().get());
        vm.fields().gpuShare().valueProperty().set(0.01);
        assertEquals(0.005, scenario().gpuShareOfDataCenterCost(), "the clamped value as shown is no edit");
        assertEquals(steps, dash.undoSteps());
        vm.fields().endUserMargin().valueProperty().set(0.5);
        assertEquals(0.5, scenario().endUserGrossMargin());
        assertEquals(steps + 1, dash.undoSteps());
    }
}
