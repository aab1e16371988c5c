package org.capexlens.ui.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.ImportException;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assumptions panel's state: each edit becomes exactly one scenario change, bad input none. */
class AssumptionsViewModelTest {
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

    @Test
    void theToggleMapsToTheDocumentedLives() {
        vm.choosePolicy(PolicyChoice.SHORT);
        assertEquals(new DepreciationPolicy.Uniform(2.5), scenario().policy());
        vm.choosePolicy(PolicyChoice.LONG);
        assertEquals(new DepreciationPolicy.Uniform(5.5), scenario().policy());
        vm.choosePolicy(PolicyChoice.REPORTED);
        assertEquals(DepreciationPolicy.REPORTED, scenario().policy());
        vm.choosePolicy(PolicyChoice.CUSTOM);
        assertEquals(new DepreciationPolicy.Uniform(AssumptionsViewModel.DEFAULT_CUSTOM_LIFE), scenario().policy());
        assertEquals(4, dash.undoSteps());
    }

    @Test
    void theToggleShowsThePolicyOfAScenarioFromElsewhere() {
        dash.apply(scenario().withPolicy(new DepreciationPolicy.Uniform(5.5)));
        assertEquals(PolicyChoice.LONG, vm.policyChoiceProperty().get());
        dash.apply(scenario().withPolicy(new DepreciationPolicy.Uniform(3.2)));
        assertEquals(PolicyChoice.CUSTOM, vm.policyChoiceProperty().get());
        assertEquals(3.2, vm.customLifeProperty().get());
        dash.apply(scenario().withPolicy(new DepreciationPolicy.SwitchTo(3, 2026)));
        assertEquals(PolicyChoice.SWITCH, vm.policyChoiceProperty().get());
        assertEquals("reported lives, then 3 y from fiscal 2026", vm.policyNoteProperty().get());
        assertEquals(3.2, vm.customLifeProperty().get(), "the custom life is kept for the slider");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            3,     3.0
            5.5,   5.5
            '5,5', 5.5
            3 y,   3.0
            ' 7.25 years ', 7.25
            1,     1.0
            10,    10.0
            """)
    void typedLivesAreAccepted(String text, double years) {
        assertEquals(Optional.empty(), vm.setCustomLifeText(text));
        assertEquals(new DepreciationPolicy.Uniform(years), scenario().policy());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.5
            11
            abc
            -3
            ''
            """)
    void livesOutsideOneToTenOrNotNumbersAreRefusedWithAMessage(String text) {
        Scenario before = scenario();
        assertEquals(Optional.of("expected a life between 1 and 10 years, such as 3 or 5.5; found “"
                + (text == null ? "" : text.trim()) + "”"), vm.setCustomLifeText(text));
        assertEquals(before, scenario());
    }

    @Test
    void sliderPreviewIsNoStepUntilReleased() {
        int steps = dash.undoSteps();
        vm.previewCustomLife(2.0);
        assertEquals(steps, dash.undoSteps());
        assertEquals(new DepreciationPolicy.Uniform(2.0),
                dash.computedProperty().get().state().scenario().policy(), "the preview is what is shown");
        assertEquals(DepreciationPolicy.REPORTED, scenario().policy(), "but not the current state");
        vm.setCustomLife(2.0);
        assertEquals(steps + 1, dash.undoSteps());
        assertEquals(new DepreciationPolicy.Uniform(2.0), scenario().policy());
    }

    @Test
    void overridesTakeALifeReportedOrNothing() {
        assertEquals(List.of("Microsoft", "Alphabet", "Amazon", "Meta", "Oracle", "CoreWeave"),
                vm.overrides().stream().map(OverrideRow::company).toList());
        assertEquals(Optional.empty(), vm.setOverride("Meta", "3"));
        assertEquals(Map.of("Meta", new DepreciationPolicy.Uniform(3)), scenario().companyOverrides());
        assertEquals(new OverrideRow("Meta", "3", true), vm.overrides().get(3));
        assertEquals(Optional.empty(), vm.setOverride("Oracle", "Reported"));
        assertEquals(DepreciationPolicy.REPORTED, scenario().companyOverrides().get("Oracle"));
        assertEquals(Optional.empty(), vm.setOverride("Meta", ""));
        assertEquals(Map.of("Oracle", DepreciationPolicy.REPORTED), scenario().companyOverrides());
        assertEquals(new OverrideRow("Meta", "—", false), vm.overrides().get(3));
        assertEquals(Optional.of("expected a life between 1 and 10 years, “reported” or an empty field;"
                + " found “twelve”"), vm.setOverride("Meta", "twelve"));
    }

    @Test
    void otherAssumptionsChangeOnlyTheirField() {
        vm.setShortLivedShare(0.4);
        vm.setLag(1);
        vm.setConvention(Convention.FULL_YEAR);
        vm.setCapexGrowth(0.2);
        vm.setRevenueGrowth(0.05);
        vm.setGpuShare(0.6);
        vm.setEndUserMargin(0.3);
        Scenario s = scenario();
        assertEquals(0.4, s.shortLivedShare());
        assertEquals(1, s.inServiceLagYears());
        assertEquals(Convention.FULL_YEAR, s.convention());
        assertEquals(0.2, s.capexGrowth());
        assertEquals(0.05, s.revenueGrowth());
        assertEquals(0.6, s.gpuShareOfDataCenterCost());
        assertEquals(0.3, s.endUserGrossMargin());
        assertEquals(DepreciationPolicy.REPORTED, s.policy());
        assertEquals(7, dash.undoSteps());
        vm.setLag(9);
        vm.setEndUserMargin(1.0);
        assertEquals(7, dash.undoSteps(), "out-of-range values change nothing");
    }

    @Test
    void theLastAiRevenueEntityCannotBeRemoved() {
        List<EntityChoice> start = List.copyOf(vm.entities());
        assertEquals(Scenario.DEFAULT_AI_ENTITIES.size(), start.stream().filter(EntityChoice::selected).count());
        for (String e : Scenario.DEFAULT_AI_ENTITIES.subList(1, Scenario.DEFAULT_AI_ENTITIES.size())) {
            assertEquals(Optional.empty(), vm.setEntitySelected(e, false));
        }
        assertEquals(List.of("OpenAI"), scenario().aiRevenueEntities());
        assertEquals(Optional.of("at least one entity must be summed"), vm.setEntitySelected("OpenAI", false));
        assertEquals(List.of("OpenAI"), scenario().aiRevenueEntities());
    }

    @Test
    void parsesLivesLikeAPerson() {
        assertEquals(5.5, AssumptionsViewModel.parseLife("5,5 y"));
        assertNull(AssumptionsViewModel.parseLife("1e1"));
        assertNull(AssumptionsViewModel.parseLife(null));
    }
}
