package org.capexlens.io;

import org.capexlens.io.load.DatasetReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken CSV and JSON files ({@code fixtures/broken/}) end in the exact located message a user sees, in the
 * {@code file:sheet:row:column: message} form. CSV rows count as an editor counts lines (header = row 1); JSON
 * element {@code i} of a sheet is row {@code i + 1}. Objects nested 1,000 deep and a 50 MB string are entries of the
 * malformed-input corpus ({@link MalformedCorpusTest}), with their time and heap.
 */
class BrokenFixturesTest {
    private static final String SHEETS = "companies, capex, financials, useful_lives, chip_revenue, ai_revenue, "
            + "sources";

    @TempDir
    Path dir;

    private static Path fixture(String relative) {
        return GoodFixtureCsvJsonTest.fixture(relative);
    }

    /** The errors of a load that must fail, formatted; warnings are left out. */
    private static List<String> errors(Path path) {
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(path));
        return e.messages().stream().filter(m -> m.severity() == Severity.ERROR).map(ImportMessage::format).toList();
    }

    private static List<String> errors(String fixture) {
        return errors(fixture(fixture));
    }

    // ---- CSV folders: a companies.csv, a capex.csv and the sheet in question ----------------------------------

    @Test
    void aMissingRequiredColumnNamesTheColumnAndWhatTheHeaderHas() {
        assertEquals(List.of("capex.csv:capex:1:capex_usd_b: missing required column capex_usd_b; the header row "
                + "has: company, fiscal_year, status, source; every header found is another column's, so none can stand"
                + " for it"), errors("broken/csv/missing-column"));
    }

    @Test
    void textInANumericColumnIsAnError() {
        assertEquals(List.of("capex.csv:capex:3:capex_usd_b: expected a number in USD billions, found \u201Cabc\u201D"),
                errors("broken/csv/wrong-type"));
    }

    @Test
    void notAvailableInARequiredNumberSkipsTheRowWithAWarningAndStillLoads() throws ImportException {
        ImportResult result = DatasetReader.read(fixture("broken/csv/na-required"));

        assertEquals(List.of(new CapexRow("Meta", 2023, 27.045, Status.REPORTED, "", ""),
                new CapexRow("Microsoft", 2024, 44.477, Status.REPORTED, "", "")), result.dataset().capex());
        assertEquals("capex.csv:capex:3:capex_usd_b: expected a number in USD billions, found no value "
                + "\u201Cn/a\u201D; row skipped", result.warnings().get(0).format());
    }

    @Test
    void aCompanyMissingFromTheCompaniesSheetIsAnError() {
        assertEquals(List.of("capex.csv:capex:3:company: unknown company \u201CAmazon\u201D: expected a company "
                + "listed in the companies sheet"), errors("broken/csv/unknown-company"));
    }

    @Test
    void aSourceMissingFromTheSourcesSheetIsAnError() {
        assertEquals(List.of("capex.csv:capex:3:source: unknown source \u201Cmeta-cash-flow\u201D: expected a source "
                + "id listed in the sources sheet"), errors("broken/csv/unknown-source"));
    }

    @Test
    void aSecondRowForTheSameCompanyAndYearIsAnErrorNamingTheFirst() {
        assertEquals(List.of("capex.csv:capex:5:fiscal_year: duplicate row for Meta FY2024: row 3 already has it"),
                errors("broken/csv/duplicate"));
    }

    @Test
    void negativeCapexIsAnError() {
        assertEquals(List.of("capex.csv:capex:2:capex_usd_b: capex_usd_b must not be negative, found \u201C-5\u201D"),
                errors("broken/csv/negative-capex"));
    }

    @Test
    void aUsefulLifeOfZeroOrLessIsAnError() {
        assertEquals(List.of(
                "useful_lives.csv:useful_lives:3:life_years: expected a useful life greater than 0 and at most 50 "
                        + "years, found \u201C0\u201D",
                "useful_lives.csv:useful_lives:4:life_years: expected a useful life greater than 0 and at most 50 "
                        + "years, found \u201C-1\u201D"), errors("broken/csv/life-years"));
    }

    @Test
    void aDateThatDoesNotExistIsAnError() {
        assertEquals(List.of("useful_lives.csv:useful_lives:2:effective_from: expected a date such as 2024-06-30 "
                + "(or 30 Jun 2024), found \u201C2023-02-30\u201D"), errors("broken/csv/impossible-date"));
    }

    @Test
    void everyAcceptedDateFormLoadsToTheSameDay() throws ImportException {
        ImportResult result = DatasetReader.read(fixture("edge/csv/date-formats"));

        LocalDate day = LocalDate.of(2020, 7, 1);
        assertEquals(List.of(new UsefulLifeChange("Meta", "iso", day, 5, null, "", "", ""),
                new UsefulLifeChange("Meta", "slashes", day, 5, null, "", "", ""),
                new UsefulLifeChange("Meta", "dots", day, 5, null, "", "", ""),
                new UsefulLifeChange("Meta", "day month year", day, 5, null, "", "", ""),
                new UsefulLifeChange("Meta", "month day year", day, 5, null, "", "", "")),
                result.dataset().usefulLives());
    }

    @Test
    void aRunRateWithoutItsDateIsAnError() {
        assertEquals(List.of("ai_revenue.csv:ai_revenue:3:period_end: a run-rate is a snapshot at a date: expected "
                + "the date in period_end, found an empty cell"), errors("broken/csv/run-rate-no-period"));
    }

    @Test
    void aQuotedLineBreakInANoteKeepsTheRowNumbersAfterItRight() {
        // The note of the record on line 2 goes on to line 3, so the row with "abc" is on line 5, as in an editor.
        assertEquals(List.of("capex.csv:capex:5:capex_usd_b: expected a number in USD billions, found \u201Cabc\u201D"),
                errors("broken/csv/quoted-newline"));
    }

    @Test
    void aQuotedLineBreakIsKeptInTheNote() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data"));
        Files.copy(fixture("broken/csv/quoted-newline/companies.csv"), folder.resolve("companies.csv"));
        String capex = Files.readString(fixture("broken/csv/quoted-newline/capex.csv"));
        // Without the broken last row, and with Windows line ends, the file loads.
        Files.writeString(folder.resolve("capex.csv"),
                capex.substring(0, capex.indexOf("Microsoft")).replace("\n", "\r\n"));

        List<CapexRow> rows = DatasetReader.read(folder).dataset().capex();

        assertEquals("Purchases of property and equipment\r\n(first line of the note above; this is its second)",
                rows.get(0).note());
        assertEquals(2, rows.size());
    }

    @Test
    void aQuoteThatIsNeverClosedNamesTheRowItOpenedOn() {
        assertEquals(List.of("capex.csv:capex:3:note: the quote opened at row 3 is never closed: add the closing "
                + "quote, or double a quote meant as text (\"\")"), errors("broken/csv/unterminated-quote/capex.csv"));
    }

    @Test
    void aCsvFileWithoutHeaderWhoseNameSaysNothingIsRefused() {
        assertEquals(List.of("my-data.csv::1:: cannot tell which sheet my-data.csv holds: its name is none of "
                + SHEETS + ", and its first row (Meta, 2023, 27.045, reported) lacks the required columns of every "
                + "sheet. Name the file after its sheet (e.g. capex.csv) or start it with the header row of one: "
                + "companies (company, fiscal_year_end_month, role); capex (company, fiscal_year, capex_usd_b); "
                + "financials (company, fiscal_year); useful_lives (company, effective_from, life_years); "
                + "chip_revenue (vendor, fiscal_year); ai_revenue (entity, revenue_usd_b, basis); sources (source, "
                + "title); claims (claim, who, what); gpu_prices (date, gpu_model, usd_per_hour, contract_type)"), errors("broken/csv/my-data.csv"));
    }

    // ---- JSON ---------------------------------------------------------------------------------------------------

    @Test
    void jsonTextForANumberIsAnErrorAtItsElement() {
        assertEquals(List.of("wrong-type-string.json:capex:2:capex_usd_b: expected a number in USD billions, found "
                + "\u201Cabc\u201D"), errors("broken/json/wrong-type-string.json"));
    }

    @Test
    void jsonObjectForANumberIsAnErrorAtItsElement() {
        assertEquals(List.of("wrong-type-object.json:capex:2:capex_usd_b: expected a number or text, found an "
                + "object"), errors("broken/json/wrong-type-object.json"));
    }

    @Test
    void jsonArrayAtTheTopIsRefused() {
        assertEquals(List.of("top-level-array.json:::: expected an object whose members are the sheets (" + SHEETS
                + "), found an array"), errors("broken/json/top-level-array.json"));
    }

    @Test
    void malformedJsonSaysWhereTheCommaIsMissing() {
        // Line 7 starts the second row object at column 5 without a comma after the first.
        assertEquals(List.of("missing-comma.json:capex:1:: the file is not valid JSON: a comma is missing before "
                + "line 7, column 5"), errors("broken/json/missing-comma.json"));
    }

    @Test
    void jsonArraysNestedAThousandLevelsDeepInsideARowAreRefusedAtTheFirst() throws IOException {
        Path f = dir.resolve("deep-row.json");
        Files.writeString(f, "{\"capex\": [{\"note\": " + "[".repeat(1000) + "]".repeat(1000) + "}]}");

        assertEquals(List.of("deep-row.json:capex:1:note: expected a number or text, found an array"), errors(f));
    }
}
