package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.domain.Dataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.json.Presets;
import org.capexlens.io.json.ScenarioJson;
import org.capexlens.ui.assumptions.AssumptionsViewModel;
import org.capexlens.ui.assumptions.PolicyChoice;
import org.capexlens.ui.common.ImmediateTaskRunner;
import org.capexlens.ui.common.UiTheme;
import org.capexlens.ui.shell.ShellViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's state without a JavaFX toolkit, on the real default dataset: what the Overview shows is exactly
 * what the engine computes for the chosen scenario, undo gives the earlier figures back, and a failed load or a
 * superseded recompute changes nothing.
 */
class DashboardViewModelTest {
    private ShellViewModel shell;
    private DashboardViewModel vm;
    private AssumptionsViewModel assumptions;
    private Dataset dataset;

    @BeforeEach
    void openDefaultDataset() throws ImportException {
        shell = new ShellViewModel(DashboardFixtures.loader(), new ImmediateTaskRunner());
        vm = new DashboardViewModel(shell, new ImmediateTaskRunner(), Scenario.defaults(), Locale.ROOT);
        assumptions = new AssumptionsViewModel(vm, Locale.ROOT);
        shell.open(DashboardFixtures.DEFAULT);
        dataset = DashboardFixtures.defaultData().dataset();
    }

    private static ModelResult.CompanyYear row(ModelResult r, String company, int year) {
        return r.companies().stream().filter(y -> y.company().equals(company) && y.fiscalYear() == year)
                .findFirst().orElseThrow();
    }

    /** ΔD of calendar 2026–2028 (issue 14): each fiscal year counts with its months in those calendar years. */
    private static double delta2026to2028(ModelResult r) {
        double sum = 0;
        for (ModelResult.CompanyYear y : r.companies()) {
            for (int cy = 2026; cy <= 2028; cy++) {
                sum += y.deltaDepreciation() * org.capexlens.calc.Calendarizer.calendarYearShare(y.fiscalYear(),
                        y.fiscalYearEndMonth(), cy);
            }
        }
        return sum;
    }

    /** What {@code compute --life L} computes: one uniform life, company overrides dropped. */
    private static Scenario uniformLife(Scenario s, double years) {
        return s.toBuilder().policy(new DepreciationPolicy.Uniform(years)).companyOverrides(Map.of()).build();
    }

    @Test
    void asReportedShowsNoExtraDepreciationAndEqualMargins() {
        Overview o = vm.overviewProperty().get();
        ModelResult reported = EconomicsModel.compute(dataset, Scenario.defaults());
        assertEquals(2026, o.marginYear(), "the first projected fiscal year");
        assertEquals(0.0, o.cumulativeDelta());
        assertEquals(row(reported, "Meta", 2026).adjustedOperatingMargin(), o.margin("Meta").adjusted());
        assertEquals(row(reported, "Meta", 2026).adjustedOperatingMargin(), o.margin("Meta").reported());
        assertEquals(0.0, o.margin("Meta").changePoints());
        assertEquals(List.of("Microsoft", "Alphabet", "Amazon", "Meta", "Oracle"),
                o.margins().stream().map(Overview.MarginHit::company).toList(),
                "CoreWeave has no revenue, so no margin");
    }

    @Test
    void twoToThreeYearsShowsExactlyWhatTheEngineComputesForAUniformTwoAndAHalfYears() {
        assumptions.choosePolicy(PolicyChoice.SHORT);

        Scenario expectedScenario = Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(2.5));
        ModelResult expected = EconomicsModel.compute(dataset, expectedScenario);
        ModelResult reported = EconomicsModel.compute(dataset, Scenario.defaults());
        Overview o = vm.overviewProperty().get();
        assertEquals(new DepreciationPolicy.Uniform(2.5), vm.stateProperty().get().scenario().policy());
        assertEquals(delta2026to2028(expected), o.cumulativeDelta(), 1e-9);
        assertTrue(o.cumulativeDelta() > 100, "servers written off faster: well over $100B more depreciation");
        for (String company : List.of("Meta", "Oracle", "Microsoft")) {
            Overview.MarginHit hit = o.margin(company);
            assertEquals(row(expected, company, 2026).adjustedOperatingMargin(), hit.adjusted(), company);
            assertEquals(row(reported, company, 2026).adjustedOperatingMargin(), hit.reported(), company);
            assertEquals((hit.adjusted() - hit.reported()) * 100, hit.changePoints(), company);
            assertTrue(hit.changePoints() < 0, company + ": a shorter life lowers the margin");
        }
        ModelResult.RatioRow lastRatio = expected.ratio().get(expected.ratio().size() - 1);
        assertEquals(lastRatio.year(), o.ratioYear());
        assertEquals(lastRatio.ratio(), o.ratio());
        assertEquals(expected.revenueGap().get(expected.revenueGap().size() - 1).gap(), o.gap());
        assertTrue(expected.companies().equals(vm.computedProperty().get().result().companies()),
                "every company row as the engine computes it");
    }

    @Test
    void customLifeOfThreeYearsEqualsComputeWithLifeThree() {
        assertEquals(java.util.Optional.empty(), assumptions.setCustomLifeText("3"));

        ModelResult expected = EconomicsModel.compute(dataset, uniformLife(Scenario.defaults(), 3));
        Overview o = vm.overviewProperty().get();
        assertEquals(PolicyChoice.CUSTOM, assumptions.policyChoiceProperty().get());
        assertEquals(new DepreciationPolicy.Uniform(3), vm.stateProperty().get().scenario().policy());
        assertEquals(delta2026to2028(expected), o.cumulativeDelta(), 1e-9);
        assertEquals(row(expected, "Meta", 2026).adjustedOperatingMargin(), o.margin("Meta").adjusted());
        assertEquals(row(expected, "Oracle", 2026).adjustedOperatingMargin(), o.margin("Oracle").adjusted());
        assertTrue(expected.companies().equals(vm.computedProperty().get().result().companies()),
                "every company row as the engine computes it");
    }

    @Test
    void undoRestoresThePreviousFiguresExactlyAndRedoTheLaterOnes() {
        Overview asReported = vm.overviewProperty().get();
        assertFalse(vm.canUndoProperty().get(), "opening the first dataset is where the history starts");

        assumptions.choosePolicy(PolicyChoice.SHORT);
        Overview burry = vm.overviewProperty().get();
        assertNotEquals(asReported, burry);
        assertTrue(vm.canUndoProperty().get());

        vm.undo();
        assertEquals(asReported, vm.overviewProperty().get());
        assertEquals(Scenario.defaults(), vm.stateProperty().get().scenario());
        assertEquals(PolicyChoice.REPORTED, assumptions.policyChoiceProperty().get());
        assertTrue(vm.canRedoProperty().get());

        vm.redo();
        assertEquals(burry, vm.overviewProperty().get());
        assertFalse(vm.canRedoProperty().get());
    }

    @Test
    void aFailedLoadLeavesTheDatasetAndEveryFigureUntouched() {
        assumptions.choosePolicy(PolicyChoice.SHORT);
        DashboardState state = vm.stateProperty().get();
        Computed computed = vm.computedProperty().get();
        Overview overview = vm.overviewProperty().get();
        int steps = vm.undoSteps();

        shell.open(DashboardFixtures.BAD);

        assertEquals(DashboardFixtures.BAD_LOCATED, shell.errorProperty().get().firstMessage());
        assertSame(state, vm.stateProperty().get());
        assertSame(computed, vm.computedProperty().get());
        assertSame(overview, vm.overviewProperty().get());
        assertEquals(steps, vm.undoSteps(), "a failed load is no step");
        assertEquals("ai-economics.xlsx", shell.fileNameProperty().get());
    }

    @Test
    void aDatasetLoadIsOneUndoStepThatKeepsTheScenario() throws ImportException {
        assumptions.choosePolicy(PolicyChoice.SHORT);
        Overview before = vm.overviewProperty().get();

        shell.open(DashboardFixtures.GOOD);
        assertSame(DashboardFixtures.goodData().dataset(), vm.stateProperty().get().dataset());
        assertEquals(new DepreciationPolicy.Uniform(2.5), vm.stateProperty().get().scenario().policy());
        assertEquals("good.xlsx", shell.fileNameProperty().get());

        vm.undo();
        assertSame(dataset, vm.stateProperty().get().dataset());
        assertEquals("ai-economics.xlsx", shell.fileNameProperty().get(), "the shell shows the earlier dataset");
        assertEquals(before, vm.overviewProperty().get());

        vm.redo();
        assertEquals("good.xlsx", shell.fileNameProperty().get());
    }

    @Test
    void applyingAPresetIsOneUndoStep() throws ImportException {
        Scenario burry = Presets.load("burry-2-3y");
        int steps = vm.undoSteps();
        vm.apply(new ScenarioChoice(burry.name(), burry, null));
        assertEquals(steps + 1, vm.undoSteps());
        assertEquals(burry, vm.stateProperty().get().scenario());
        assertEquals(PolicyChoice.SHORT, assumptions.policyChoiceProperty().get());
        vm.undo();
        assertEquals(Scenario.defaults(), vm.stateProperty().get().scenario());
    }

    @Test
    void anEditNamesTheScenarioAsModified() {
        assumptions.setShortLivedShare(0.6);
        assertEquals("As reported (modified)", vm.stateProperty().get().scenario().name());
        assumptions.setShortLivedShare(0.7);
        assertEquals("As reported (modified)", vm.stateProperty().get().scenario().name());
        assertEquals(0.7, vm.stateProperty().get().scenario().shortLivedShare());
    }

    @Test
    void everyChartIsBuiltForTheThemeChosen() {
        Computed light = vm.computedProperty().get();
        assertEquals(ChartId.values().length, light.charts().size());
        assertEquals(UiTheme.LIGHT, light.theme());
        vm.setTheme(UiTheme.DARK);
        Computed dark = vm.computedProperty().get();
        assertEquals(UiTheme.DARK, dark.theme());
        assertEquals(java.awt.Color.decode("#1E1F22"), dark.charts().get(ChartId.RATIO).getBackgroundPaint());
        assertEquals(light.state(), dark.state(), "a theme is no undo step");
    }

    @Test
    void aSupersededRecomputeIsDroppedNotShown() {
        DashboardFixtures.ManualRunner runner = new DashboardFixtures.ManualRunner();
        ShellViewModel s = new ShellViewModel(DashboardFixtures.loader(), runner);
        DashboardViewModel v = new DashboardViewModel(s, runner, Scenario.defaults(), Locale.ROOT);
        AssumptionsViewModel a = new AssumptionsViewModel(v, Locale.ROOT);
        s.open(DashboardFixtures.DEFAULT);
        runner.job(0).finish();                   // the load; it submits the first recompute (job 1)
        assertEquals(2, runner.submitted());
        a.choosePolicy(PolicyChoice.SHORT);       // job 2 supersedes job 1
        a.choosePolicy(PolicyChoice.LONG);        // job 3 supersedes job 2
        assertTrue(runner.job(1).cancelled());
        assertTrue(runner.job(2).cancelled());
        assertTrue(v.computingProperty().get());

        runner.job(3).finish();
        Computed latest = v.computedProperty().get();
        assertEquals(new DepreciationPolicy.Uniform(5.5), latest.state().scenario().policy());
        assertFalse(v.computingProperty().get());

        runner.job(2).finish();                   // arrives late: dropped
        runner.job(1).finish();
        assertSame(latest, v.computedProperty().get());
    }

    @Test
    void aBrokenScenarioFileShowsItsLocatedMessageAndChangesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("typo.json");
        Files.writeString(bad, "{\"policy\": {\"type\": \"uniform\", \"life_years\": -2}}");
        DashboardState before = vm.stateProperty().get();

        vm.openScenario(bad);

        CommandError e = vm.errorProperty().get();
        assertNotNull(e);
        assertEquals("Could not open the scenario typo.json", e.header());
        assertTrue(e.error().firstMessage().startsWith("typo.json:scenario::policy.life_years: "),
                e.error().firstMessage());
        assertSame(before, vm.stateProperty().get());
        assertEquals("Could not open the scenario typo.json; nothing changed", shell.statusProperty().get());
        vm.dismissError();
        assertNull(vm.errorProperty().get());
    }

    @Test
    void aSavedScenarioOpensAgainAsAPickerEntry(@TempDir Path dir) throws Exception {
        assumptions.choosePolicy(PolicyChoice.SHORT);
        Scenario mine = vm.stateProperty().get().scenario();
        Path file = dir.resolve("mine.json");
        vm.saveScenario(file);
        assertEquals(mine, ScenarioJson.read(file));
        assertEquals("Saved scenario As reported (modified) to " + file, shell.statusProperty().get());

        vm.undo();
        vm.openScenario(file);
        assertEquals(mine, vm.stateProperty().get().scenario());
        assertEquals(List.of("As reported (modified) (mine.json)"),
                vm.scenarioChoices().stream().map(ScenarioChoice::label).toList());
    }
}
