package org.capexlens.io.xlsx;

import static org.capexlens.io.xlsx.RawXlsx.is;
import static org.capexlens.io.xlsx.RawXlsx.n;
import static org.capexlens.io.xlsx.RawXlsx.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.capexlens.domain.SheetNames;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.GoodFixture;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {
    private static final Path GOOD = GoodFixture.DIR.resolve("good.xlsx");
    private static final Path WORKBOOKS = Path.of("src/test/resources/fixtures/workbooks");

    @TempDir
    Path tmp;

    @Test
    void goodWorkbookLoadsToTheCanonicalDatasetWithoutWarnings() throws ImportException {
        ImportResult result = DatasetReader.read(GOOD);
        assertEquals(GoodFixture.expected(), result.dataset());
        assertEquals(List.of(), result.warnings());
        assertEquals("good.xlsx", result.fileName());
    }

    @Test
    void inlineStringsLoadLikeSharedStrings() throws ImportException {
        ImportResult result = DatasetReader.read(WORKBOOKS.resolve("inline-strings.xlsx"));
        assertEquals(GoodFixture.expected(), result.dataset());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void formulaWithSavedResultLoadsTheSavedNumber() throws ImportException {
        // capex!C6 holds =27045/1000 with its saved result 27.045; the reader never calculates.
        ImportResult result = DatasetReader.read(WORKBOOKS.resolve("formula-cached.xlsx"));
        assertEquals(GoodFixture.expected(), result.dataset());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void passesOnEverySheetInWorkbookOrderReadmeIncluded() throws ImportException {
        RecordingSink sink = new RecordingSink();
        XlsxReader.read(GOOD, sink);
        assertEquals(List.of("README", "companies", "capex", "financials", "useful_lives", "chip_revenue",
                "ai_revenue", "sources"), sink.names());
        assertTrue(sink.sheets.stream().allMatch(s -> s.ended));
        RecordingSink.Sheet capex = sink.sheet(SheetNames.CAPEX);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), capex.rows.stream().map(RecordingSink.Row::number).toList());
        // Row 3: Microsoft 2023 28.107 reported msft-cf, with an empty note (no cell) at the end.
        assertEquals(List.of(RawCell.text("Microsoft"), RawCell.number(2023), RawCell.number(28.107),
                RawCell.text("reported"), RawCell.text("msft-cf")), capex.rows.get(2).cells());
    }

    @Test
    void classifiesEveryKindOfCellExactly() throws Exception {
        Path file = tmp.resolve("cells.xlsx");
        new RawXlsx().sharedStrings("shared").sheet("cells", String.join("",
                row(1,
                        "<c r=\"A1\" t=\"s\"><v>0</v></c>",
                        // rich text runs are joined; the phonetic guide (rPh) is not part of the text
                        "<c r=\"B1\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r>"
                                + "<rPh sb=\"0\" eb=\"1\"><t>IN</t></rPh></is></c>",
                        "<c r=\"C1\" t=\"str\"><f>A1&amp;\"x\"</f><v>sharedx</v></c>",
                        n("D1", "0.30000000000000004"),
                        "<c r=\"E1\" s=\"3\"><v>1234.5678</v></c>",
                        "<c r=\"F1\" s=\"1\"><v>45473</v></c>",
                        "<c r=\"G1\" s=\"2\"><v>45473.75</v></c>",
                        "<c r=\"H1\" t=\"b\"><v>1</v></c>",
                        "<c r=\"I1\" t=\"e\"><v>#N/A</v></c>",
                        "<c r=\"J1\"><f>SUM(D1:E1)</f></c>",
                        "<c r=\"K1\" t=\"d\"><v>2024-06-30T00:00:00</v></c>",
                        "<c r=\"L1\" s=\"1\"><f>F1+1</f><v>45474</v></c>"),
                row(3, n("B3", "7")),
                "<row r=\"4\" s=\"3\" customFormat=\"1\"><c r=\"A4\" s=\"3\"/><c r=\"B4\" t=\"inlineStr\"><is><t> "
                        + "</t></is></c></row>",
                "<row><c t=\"inlineStr\"><is><t>no reference</t></is></c><c><v>2</v></c></row>",
                row(6, "<c r=\"A6\"><f t=\"shared\" ref=\"A6:B6\" si=\"0\">D1*2</f></c>",
                        "<c r=\"B6\"><f t=\"shared\" si=\"0\"/></c>"))).write(file);

        RecordingSink sink = new RecordingSink();
        XlsxReader.read(file, sink);

        List<RecordingSink.Row> rows = sink.sheet("cells").rows;
        assertEquals(List.of(1, 3, 5, 6), rows.stream().map(RecordingSink.Row::number).toList());
        LocalDate june30 = LocalDate.of(2024, 6, 30);
        assertEquals(List.of(
                RawCell.text("shared"),
                RawCell.text("inline"),
                RawCell.text("sharedx"),
                RawCell.number(0.1 + 0.2),
                RawCell.number(1234.5678),
                new RawCell(RawCell.Kind.DATE, "2024-06-30", 45473, june30),
                new RawCell(RawCell.Kind.DATE, "2024-06-30", 45473.75, june30),
                RawCell.bool(true),
                RawCell.error("#N/A"),
                RawCell.formulaWithoutValue("=SUM(D1:E1)"),
                new RawCell(RawCell.Kind.DATE, "2024-06-30", 0, june30),
                new RawCell(RawCell.Kind.DATE, "2024-07-01", 45474, LocalDate.of(2024, 7, 1))), rows.get(0).cells());
        assertEquals(List.of(RawCell.BLANK, RawCell.number(7)), rows.get(1).cells(), "gap before B3 is blank");
        assertEquals(List.of(RawCell.text("no reference"), RawCell.number(2)), rows.get(2).cells(),
                "a row and cells without a reference follow the previous ones");
        assertEquals(List.of(RawCell.formulaWithoutValue("=D1*2"), RawCell.formulaWithoutValue("=D1*2")),
                rows.get(3).cells(), "a cell of a shared formula is named by the formula it shares");
    }

    @Test
    void sharedFormulaWhoseMasterIsUnknownIsNamedByAnEllipsis() throws Exception {
        Path file = tmp.resolve("orphan.xlsx");
        new RawXlsx().sheet("cells", row(1, "<c r=\"A1\"><f t=\"shared\" si=\"7\"/></c>")).write(file);
        RecordingSink sink = new RecordingSink();
        XlsxReader.read(file, sink);
        assertEquals(List.of(RawCell.formulaWithoutValue("=\u2026")), sink.sheet("cells").rows.get(0).cells());
    }

    @Test
    void datesOfA1904WorkbookCountFrom1904() throws Exception {
        Path file = tmp.resolve("mac.xlsx");
        new RawXlsx().date1904().sheet("dates", row(1, "<c r=\"A1\" s=\"1\"><v>43646</v></c>")).write(file);
        RecordingSink sink = new RecordingSink();
        XlsxReader.read(file, sink);
        // 1904-01-01 plus 43,646 days; the same serial in the 1900 system would be 2019-06-30.
        assertEquals(List.of(new RawCell(RawCell.Kind.DATE, "2023-07-01", 43646, LocalDate.of(2023, 7, 1))),
                sink.sheet("dates").rows.get(0).cells());
    }

    @Test
    void cellTextIsCutAtExcelsLimit() throws Exception {
        Path file = tmp.resolve("long.xlsx");
        new RawXlsx().sheet("long", row(1, is("A1", "x".repeat(40_000)))).write(file);
        RecordingSink sink = new RecordingSink();
        XlsxReader.read(file, sink);
        assertEquals(32_767, sink.sheet("long").rows.get(0).cells().get(0).text().length());
    }

    @Test
    void formattedButEmptyRowsAreNotPassedOn() throws Exception {
        Path file = tmp.resolve("formatted.xlsx");
        FixtureGenerator.writeWithEmptyRows(file, 1_000);
        RecordingSink sink = new RecordingSink();
        XlsxReader.read(file, sink);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8),
                sink.sheet(SheetNames.CAPEX).rows.stream().map(RecordingSink.Row::number).toList());
    }

    @Test
    void sharedStringIndexBeyondTheTableIsDamage() throws Exception {
        Path file = tmp.resolve("bad-index.xlsx");
        new RawXlsx().sharedStrings("only").sheet("companies", row(1, "<c r=\"A1\" t=\"s\"><v>5</v></c>"))
                .write(file);
        assertRefused(file, "bad-index.xlsx:::: bad-index.xlsx is damaged or incomplete (perhaps cut off while "
                + "copying or downloading) and could not be read as a workbook; nothing was loaded");
    }

    @Test
    void malformedSheetXmlIsDamage() throws Exception {
        Path file = tmp.resolve("malformed.xlsx");
        new RawXlsx().sheet("companies", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>").write(file);
        assertRefused(file, "malformed.xlsx:::: malformed.xlsx is damaged or incomplete (perhaps cut off while "
                + "copying or downloading) and could not be read as a workbook; nothing was loaded");
    }

    @Test
    void binaryWorkbookIsNamed() throws Exception {
        Path file = tmp.resolve("book.xlsb");
        new RawXlsx().workbookContentType("application/vnd.ms-excel.sheet.binary.macroEnabled.main")
                .sheet("companies", "").write(file);
        assertRefused(file, "book.xlsb:::: book.xlsb is an Excel binary workbook (.xlsb), which CapexLens cannot "
                + "read; open it in Excel and save it as .xlsx");
    }

    @Test
    void strictOpenXmlIsNamed() throws Exception {
        Path file = tmp.resolve("strict.xlsx");
        new RawXlsx().strict().sheet("companies", "").write(file);
        assertRefused(file, "strict.xlsx:::: strict.xlsx was saved as ‘Strict Open XML Spreadsheet’, which CapexLens "
                + "cannot read; open it in Excel and save it as an ordinary Excel Workbook (.xlsx)");
    }

    @Test
    void openDocumentSpreadsheetIsReadAsOneSinceIssue15() throws Exception {
        Path file = tmp.resolve("sheet.ods");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (String[] e : new String[][] {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                {"content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"},
                {"settings.xml", "<office:document-settings/>"}}) {
                zip.putNextEntry(new ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        // Read by io.ods: a spreadsheet without tables holds none of the sheets.
        assertRefused(file, "sheet.ods:::: " + org.capexlens.text.Messages.get("import.file.noSheets",
                String.join(", ", org.capexlens.domain.SheetNames.ALL)));
    }

    @Test
    void tooManyPartsAreRefusedBeforeOpening() throws Exception {
        Path file = tmp.resolve("parts.xlsx");
        new RawXlsx().sheet("companies", "").extraParts(10_000).write(file);
        assertRefused(file, "parts.xlsx:::: parts.xlsx was not opened: it holds more than 10000 internal parts, far "
                + "more than any workbook needs. It may be damaged or built to exhaust memory; nothing was loaded");
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
        assertSame(bug, assertThrows(IllegalStateException.class, () -> XlsxReader.read(GOOD, failing)));
    }

    private static void assertRefused(Path file, String message) {
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(file));
        assertEquals(ImportException.Kind.INVALID, e.kind());
        assertEquals(List.of(message), e.messages().stream().map(ImportMessage::format).toList());
    }
}
