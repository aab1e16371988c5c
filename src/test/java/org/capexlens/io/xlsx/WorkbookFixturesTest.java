package org.capexlens.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Dataset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.GoodFixture;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The broken workbooks of {@code fixtures/workbooks/} (made by {@link FixtureGenerator}), each with the exact
 * message a user sees. Rows count as a spreadsheet shows them: the header is row 1, so capex row 6 is Meta 2023.
 */
class WorkbookFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/fixtures/workbooks");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            capex-text-in-number.xlsx   | capex-text-in-number.xlsx:capex:6:capex_usd_b: expected a number in USD billions, found “abc”
            unknown-company.xlsx        | unknown-company.xlsx:capex:6:company: unknown company “Amazon”: expected a company listed in the companies sheet
            duplicate-company-year.xlsx | duplicate-company-year.xlsx:capex:7:fiscal_year: duplicate row for Meta FY2023: row 6 already has it
            negative-capex.xlsx         | negative-capex.xlsx:capex:6:capex_usd_b: capex_usd_b must not be negative, found “-27.045”
            life-zero.xlsx              | life-zero.xlsx:useful_lives:3:life_years: expected a useful life greater than 0 and at most 50 years, found “0”
            bad-date.xlsx               | bad-date.xlsx:useful_lives:3:effective_from: expected a date such as 2024-06-30 (or 30 Jun 2024), found “2022-13-01”
            runrate-no-date.xlsx        | runrate-no-date.xlsx:ai_revenue:3:period_end: a run-rate is a snapshot at a date: expected the date in period_end, found an empty cell
            missing-column.xlsx         | missing-column.xlsx:capex:1:capex_usd_b: missing required column capex_usd_b; the header row has: company, fiscal_year, status, source, note; every header found is another column's, so none can stand for it
            encrypted.xlsx              | encrypted.xlsx:::: encrypted.xlsx is protected by a password; remove the password in Excel and save it again (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, then clear the password)
            truncated.xlsx              | truncated.xlsx:::: truncated.xlsx is damaged or incomplete (perhaps cut off while copying or downloading) and could not be read as a workbook; nothing was loaded
            zip-bomb.xlsx               | zip-bomb.xlsx:::: zip-bomb.xlsx was not opened: unpacked, it would expand to an implausible size (more than 100 times its packed size, or a part larger than 512 MB). It may be damaged or built to exhaust memory; nothing was loaded
            empty.xlsx                  | empty.xlsx:::: empty.xlsx is empty (0 bytes): expected a workbook, CSV or JSON file
            random-bytes.xlsx           | random-bytes.xlsx:::: random-bytes.xlsx is neither a spreadsheet (.xlsx, .xls) nor a CSV or JSON file
            word-document.xlsx          | word-document.xlsx:::: word-document.xlsx is a zip archive but not an Excel workbook (it may be a Word or PowerPoint file); expected an .xlsx file
            xls-text-in-number.xls      | xls-text-in-number.xls:capex:6:capex_usd_b: expected a number in USD billions, found “abc”
            password.xls                | password.xls:::: password.xls is protected by a password; remove the password in Excel and save it again (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, then clear the password)
            excel95.xls                 | excel95.xls:::: excel95.xls was saved by Excel 95 or older, a format CapexLens cannot read; open it in Excel and save it as .xlsx
            word-document.xls           | word-document.xls:::: word-document.xls is an Office file but not an Excel workbook (it may be a Word or PowerPoint file); expected an .xls or .xlsx file
            html-table.xls              | html-table.xls:::: html-table.xls is a web page (HTML), not a spreadsheet, even if its name ends in .xls; open it in a spreadsheet program and save it as .xlsx or .csv
            truncated.xls               | truncated.xls:::: truncated.xls is damaged or incomplete (perhaps cut off while copying or downloading) and could not be read as a workbook; nothing was loaded
            """)
    void brokenWorkbookIsRefusedWithOneExactMessage(String file, String message) {
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(DIR.resolve(file)));
        assertEquals(ImportException.Kind.INVALID, e.kind());
        assertEquals(List.of(message), formatted(e.messages()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            capex-na-required.xlsx | capex-na-required.xlsx:capex:6:capex_usd_b: expected a number in USD billions, found no value “n/a”; row skipped
            formula-no-value.xlsx  | formula-no-value.xlsx:capex:6:capex_usd_b: the formula =27045/1000 has no saved result (open and save the file in a spreadsheet program to calculate it); row skipped
            error-value.xlsx       | error-value.xlsx:capex:6:capex_usd_b: the cell holds the error value #DIV/0! instead of a number; row skipped
            """)
    void missingRequiredValueSkipsTheRowWithAWarningAndTheRestLoads(String file, String warning)
            throws ImportException {
        ImportResult result = DatasetReader.read(DIR.resolve(file));
        assertEquals(List.of(warning), formatted(result.warnings()));
        assertEquals(withoutMeta2023Capex(), result.dataset());
    }

    @Test
    void workbookOfEmptySheetsIsRefused() {
        ImportException e = assertThrows(ImportException.class,
                () -> DatasetReader.read(DIR.resolve("all-sheets-empty.xlsx")));
        assertEquals(List.of(
                "all-sheets-empty.xlsx:companies::: sheet companies is empty, but every dataset needs its rows",
                "all-sheets-empty.xlsx:capex::: sheet capex is empty, but every dataset needs its rows",
                "all-sheets-empty.xlsx:financials::: sheet financials is empty",
                "all-sheets-empty.xlsx:useful_lives::: sheet useful_lives is empty",
                "all-sheets-empty.xlsx:chip_revenue::: sheet chip_revenue is empty",
                "all-sheets-empty.xlsx:ai_revenue::: sheet ai_revenue is empty",
                "all-sheets-empty.xlsx:sources::: sheet sources is empty"), formatted(e.messages()));
        assertEquals("all-sheets-empty.xlsx:companies::: sheet companies is empty, but every dataset needs its rows",
                e.firstError().format());
    }

    /** The good dataset without capex row 6 of the sheet (Meta 2023), the row the warning fixtures spoil. */
    private static Dataset withoutMeta2023Capex() {
        Dataset good = GoodFixture.expected();
        List<CapexRow> capex = new ArrayList<>(good.capex());
        CapexRow removed = capex.remove(4);
        assertEquals("Meta 2023", removed.company() + " " + removed.fiscalYear());
        return new Dataset(good.companies(), capex, good.financials(), good.usefulLives(), good.chipRevenue(),
                good.aiRevenue(), good.sources());
    }

    private static List<String> formatted(List<ImportMessage> messages) {
        return messages.stream().map(ImportMessage::format).toList();
    }
}
