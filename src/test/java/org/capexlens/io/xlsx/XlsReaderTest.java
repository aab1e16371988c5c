package org.capexlens.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.capexlens.domain.SheetNames;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.GoodFixture;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReaderTest {
    private static final Path GOOD = GoodFixture.DIR.resolve("good.xls");

    @TempDir
    Path tmp;

    @Test
    void goodWorkbookLoadsToTheCanonicalDatasetWithoutWarnings() throws ImportException {
        ImportResult result = DatasetReader.read(GOOD);
        assertEquals(GoodFixture.expected(), result.dataset());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void formulaLoadsItsSavedResult() throws ImportException {
        ImportResult result = DatasetReader.read(Path.of("src/test/resources/fixtures/workbooks/xls-formula-cached.xls"));
        assertEquals(GoodFixture.expected(), result.dataset());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void passesOnEverySheetInWorkbookOrderWithSpreadsheetRowNumbers() throws ImportException {
        RecordingSink sink = new RecordingSink();
        XlsReader.read(GOOD, sink);
        assertEquals(List.of("README", "companies", "capex", "financials", "useful_lives", "chip_revenue",
                "ai_revenue", "sources"), sink.names());
        assertTrue(sink.sheets.stream().allMatch(s -> s.ended));
        RecordingSink.Sheet lives = sink.sheet(SheetNames.USEFUL_LIVES);
        assertEquals(List.of(1, 2, 3, 4, 5), lives.rows.stream().map(RecordingSink.Row::number).toList());
        // Row 2: Microsoft servers 2010-07-01 (a date cell) 4, three empty optional cells, msft-life.
        LocalDate from = LocalDate.of(2010, 7, 1);
        assertEquals(List.of(RawCell.text("Microsoft"), RawCell.text("servers"),
                new RawCell(RawCell.Kind.DATE, "2010-07-01", 40360, from), RawCell.number(4), RawCell.BLANK,
                RawCell.BLANK, RawCell.BLANK, RawCell.text("msft-life")), lives.rows.get(1).cells());
    }

    @Test
    void classifiesEveryKindOfCellExactly() throws Exception {
        Path file = tmp.resolve("cells.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet s = wb.createSheet("cells");
            Row r = s.createRow(0);
            r.createCell(0).setCellValue("text");
            r.createCell(1).setCellValue(0.1 + 0.2);
            Cell formatted = r.createCell(2);
            formatted.setCellValue(1234.5678);
            formatted.setCellStyle(money);
            Cell day = r.createCell(3);
            day.setCellValue(45473.75);
            day.setCellStyle(date);
            r.createCell(4).setCellValue(true);
            r.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
            Cell sum = r.createCell(6);
            sum.setCellFormula("C1*4");
            Cell joined = r.createCell(7);
            joined.setCellFormula("A1&\"x\"");
            Cell nextDay = r.createCell(8);
            nextDay.setCellFormula("D1+1");
            nextDay.setCellStyle(date);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            s.createRow(2).createCell(1).setCellValue(7);
            Row styledOnly = s.createRow(3);
            styledOnly.createCell(0).setCellStyle(money);
            styledOnly.createCell(1).setCellValue(" ");
            wb.write(out);
        }

        RecordingSink sink = new RecordingSink();
        XlsReader.read(file, sink);

        List<RecordingSink.Row> rows = sink.sheet("cells").rows;
        assertEquals(List.of(1, 3), rows.stream().map(RecordingSink.Row::number).toList(),
                "row 2 does not exist and row 4 holds only a styled blank and a space");
        assertEquals(List.of(
                RawCell.text("text"),
                RawCell.number(0.1 + 0.2),
                RawCell.number(1234.5678),
                new RawCell(RawCell.Kind.DATE, "2024-06-30", 45473.75, LocalDate.of(2024, 6, 30)),
                RawCell.bool(true),
                RawCell.error("#N/A"),
                RawCell.number(4938.2712),
                RawCell.text("textx"),
                new RawCell(RawCell.Kind.DATE, "2024-07-01", 45474.75, LocalDate.of(2024, 7, 1))),
                rows.get(0).cells());
        assertEquals(List.of(RawCell.BLANK, RawCell.number(7)), rows.get(1).cells());
    }

    @Test
    void aFailureOfTheSinkIsNotBlamedOnTheFile() {
        IllegalStateException bug = new IllegalStateException("bug in the sink");
        WorkbookSink failing = (name, comma) -> new SheetSink() {
            @Override
            public void row(int rowNumber, List<RawCell> cells) {
                throw bug;
            }

            @Override
            public void end() {
                // not reached
            }
        };
        assertSame(bug, assertThrows(IllegalStateException.class, () -> XlsReader.read(GOOD, failing)));
    }
}
