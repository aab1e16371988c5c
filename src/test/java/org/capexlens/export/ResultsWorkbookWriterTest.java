package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.calc.ModelResult;
import org.capexlens.chart.ChartInputs;
import org.capexlens.chart.SampleChartInputs;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultsWorkbookWriterTest {

    @Test
    void workbookReloadsToTheSameNumbersAsNumericCells() throws Exception {
        ChartInputs in = SampleChartInputs.create();
        ModelResult result = in.result();
        byte[] bytes = ResultsWorkbookWriter.write(result, in.dataset(), in.heatmap(), "CapexLens test");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(List.of("companies", "ratio", "revenue_gap", "backtest", "sensitivity", "assumptions",
                    "sources"), sheetNames(wb));
            Sheet companies = wb.getSheet("companies");
            assertEquals(result.companies().size(), companies.getLastRowNum());
            ModelResult.CompanyYear first = result.companies().get(0);
            Row row = companies.getRow(1);
            assertEquals(first.company(), row.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
            assertEquals(first.fiscalYear(), (int) row.getCell(1).getNumericCellValue());
            assertEquals(first.deltaDepreciation(), row.getCell(8).getNumericCellValue(), 0);
            assertEquals(first.adjustedOperatingMargin(), row.getCell(10).getNumericCellValue(), 0);
            assertEquals("0.0%", row.getCell(10).getCellStyle().getDataFormatString());

            Sheet ratio = wb.getSheet("ratio");
            assertEquals(2024, (int) ratio.getRow(2).getCell(0).getNumericCellValue());
            assertEquals(105.6, ratio.getRow(2).getCell(1).getNumericCellValue(), 0);

            Sheet backtest = wb.getSheet("backtest");
            assertEquals(3.7, backtest.getRow(1).getCell(4).getNumericCellValue(), 0);
            assertEquals(-0.135, backtest.getRow(1).getCell(6).getNumericCellValue(), 0);

            Sheet grid = wb.getSheet("sensitivity");
            assertEquals(in.heatmap().values()[2][3], grid.getRow(4).getCell(4).getNumericCellValue(), 0);

            Sheet assumptions = wb.getSheet("assumptions");
            assertEquals("policy", assumptions.getRow(5).getCell(0).getStringCellValue());
            assertEquals("as reported", assumptions.getRow(5).getCell(1).getStringCellValue());
            assertNotNull(wb.getSheet("sources").getRow(1));
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '=HYPERLINK(""http://evil"")', '''=HYPERLINK(""http://evil"")'
            '+1+2',                        '''+1+2'
            '-2+3',                        '''-2+3'
            '@SUM(A1)',                    '''@SUM(A1)'
            'Meta',                        'Meta'
            """)
    void formulaLikeTextIsNeutralised(String input, String expected) {
        assertEquals(expected, ResultsWorkbookWriter.safeText(input));
    }

    @Test
    void injectedSourceTitleStaysTextInTheWorkbook() throws Exception {
        ChartInputs in = SampleChartInputs.create();
        Dataset evil = new Dataset(in.dataset().companies(), in.dataset().capex(), List.of(), List.of(), List.of(),
                List.of(), List.of(new Source("s1", "=cmd|' /C calc'!A0", "https://example.org", null, null, "")));
        byte[] bytes = ResultsWorkbookWriter.write(in.result(), evil, null, "CapexLens test");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var cell = wb.getSheet("sources").getRow(1).getCell(1);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("'=cmd|' /C calc'!A0", cell.getStringCellValue());
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new java.util.ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }
}
