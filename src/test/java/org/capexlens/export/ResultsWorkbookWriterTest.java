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
import org.capexlens.scenario.PublishedInputs;
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
            assertEquals(List.of("companies", "ratio", "revenue_gap", "backtest", "bain", "calendar", "sensitivity",
                    "assumptions", "sources", "calibration"), sheetNames(wb));
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

    @Test
    void theBainSheetAndThePublishedRowsSayTheirBasis() throws Exception {
        ChartInputs in = SampleChartInputs.create();
        ModelResult r = in.result();
        PublishedInputs sequoia = new PublishedInputs(PublishedInputs.Method.SEQUOIA, 2023, 50.0, null, 75.0, 200.0,
                125.0, "https://example.org/s", "");
        ModelResult withPublished = new ModelResult(r.scenario(), r.companies(), r.ratio(), r.revenueGap(),
                r.backtest(), List.of(new ModelResult.BainRow(2024, 94, 0.25, 376, 10, 366)),
                new ModelResult.PublishedFigures(sequoia, 4, 200, 125.0));
        byte[] bytes = ResultsWorkbookWriter.write(withPublished, in.dataset(), in.heatmap(), "CapexLens test");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet gap = wb.getSheet("revenue_gap");
            assertEquals("basis", gap.getRow(0).getCell(5).getStringCellValue());
            assertEquals("stated_gap", gap.getRow(0).getCell(7).getStringCellValue());
            assertEquals("dataset", gap.getRow(1).getCell(5).getStringCellValue());
            Row published = gap.getRow(r.revenueGap().size() + 1);
            assertEquals("published", published.getCell(5).getStringCellValue());
            assertEquals(2023, published.getCell(0).getNumericCellValue(), 0);
            assertEquals(200, published.getCell(2).getNumericCellValue(), 0);
            assertEquals(125, published.getCell(4).getNumericCellValue(), 0);
            assertEquals(125, published.getCell(7).getNumericCellValue(), 0);
            assertEquals("https://example.org/s", published.getCell(8).getStringCellValue());
            Sheet bain = wb.getSheet("bain");
            assertEquals(List.of("year", "capex", "intensity", "required_revenue", "ai_revenue", "shortfall", "basis"),
                    headers(bain));
            assertEquals(376, bain.getRow(1).getCell(3).getNumericCellValue(), 0);
            assertEquals("dataset", bain.getRow(1).getCell(6).getStringCellValue());
            assertEquals(1, bain.getLastRowNum(), "no Bain inputs were published");
        }
    }

    private static List<String> headers(Sheet sheet) {
        List<String> out = new java.util.ArrayList<>();
        sheet.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
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
