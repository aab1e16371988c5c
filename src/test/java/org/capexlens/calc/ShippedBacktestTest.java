package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.domain.Dataset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's done criterion on the shipped data: the median |error| of the back-test over the disclosed useful-life
 * changes is at most 20 % under the default scenario, with no disclosed effect in the model. The rows are pinned so
 * that a data or model change that moves one is seen (README "Back-test" prints the same table).
 */
class ShippedBacktestTest {

    @Test
    void theMedianErrorOverTheShippedChangesIsAtMost20Percent() throws Exception {
        Dataset d = DatasetReader.read(Path.of("data", "ai-economics.xlsx")).dataset();
        List<ModelResult.BacktestRow> rows = Backtest.compute(d, Scenario.defaults());
        // company, period, disclosed, model (USD bn). Amazon's rows use its servers-and-network share 0.27
        // (issue 10: 0.5 × 0.5424 from the 10-K 2025 P&E split); at the default 0.5 they were 3.39 / 1.55 / 1.57 /
        // −4.50, i.e. each × 0.27 / 0.5.
        Object[][] expected = {
            {"Microsoft", "FY2021", 2.7, 2.374},
            {"Microsoft", "FY2023", 3.7, 4.387},
            {"Alphabet", "H1 2021", 1.6, 1.921},
            {"Alphabet", "2023", 3.9, 5.694},
            {"Amazon", "2020", 2.3, 1.831},
            {"Amazon", "Q1 2022", 0.973, 0.836},
            {"Amazon", "Q1 2024", 0.9, 0.849},
            {"Amazon", "2025", -0.7, -2.428},
            {"Meta", "2025", 2.9, 1.519},
            {"Oracle", "Q1 FY2023", 0.131, 0.106},
        };
        assertEquals(expected.length, rows.size());
        List<Double> errors = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            ModelResult.BacktestRow r = rows.get(i);
            assertEquals(expected[i][0], r.company());
            assertEquals(expected[i][1], r.period());
            assertEquals((double) expected[i][2], r.disclosed(), 1e-9);
            assertEquals((double) expected[i][3], r.model(), 5e-4, r.company() + " " + r.period());
            errors.add(Math.abs(r.error()));
        }
        errors.sort(Double::compare);
        // Sorted |errors|: 5.7 (Amazon Q1 2024), 12.1, 14.1, 18.6, 19.3 (Oracle), 20.1 (Alphabet H1 2021), 20.4, 46.0,
        // 47.6, 246.9 %: the median of ten is the mean of the fifth and sixth, (19.3 + 20.1) / 2 = 19.7 %.
        double median = (errors.get(4) + errors.get(5)) / 2;
        assertEquals(median, Backtest.medianAbsError(rows).orElseThrow(), 1e-15);
        assertEquals(0.197, median, 5e-4);
        assertTrue(median <= 0.20, "issue 10: back-test median |error| at most 20 %");
    }
}
