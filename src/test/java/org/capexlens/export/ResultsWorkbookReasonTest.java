package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.capexlens.calc.BreakEvenStatus;
import org.capexlens.calc.ModelResult.CompanyYear;
import org.capexlens.calc.Overstatement;
import org.capexlens.domain.Status;
import org.junit.jupiter.api.Test;

/** Issue 14: the workbook says why an overstatement is not a percentage. */
class ResultsWorkbookReasonTest {
    private static CompanyYear row(double ni, double adjusted) {
        return new CompanyYear("Oracle", 2027, Status.SCENARIO, 50.0, 80.0, 20.0, 10.0, 20.0, 10.0, 10.0, 0.125, ni,
                adjusted, null, 5.0, null, Overstatement.of(ni, adjusted), null, 0, BreakEvenStatus.NOT_APPLICABLE,
                5);
    }

    @Test
    void aSmallAdjustedNetIncomeReadsAsItsShareOfNetIncome() {
        // 1.3 of 10 = 13 % of net income, under the default 20 %.
        assertEquals("n/m: adjusted net income is 13 % of net income, under the threshold",
                ResultsWorkbookWriter.reason(row(10, 1.3)));
        assertEquals("adjusted loss", ResultsWorkbookWriter.reason(row(10, -1)));
        assertEquals("n/m: net income is not positive", ResultsWorkbookWriter.reason(row(-2, 1)));
        assertEquals("", ResultsWorkbookWriter.reason(row(10, 5)));
    }
}
