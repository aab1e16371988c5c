package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.domain.Dataset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.json.Presets;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.FigureFormat;
import org.junit.jupiter.api.Test;

/**
 * The Revenue gap tab's figure panel, without a toolkit (issue 10): with a preset that carries published inputs, the
 * published figure is shown beside the dataset figure, each labelled.
 */
class PublishedFiguresTextTest {
    private static final FigureFormat US = new FigureFormat(Locale.US);

    private static String text(String preset) throws Exception {
        Dataset d = DatasetReader.read(DashboardFixtures.DEFAULT).dataset();
        return PublishedFigures.text(EconomicsModel.compute(d, Presets.load(preset)), US);
    }

    @Test
    void sequoia2023ShowsThePublishedTwoHundredBesideTheDatasetFigure() throws Exception {
        List<String> lines = List.of(text("sequoia-2023").split("\n"));
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("Published (2023, the author's own inputs): infrastructure $50.0B → "
                + "revenue required $200.0B; AI revenue $75.0B → gap $125.0B. The author stated $200.0B required, a "
                + "gap of $125.0B. Source: https://www.sequoiacap.com/"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Dataset (2023, the same method on this dataset's figures): "), lines.get(1));
        assertTrue(lines.get(1).contains("revenue required $179.2B"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Bain test on the dataset ("), lines.get(2));
    }

    @Test
    void bain2030ShowsTheTwoTrillionAndTheStatedShortfall() throws Exception {
        String t = text("bain-2030");
        assertTrue(t.startsWith("Published (2030, the author's own inputs): capex $500.0B → revenue required "
                + "$2,000.0B. The author stated $2,000.0B required, a gap of $800.0B."),
                t);
        assertTrue(t.contains("\nBain test on the dataset ("), t);
    }

    @Test
    void withoutPublishedInputsOnlyTheBainTestOfTheLatestYearIsShown() {
        ModelResult r = new ModelResult(Scenario.defaults(), List.of(), List.of(), List.of(), List.of(),
                List.of(new ModelResult.BainRow(2023, 66, 0.25, 264, 2.5, 261.5),
                        new ModelResult.BainRow(2024, 94, 0.25, 376, 10, 366)), null);
        assertEquals("Bain test on the dataset (2024): hyperscaler capex $94.0B at a sustainable intensity of 25.0% "
                + "→ revenue required $376.0B; AI revenue $10.0B → shortfall $366.0B.", PublishedFigures.text(r, US));
    }
}
