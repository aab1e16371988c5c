package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.capexlens.calc.ModelResult;
import org.capexlens.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyCsvTest {
    private static final String HEADER = "company,fiscal_year,status,capex,revenue,operating_income,"
            + "depreciation_reported_policy,depreciation_scenario,delta_depreciation,adjusted_operating_income,"
            + "adjusted_operating_margin,net_income,adjusted_net_income,earnings_overstatement,maintenance_capex,"
            + "break_even_life_years,earnings_overstatement_status,fiscal_year_end_month,"
            + "understated_depreciation_share,catch_up_write_off,run_rate_delta_depreciation,break_even_status\r\n";

    @Test
    void anEmptyTableIsTheHeaderRow() {
        assertEquals(HEADER, CompanyCsv.toCsv(List.of()));
    }

    @Test
    void writesOneRowPerCompanyYearWithEmptyCellsForUnknownFigures() {
        List<ModelResult.CompanyYear> rows = List.of(
                new ModelResult.CompanyYear("Meta", 2028, Status.SCENARIO, 120.5, 250.0, 90.0, 40.0, 55.0, 15.0,
                        75.0, 0.3, 70.0, 58.15, 0.2, 30.0, 4.5),
                new ModelResult.CompanyYear("Oracle, Inc.", 2024, Status.REPORTED, null, null, -1.25, 1.0, 2.0,
                        1.0, null, null, null, null, Double.NaN, 0.00001, null),
                // issue 10: adjusted net income below zero is a status, not a percentage
                new ModelResult.CompanyYear("Oracle", 2027, Status.SCENARIO, 50.0, 80.0, 20.0, 10.0, 30.0, 20.0,
                        0.0, 0.0, 10.0, -6.0, null, 12.0, null));
        assertEquals(HEADER
                + "Meta,2028,scenario,120.5,250,90,40,55,15,75,0.3,70,58.15,0.2,30,4.5,,12,,0,15,solved\r\n"
                + "\"Oracle, Inc.\",2024,reported,,,-1.25,1,2,1,,,,,,0.00001,,,12,,0,1,no_operating_income\r\n"
                + "Oracle,2027,scenario,50,80,20,10,30,20,0,0,10,-6,,12,,adjusted_loss,12,,0,20,no_operating_income\r\n",
                CompanyCsv.toCsv(rows));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Meta                | Meta
            =HYPERLINK("x")     | "'=HYPERLINK(""x"")"
            +1                  | '+1
            -2                  | '-2
            @SUM(A1)            | '@SUM(A1)
            a,b                 | `"a,b"`
            """)
    void textCellsAreQuotedAndNeutralisedAgainstFormulas(String cell, String expected) {
        assertEquals(expected, CompanyCsv.text(cell));
    }

    @Test
    void quotesTabsAndLineBreaks() {
        assertEquals("", CompanyCsv.text(""));
        assertEquals("\"say \"\"hi\"\"\"", CompanyCsv.text("say \"hi\""));
        assertEquals("'\tx", CompanyCsv.text("\tx"));
        assertEquals("\"a\nb\"", CompanyCsv.text("a\nb"));
        assertEquals("\"'\rx\"", CompanyCsv.text("\rx"));
    }

    @Test
    void numbersUseAPointAndNoExponent() {
        assertEquals("12345678.9", CompanyCsv.number(1.23456789e7));
        assertEquals("0.0000001", CompanyCsv.number(1e-7));
        assertEquals("-3", CompanyCsv.number(-3.0));
        assertEquals("", CompanyCsv.number(Double.POSITIVE_INFINITY));
        assertEquals("", CompanyCsv.number(null));
    }
}
