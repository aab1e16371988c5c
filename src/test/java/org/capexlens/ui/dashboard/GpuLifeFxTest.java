package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.capexlens.calc.GpuEconomicLife;
import org.capexlens.chart.ChartId;
import org.capexlens.text.ChartFormats;
import org.capexlens.ui.App;
import org.capexlens.ui.FxTestSupport;
import org.capexlens.ui.TestDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The GPU economic-life section of the Depreciation tab (issue 11) on the default dataset's H100 prices. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class GpuLifeFxTest {
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
    void theAnswerSetsTheEconomicLifeBesideBookLivesAndHalvingUtilisationShortensIt(FxRobot robot)
            throws TimeoutException {
        settled();
        robot.interact(() -> app.view().selectTab("depreciation"));
        WaitForAsyncUtils.waitForFxEvents();
        Label answer = robot.lookup("#gpuLifeAnswer").queryAs(Label.class);
        var data = app.dash().stateProperty().get().dataset();
        GpuEconomicLife.Result before = GpuEconomicLife.of(data.gpuPrices(), app.dash().stateProperty().get()
                .scenario());
        assertEquals(GpuEconomicLife.Status.CROSSES, before.status());
        String life = ChartFormats.years(Locale.getDefault(Locale.Category.FORMAT)).format(before.lifeYears());
        assertTrue(answer.getText().startsWith("H100: economic life \u2248 " + life + " vs book server lives "),
                answer.getText());
        assertNotNull(app.dash().computedProperty().get().charts().get(ChartId.GPU_ECONOMIC_LIFE));

        TextField utilisation = robot.lookup("#gpuUtilisation").queryAs(TextField.class);
        assertEquals("70", utilisation.getText());
        robot.clickOn(utilisation).eraseText(2).write("35").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> app.dash().stateProperty().get().scenario().gpuLife().utilisation() == 0.35);
        settled();
        GpuEconomicLife.Result after = GpuEconomicLife.of(data.gpuPrices(), app.dash().stateProperty().get()
                .scenario());
        // Halving u moves the crossing earlier by ln 2 / |b| years: u·e^(a+bt) = c ⇔ t = ln(c/(u·e^a)) / b.
        assertEquals(before.lifeYears() - Math.log(2) / -before.slope(), after.lifeYears(), 1e-9);
        String shorter = ChartFormats.years(Locale.getDefault(Locale.Category.FORMAT)).format(after.lifeYears());
        FxTestSupport.waitUntil(() -> answer.getText().startsWith("H100: economic life \u2248 " + shorter + " "));
        assertTrue(after.lifeYears() < before.lifeYears() - 2, before.lifeYears() + " → " + after.lifeYears());
    }
}
