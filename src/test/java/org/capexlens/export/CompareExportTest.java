package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.domain.Dataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The compared scenarios reach the exports (issue 11): the compare sheet and the Compare charts' lines. */
class CompareExportTest {

    @Test
    void comparedScenariosGiveACompareSheetAndOneLinePerScenario() throws ImportException, IOException {
        Dataset good = DatasetReader.read(Path.of("src/test/resources/fixtures/good/good.json")).dataset();
        Scenario base = Scenario.defaults();
        Scenario burry = base.toBuilder().name("Burry").policy(new DepreciationPolicy.Uniform(2.5)).build();
        ModelResult result = EconomicsModel.compute(good, base);
        ExportContext context = new ExportContext(good, "good.json", "/data/good.json", ExportServiceTest.SHA, base,
                ChartSettings.defaults(result).withCompared(List.of(burry)), Locale.US, "test");
        ExportService service = new ExportService(context, result);
        assertEquals(2, service.charts().chart(ChartId.COMPARE_RATIO).getXYPlot().getDataset().getSeriesCount());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(service.renderWorkbook()))) {
            Sheet sheet = wb.getSheet("compare");
            Row head = sheet.getRow(0);
            assertEquals("As reported", head.getCell(3).getStringCellValue());
            assertEquals("Burry", head.getCell(4).getStringCellValue());
            assertEquals("Δ Burry", head.getCell(5).getStringCellValue());
            Row delta = sheet.getRow(1);
            assertEquals("delta_depreciation_usd_b", delta.getCell(0).getStringCellValue());
            assertEquals(0.0, delta.getCell(3).getNumericCellValue(), 1e-12, "the reported policy against itself");
            // Calendar years, as on the Overview (issue 14).
            double burryDelta = org.capexlens.calc.CalendarTotals.sumCovered(
                    EconomicsModel.compute(good, burry).calendar(),
                    org.capexlens.calc.CalendarTotals.Row::deltaDepreciation, 2026, 2028);
            assertEquals(burryDelta, delta.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(burryDelta, delta.getCell(5).getNumericCellValue(), 1e-9);
            assertTrue(burryDelta > 0, "2.5 years is shorter than the fixture's reported lives");
        }
        // Without compared scenarios the workbook has no compare sheet.
        ExportService alone = new ExportService(new ExportContext(good, "good.json", "/data/good.json",
                ExportServiceTest.SHA, base, ChartSettings.defaults(result), Locale.US, "test"), result);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(alone.renderWorkbook()))) {
            assertNull(wb.getSheet("compare"));
        }
    }
}
