package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.ui.App;
import org.capexlens.ui.FxTestSupport;
import org.capexlens.ui.TestDashboard;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/**
 * The dashboard as a user meets it, headless (Monocle): the real app set-up on the default dataset, preferences in
 * a temporary folder. One click on "2–3 y" shows the engine's margin; every tab has its charts; a broken file
 * leaves everything on screen as it was.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class DashboardFxTest {
    private static final Path BROKEN = Path.of("src/test/resources/fixtures/broken/json/wrong-type-string.json");

    /** Stands in for the export items another change adds, to check where the hook places them. */
    private static final ChartActions EXPORTS = new ChartActions() {
        @Override
        public List<DashboardAction> fileMenuActions(Context context) {
            return List.of(new DashboardAction("exportAll", DashboardAction.Place.FILE, "Export all charts…", null,
                    null, null, null, false, () -> { }));
        }

        @Override
        public List<DashboardAction> chartMenuActions(ChartId chart, Context context) {
            return List.of(new DashboardAction(null, DashboardAction.Place.CHART, "Export " + chart.id() + "…", null,
                    null, null, null, false, () -> { }));
        }
    };

    // TestFX looks for @Start in the test class itself, so each UI test class wires its dashboard here.
    private TestDashboard shown;
    private App.Dashboard app;
    private Path home;

    @Start
    void start(Stage stage) throws IOException {
        shown = TestDashboard.show(stage, EXPORTS);
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

    private void waitForFirstResult() throws TimeoutException {
        waitUntil(() -> app.dash().computedProperty().get() != null && !app.dash().computingProperty().get());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void clickingTwoToThreeYearsShowsMetasMarginAsTheEngineComputesIt(FxRobot robot) throws Exception {
        waitForFirstResult();
        ModelResult reported = EconomicsModel.compute(DatasetReader.read(DashboardFixtures.DEFAULT).dataset(),
                Scenario.defaults());
        int year = ChartSettings.defaults(reported).marginYear();
        assertEquals(percent(margin(reported, "Meta", year)), text(robot, "#marginAdjusted-Meta"));

        robot.clickOn("#policy-short");
        waitUntil(() -> !app.dash().computingProperty().get() && app.dash().computedProperty().get().state()
                .scenario().policy().equals(new DepreciationPolicy.Uniform(2.5)));

        ModelResult expected = EconomicsModel.compute(DatasetReader.read(DashboardFixtures.DEFAULT).dataset(),
                Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(2.5)));
        String shown = text(robot, "#marginAdjusted-Meta");
        assertEquals(percent(margin(expected, "Meta", year)), shown);
        assertNotEquals(percent(margin(reported, "Meta", year)), shown);
        assertEquals(percent(margin(expected, "Oracle", year)), text(robot, "#marginAdjusted-Oracle"));
        assertEquals(percent(margin(reported, "Meta", year)), text(robot, "#marginReported-Meta"));
        assertTrue(text(robot, "#marginHit-Meta").startsWith("\u2212"), "a shorter life lowers the margin");
    }

    @Test
    void everyTabShowsItsChartsAndCtrlDigitsSwitchTabs(FxRobot robot) throws TimeoutException {
        waitForFirstResult();
        Map<String, Set<String>> expected = Map.of(
                "overview", Set.of("chart-delta-depreciation-fan", "chart-ratio"),
                "infra", Set.of("chart-infra-vs-apps", "chart-ratio"),
                "sensitivity", Set.of("chart-margin-vs-life", "chart-sensitivity-heatmap", "chart-tornado"),
                "depreciation", Set.of("chart-depreciation-vintage", "chart-delta-depreciation",
                        "chart-adjusted-margin", "chart-gpu-economic-life"),
                "gap", Set.of("chart-revenue-gap", "chart-bain-test", "chart-revenue-gap-fan"),
                "backtest", Set.of("chart-backtest", "chart-calibration"),
                "data", Set.of(),
                "claims", Set.of(),
                "compare", Set.of("chart-compare-margin", "chart-compare-ratio"),
                // The solver's path chart is a plain viewer, drawn once an answer arrives (AnalysisTabsFxTest).
                "solve", Set.of());
        List<String> ids = DashboardView.TAB_IDS;
        for (int i = 0; i < ids.size(); i++) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1) % 10);
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            Tab selected = app.shellView().tabs().getSelectionModel().getSelectedItem();
            assertEquals(ids.get(i) + "Tab", selected.getId());
            Set<ChartViewer> viewers = robot.from(selected.getContent()).lookup(".chart-viewer")
                    .queryAllAs(ChartViewer.class);
            assertEquals(expected.get(ids.get(i)), viewers.stream().map(Node::getId)
                    .collect(Collectors.toCollection(TreeSet::new)), ids.get(i));
            for (ChartViewer v : viewers) {
                assertNotNull(v.getChart(), v.getId() + " has its chart");
                if (v.getId().equals("chart-delta-depreciation-fan")) {
                    // No simulation has run: the Overview keeps the column for the ratio and hides the fan.
                    assertFalse(isShown(v), "the ΔD fan is hidden until a simulation exists");
                    continue;
                }
                assertTrue(v.getWidth() > 100 && v.getHeight() > 100, v.getId() + " is laid out");
            }
        }
        assertEquals(8, app.shellView().dataTabs().getTabs().size(), "summary and the seven sheets");
        // Issue 10: under the Revenue gap tab's charts, the Bain test's latest year in words.
        assertTrue(robot.lookup("#gapFigures").queryAs(Label.class).getText().startsWith("Bain test on the dataset ("));
    }

    @Test
    void withManyCompaniesTheMarginTableListsTheChartsCompaniesAndSaysHowManyThereAre(FxRobot robot)
            throws Exception {
        waitForFirstResult();
        assertTrue(!robot.lookup("#marginNote").query().isVisible(), "every default-dataset company is listed");
        Path file = home.resolve("forty-companies.xlsx");
        org.capexlens.bench.SyntheticData.writeXlsx(org.capexlens.bench.SyntheticData.tables(
                org.capexlens.bench.SyntheticData.dataset(40, 12, 7L)), file);

        robot.interact(() -> app.shell().open(file));
        waitUntil(() -> !app.dash().computingProperty().get() && app.dash().computedProperty().get() != null
                && file.equals(app.dash().computedProperty().get().state().file()));

        Computed c = app.dash().computedProperty().get();
        int year = c.settings().marginYear();
        List<String> withMargin = c.result().companies().stream()
                .filter(r -> r.fiscalYear() == year && r.adjustedOperatingMargin() != null)
                .map(ModelResult.CompanyYear::company).toList();
        assertTrue(withMargin.size() > 10, "the synthetic data has margins for more than ten companies");
        List<String> listed = withMargin.stream().filter(c.inputs().shownCompanies()::contains).toList();
        assertEquals(10, listed.size());
        for (String company : withMargin) {
            boolean shown = !robot.lookup("#marginAdjusted-" + company).queryAll().isEmpty();
            assertEquals(listed.contains(company), shown, company);
        }
        Label note = robot.lookup("#marginNote").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertEquals("The 10 largest of " + withMargin.size() + " companies by capex, as in the charts. File \u25b8"
                + " Export results\u2026 lists every company.", note.getText());
    }

    @Test
    void aBrokenFileShowsItsLocatedMessageWhileTheChartsStay(FxRobot robot) throws TimeoutException {
        waitForFirstResult();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<JFreeChart> before = charts(robot);
        String delta = text(robot, "#deltaValue");
        Computed computed = app.dash().computedProperty().get();

        robot.interact(() -> app.shell().open(BROKEN));
        waitUntil(() -> !app.shell().busyProperty().get());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Could not open wrong-type-string.json", dialog.getHeaderText());
        assertEquals("wrong-type-string.json:capex:2:capex_usd_b: expected a number in USD billions, found "
                + "\u201Cabc\u201D", dialog.getContentText());
        assertEquals(before, charts(robot), "the very same charts are still shown");
        assertEquals(delta, text(robot, "#deltaValue"));
        assertSame(computed, app.dash().computedProperty().get());
        assertEquals("ai-economics.xlsx", text(robot, "#fileLabel"));

        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").queryAll().isEmpty());
    }

    @Test
    void exportItemsGoWhereTheHookPromisesAndTheStockMenuIsGone(FxRobot robot) throws TimeoutException {
        waitForFirstResult();
        List<String> file = app.shellView().fileMenu().getItems().stream()
                .map(i -> i.getId() == null ? "-" : i.getId()).toList();
        assertEquals(List.of("openMenuItem", "openFolderMenuItem", "recentMenu", "reloadMenuItem", "secUpdateMenuItem",
                "forgetMappingsMenuItem", "-", "openScenarioMenuItem", "saveScenarioMenuItem", "-", "exportAll", "-",
                "quitMenuItem"), file);
        List<String> menu = app.view().paneOf(ChartId.RATIO).contextMenu().getItems().stream()
                .map(i -> i.getText() == null ? "-" : i.getText()).toList();
        assertEquals(List.of("Copy chart", "Copy data", "-", "Export ratio…"), menu);
    }

    private List<JFreeChart> charts(FxRobot robot) {
        Tab selected = app.shellView().tabs().getSelectionModel().getSelectedItem();
        List<JFreeChart> list = new ArrayList<>();
        for (ChartViewer v : robot.from(selected.getContent()).lookup(".chart-viewer").queryAllAs(
                ChartViewer.class)) {
            list.add(v.getChart());
        }
        list.sort(java.util.Comparator.comparing(c -> c.getTitle().getText()));
        assertEquals(3, list.size());
        return list;
    }

    private static double margin(ModelResult r, String company, int year) {
        return r.companies().stream().filter(y -> y.company().equals(company) && y.fiscalYear() == year)
                .findFirst().orElseThrow().adjustedOperatingMargin();
    }

    /** As the Overview writes a margin: one decimal, a real minus sign, a percent sign. */
    private static String percent(double fraction) {
        double pct = fraction * 100;
        return (pct <= -0.05 ? "\u2212" : "") + String.format(Locale.getDefault(Locale.Category.FORMAT), "%.1f",
                Math.abs(pct)) + "%";
    }

    /** Whether a node and all its parents are visible. */
    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
