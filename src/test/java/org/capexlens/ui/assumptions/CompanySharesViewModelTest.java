package org.capexlens.ui.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;
import org.capexlens.io.ImportException;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.FigureFormat;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, without a toolkit: the panel's list of companies' own short-lived shares and the check box's command.
 */
class CompanySharesViewModelTest {

    @Test
    void theDefaultDatasetListsMetasEstimateThenTheOthers() throws ImportException {
        PanelFixture f = PanelFixture.open();
        List<CompanyShareLine> lines = f.vm().companyShares();
        // Issue 10: Amazon's server share comes with its other equipment and that equipment's own life.
        assertEquals(List.of("Amazon 0.27 (estimate, source src-117)\nother equipment 0.23 (6.6 y)",
                "Meta 0.44 (estimate, source src-116)", "others: default"),
                lines.stream().map(CompanyShareLine::text).toList());
        assertTrue(lines.get(0).own());
        assertTrue(lines.get(0).tooltip().startsWith("estimate: servers and network are 0.54"));
        assertTrue(lines.get(1).tooltip().startsWith("estimate: from Meta's 2018"));
        // The others' tooltip names the default share: 0.5 as a percentage.
        assertEquals("Companies without a short-lived share in the dataset use the default share set above (50.0%).",
                lines.get(2).tooltip());
        assertTrue(f.vm().fields().companySharesProperty().get());
    }

    @Test
    void theCheckBoxCommandIsOneUndoableEdit() throws ImportException {
        PanelFixture f = PanelFixture.open();
        int steps = f.dash().undoSteps();
        f.vm().fields().companySharesProperty().set(false);
        assertFalse(f.dash().stateProperty().get().scenario().companyShortLivedShares());
        assertEquals(steps + 1, f.dash().undoSteps());
        f.dash().undo();
        assertTrue(f.dash().stateProperty().get().scenario().companyShortLivedShares());
        assertTrue(f.vm().fields().companySharesProperty().get(), "the undone value shows in the check box");
        assertEquals(steps, f.dash().undoSteps());
    }

    @Test
    void aDatasetWithoutSharesSaysEveryCompanyTakesTheDefault() {
        Dataset d = new Dataset(List.of(new Company("A", "A", 12, Role.HYPERSCALER)), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        List<CompanyShareLine> lines = CompanyShareLine.listFor(d, Scenario.defaults(), new FigureFormat(Locale.ROOT));
        assertEquals(List.of("every company: default (the dataset gives no company's own share)"),
                lines.stream().map(CompanyShareLine::text).toList());
    }

    @Test
    void aShareWithoutAnEstimateNoteSaysOnlyItsSource() {
        Dataset d = new Dataset(List.of(new Company("A", "A", 12, Role.HYPERSCALER).withShortLivedShare(0.6, "src-1",
                "")), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        List<CompanyShareLine> lines = CompanyShareLine.listFor(d, Scenario.defaults(), new FigureFormat(Locale.ROOT));
        assertEquals("A 0.6 (source src-1)", lines.get(0).text());
        assertEquals("The company's own short-lived share, from source src-1.", lines.get(0).tooltip());
    }
}
