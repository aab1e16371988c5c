package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.Overstatement;
import org.capexlens.domain.Dataset;
import org.capexlens.io.DefaultDataset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.json.Presets;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10: an earnings overstatement is a bounded percentage or a status, never 653 %. */
class OverstatementBoundsTest {

    private static Dataset dataset() throws Exception {
        return DatasetReader.read(DefaultDataset.locate()).dataset();
    }

    @Test
    void noPresetPrintsAnOverstatementAboveAThousandOrBelowMinusOneHundredPercent() throws Exception {
        Dataset d = dataset();
        int shown = 0;
        for (Map.Entry<String, Scenario> p : Presets.all().entrySet()) {
            for (ModelResult.CompanyYear c : EconomicsModel.compute(d, p.getValue()).companies()) {
                String where = p.getKey() + " " + c.company() + " " + c.fiscalYear();
                Double o = c.earningsOverstatement();
                if (o != null) {
                    shown++;
                    assertTrue(o > -1 && o <= 10, where + ": " + o);
                    assertEquals(Overstatement.SHOWN, c.earningsOverstatementStatus(), where);
                } else {
                    assertTrue(c.earningsOverstatementStatus() != Overstatement.SHOWN, where);
                }
            }
        }
        assertTrue(shown > 0, "some overstatements are shown");
    }

    @Test
    void oracleUnderTwoToThreeYearsReadsAsAStatusNotSixHundredFiftyThreePercent() throws Exception {
        ModelResult r = EconomicsModel.compute(dataset(), Presets.load("burry-2-3y"));
        for (int year : new int[] {2027, 2028}) {
            ModelResult.CompanyYear c = r.companies().stream()
                    .filter(y -> y.company().equals("Oracle") && y.fiscalYear() == year).findFirst().orElseThrow();
            assertNull(c.earningsOverstatement(), "Oracle " + year);
            assertNotNull(c.earningsOverstatementStatus().code(), "Oracle " + year);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            10, 8, SHOWN
            10, 2, SHOWN
            10, 1.9, NOT_MEANINGFUL
            10, 0, ADJUSTED_LOSS
            10, -3, ADJUSTED_LOSS
            -1, -3, NOT_MEANINGFUL
            -1, 2, NOT_MEANINGFUL
            10, 12, SHOWN
            """)
    void theStatusFollowsNetIncomeAndAdjustedNetIncome(double ni, double adjusted, Overstatement expected) {
        // 10 → 2 is exactly the 20 % floor: 10 / 2 − 1 = +400 %, the largest percentage ever shown.
        assertEquals(expected, Overstatement.of(ni, adjusted));
    }
}
