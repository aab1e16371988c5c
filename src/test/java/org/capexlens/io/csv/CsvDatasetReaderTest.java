package org.capexlens.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.RawCell;
import org.capexlens.io.Severity;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDatasetReaderTest {
    private static final String NOTE = "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u2013 5 \u20ac \u201Cquoted\u201D";

    @TempDir
    Path dir;

    /** Writes down every call a reader makes, as text. */
    static final class Recorder implements WorkbookSink {
        final List<String> calls = new ArrayList<>();
        final List<ImportMessage> messages = new ArrayList<>();

        @Override
        public SheetSink startSheet(String sheetName, boolean decimalComma) {
            throw new AssertionError("the CSV reader names the file of every sheet");
        }

        @Override
        public SheetSink startSheet(String sheetName, boolean decimalComma, String fileName) {
            calls.add("sheet " + sheetName + (decimalComma ? " (decimal comma)" : "") + " from " + fileName);
            return new SheetSink() {
                @Override
                public void row(int rowNumber, List<RawCell> cells) {
                    calls.add(rowNumber + ": " + cells.stream()
                            .map(c -> c.kind() == RawCell.Kind.BLANK ? "_" : c.kind() + " " + c.text())
                            .collect(Collectors.joining(" | ")));
                }

                @Override
                public void end() {
                    calls.add("end");
                }
            };
        }

        @Override
        public void add(ImportMessage message) {
            messages.add(message);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Recorder read(Path path) throws ImportException {
        Recorder r = new Recorder();
        CsvDatasetReader.read(path, r);
        return r;
    }

    private static String firstError(Path path) {
        return assertThrows(ImportException.class, () -> read(path)).firstError().format();
    }

    @Test
    void aFileNamedAfterASheetIsThatSheetAndEveryFieldIsText() throws Exception {
        Path f = write("capex.csv", "company,fiscal_year,capex_usd_b\nMeta,2024,37.256\n\nMicrosoft,,\n");

        assertEquals(List.of("sheet capex from capex.csv", "1: TEXT company | TEXT fiscal_year | TEXT capex_usd_b",
                "2: TEXT Meta | TEXT 2024 | TEXT 37.256", "3: _", "4: TEXT Microsoft | _ | _", "end"), read(f).calls);
    }

    @Test
    void aFileNamedByAnAliasPassesItsOwnNameOn() throws Exception {
        Path f = write("Capital Expenditure.CSV", "company;fiscal_year;capex_usd_b\n");

        assertEquals("sheet Capital Expenditure (decimal comma) from Capital Expenditure.CSV", read(f).calls.get(0));
    }

    @Test
    void aFileWhoseNameSaysNothingIsTheSheetItsHeaderNames() throws Exception {
        Path f = write("my-data.csv", "\n\ncompany\tfiscal year\tCapex ($B)\tnote\nMeta\t2024\t37.256\t\"a\tb\"\n");

        assertEquals(List.of("sheet capex from my-data.csv",
                "3: TEXT company | TEXT fiscal year | TEXT Capex ($B) | TEXT note",
                "4: TEXT Meta | TEXT 2024 | TEXT 37.256 | TEXT a\tb", "end"), read(f).calls);
    }

    @Test
    void aFileWithNoRowsAndANameThatSaysNothingIsRefused() throws Exception {
        Path f = write("data.csv", "\n \n");

        assertEquals("data.csv:::: cannot tell which sheet data.csv holds: its name is none of companies, capex, "
                + "financials, useful_lives, chip_revenue, ai_revenue, sources, and it has no rows. Name the file "
                + "after its sheet (e.g. capex.csv) or start it with the header row of one: companies (company, "
                + "fiscal_year_end_month, role); capex (company, fiscal_year, capex_usd_b); financials (company, "
                + "fiscal_year); useful_lives (company, effective_from, life_years); chip_revenue (vendor, "
                + "fiscal_year); ai_revenue (entity, revenue_usd_b, basis); sources (source, title); claims (claim, who, what); "
                + "gpu_prices (date, gpu_model, usd_per_hour, contract_type)", firstError(f));
    }

    @Test
    void aFolderIsReadInDesignOrderSkippingOtherFilesAndNamingEachCsvFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data"));
        Files.writeString(folder.resolve("sources.csv"), "source,title\ns1,T\n");
        Files.writeString(folder.resolve("capex.csv"), "company\n");
        Files.writeString(folder.resolve("companies.csv"), "company\n");
        Files.writeString(folder.resolve("notes.csv"), "\"never closed\n");
        Files.writeString(folder.resolve("README.txt"), "not a csv file");
        Files.writeString(folder.resolve("._capex.csv"), "\u0000\u0001 resource fork");
        Files.createDirectory(folder.resolve("old.csv"));

        assertEquals(List.of("sheet companies from companies.csv", "1: TEXT company", "end",
                "sheet capex from capex.csv", "1: TEXT company", "end",
                "sheet sources from sources.csv", "1: TEXT source | TEXT title", "2: TEXT s1 | TEXT T", "end",
                "sheet notes from notes.csv", "end"), read(folder).calls);
    }

    @Test
    void aFolderWithoutCsvFilesIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(folder.resolve("capex.xlsx"), "x");

        assertEquals("empty:::: the folder empty holds no .csv files; expected files named after the sheets: "
                + "companies, capex, financials, useful_lives, chip_revenue, ai_revenue, sources", firstError(folder));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8, ''", "UTF-8, EFBBBF", "UTF-16LE, FFFE", "UTF-16BE, FEFF"})
    void decodesUnicodeWithOrWithoutAByteOrderMark(String charset, String bomHex) throws Exception {
        byte[] bom = HexFormat.of().parseHex(bomHex);
        byte[] text = ("company,note\r\nMeta,\"" + NOTE + "\"\r\n").getBytes(Charset.forName(charset));
        Path f = dir.resolve("capex.csv");
        Files.write(f, concat(bom, text));

        Recorder r = read(f);

        assertEquals(List.of("sheet capex from capex.csv", "1: TEXT company | TEXT note", "2: TEXT Meta | TEXT "
                + NOTE, "end"), r.calls);
        assertEquals(List.of(), r.messages);
    }

    @Test
    void readsAFileThatIsNotUtf8AsWindows1252WithAWarning() throws Exception {
        Path f = dir.resolve("capex.csv");
        Files.write(f, ("company,note\nMicrosoft,plain\nMeta,\"" + NOTE + "\"\n").getBytes(Charset.forName(
                "windows-1252")));

        Recorder r = read(f);

        assertEquals("3: TEXT Meta | TEXT " + NOTE, r.calls.get(3));
        assertEquals(List.of("capex.csv:::: capex.csv is not UTF-8 text (line 3 has the first byte that is not), "
                + "so it was read as Windows-1252 (Western European); if letters look wrong, save it as CSV UTF-8"),
                r.messages.stream().map(ImportMessage::format).toList());
    }

    @Test
    void bytesThatAreNotUtf16AfterAUtf16MarkAreRefusedWithTheirLine() throws Exception {
        Path f = dir.resolve("capex.csv");
        byte[] good = "company\nMeta\n".getBytes(StandardCharsets.UTF_16LE);
        // a lone low surrogate on line 3
        Files.write(f, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, good, new byte[] {0x00, (byte) 0xDC, 'x', 0}));

        assertEquals("capex.csv::3:: the file starts with a UTF-16 byte-order mark, but line 3 holds bytes that "
                + "are not UTF-16 text", firstError(f));
    }

    @Test
    void aFieldOverOneMillionCharactersIsALocatedError() throws Exception {
        Path f = write("capex.csv", "company,note\nMeta,ok\nMeta," + "x".repeat(1_000_001) + "\n");

        assertEquals("capex.csv:capex:3:note: the cell holds more than 1,000,000 characters, more than CapexLens "
                + "reads in one cell", firstError(f));
    }

    @Test
    void aQuoteLeftOpenInALongFileIsFoundAtTheLimitNotAtTheEnd() throws Exception {
        Path f = write("capex.csv", "company,note\nMeta,\"open\n" + "Meta,filler\n".repeat(200_000));

        assertEquals("capex.csv:capex:2:note: the quote opened at row 2 is not closed within 1,000,000 "
                + "characters; is a closing quote missing?", firstError(f));
    }

    @Test
    void tooManyColumnsIsALocatedError() throws Exception {
        Path f = write("capex.csv", "company\n" + ",".repeat(20_000) + "\n");

        assertEquals("capex.csv:capex:2:: the row has more than 16,384 columns", firstError(f));
    }

    @Test
    void aMissingFileIsAnIoError() {
        Path f = dir.resolve("gone.csv");
        ImportException e = assertThrows(ImportException.class, () -> read(f));

        assertEquals(ImportException.Kind.IO, e.kind());
        assertEquals("gone.csv:::: there is no file at " + f, e.firstError().format());
    }

    @Test
    void theDatasetReaderSendsAFolderAndAnyTextFileHere() throws Exception {
        Path f = write("figures.txt", "company,fiscal_year,capex_usd_b\nMeta,2024,37.256\n");

        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(f));

        // Read as the capex sheet (told by its header): the only error is that one file holds one sheet, and how to
        // give the companies sheet every dataset needs.
        assertEquals(List.of("figures.txt:::: figures.txt holds only the capex sheet, but every dataset also needs "
                + "a companies sheet. Save each sheet as a CSV file named after it (companies.csv, capex.csv \u2026), "
                + "put the files in one folder and open the folder"),
                e.messages().stream().filter(m -> m.severity() == Severity.ERROR).map(ImportMessage::format)
                        .toList());
        assertEquals("figures.txt:capex:1:status: no status column: every row is taken as reported",
                e.messages().get(0).format());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"good/csv, CSV_FOLDER", "good/capex-semicolon.csv, CSV", "good/capex-utf16.csv, CSV",
        "good/good.json, JSON", "broken/json/top-level-array.json, JSON", "broken/csv/my-data.csv, CSV"})
    void theDatasetReaderSendsEachFixtureToTheRightReader(String fixture, DatasetReader.Format format)
            throws Exception {
        Path path = Path.of(CsvDatasetReaderTest.class.getResource("/fixtures/" + fixture).toURI());

        assertEquals(format, DatasetReader.detect(path, path.getFileName().toString()));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
