package org.capexlens.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.capexlens.domain.CapexRow;
import org.capexlens.io.DatasetAssembler;
import org.capexlens.io.DecimalMark;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15: the decimal mark of each CSV column is read from the whole column, never guessed. */
class CsvDialectTest {
    private static final String COMPANIES = "company;name;fiscal_year_end_month;role\nAmazon;Amazon;12;hyperscaler\n"
            + "Cursor;Anysphere;12;app\nMeta;Meta;12;hyperscaler\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.973     | POINT
            1.5       | POINT
            1234.567  | POINT
            .5        | POINT
            1,234.5   | POINT
            1,234,567 | POINT
            1.5E3     | POINT
            12,5      | COMMA
            0,973     | COMMA
            1.234,5   | COMMA
            1.234.567 | COMMA
            1 234,5   | COMMA
            1.234     | AMBIGUOUS
            11,632    | AMBIGUOUS
            (27.045)  | AMBIGUOUS
            $1,234bn  | AMBIGUOUS
            2024      | WHOLE
            -5        | WHOLE
            FY2024    | NOT_A_NUMBER
            1.7.2020  | NOT_A_NUMBER
            Meta      | NOT_A_NUMBER
            """)
    void eachFigureSaysWhatItCan(String text, DecimalMark.Shape expected) {
        assertEquals(expected, DecimalMark.shapeOf(text));
    }

    /** The case: LibreOffice in an English locale with ";" chosen writes decimal points. */
    @Test
    void semicolonsWithDecimalPointsReadThePoints() throws Exception {
        write("companies.csv", COMPANIES);
        write("capex.csv", "company;fiscal_year;capex_usd_b;status\nAmazon;2022;0.973;reported\n"
                + "Cursor;2024;0.048;estimate\nMeta;2024;11.632;reported\n");

        assertEquals(List.of(0.973, 0.048, 11.632), capex(load()));
    }

    @Test
    void semicolonsWithDecimalCommasAndThousandsPointsReadTheCommas() throws Exception {
        write("companies.csv", COMPANIES);
        write("capex.csv", "company;fiscal_year;capex_usd_b\nAmazon;2022;1.234,5\nCursor;2024;0,048\n"
                + "Meta;2024;11,632\n");

        assertEquals(List.of(1234.5, 0.048, 11.632), capex(load()));
    }

    /** A column without a telling figure follows the other columns of its file. */
    @Test
    void anUndecidedColumnFollowsItsFile() throws Exception {
        write("companies.csv", COMPANIES);
        write("financials.csv", "company;fiscal_year;revenue_usd_b;tax_rate\nMeta;2024;164,501;0,12\n");
        write("capex.csv", "company;fiscal_year;capex_usd_b\nMeta;2024;39,231\n");

        ImportResult r = load();
        assertEquals(164.501, r.dataset().financials().get(0).revenueUsdB());
        // capex.csv shows no mark, but the folder's other ';' file does: decimal commas.
        assertEquals(List.of(39.231), capex(r));
    }

    @Test
    void filesWithAnotherDelimiterSayNothingAboutTheMark() throws Exception {
        write("companies.csv", COMPANIES.replace(';', ','));
        write("financials.csv", "company,fiscal_year,revenue_usd_b,tax_rate\nMeta,2024,164.501,0.12\n");
        write("capex.csv", "company;fiscal_year;capex_usd_b\nMeta;2024;39,231\n");

        ImportException e = assertThrows(ImportException.class, this::load);
        assertEquals("capex.csv:capex:2:capex_usd_b: cannot tell whether \u201C39,231\u201D means 39.231 or 39231: no"
                + " figure in this file or folder shows whether its decimal mark is a point or a comma. Write one"
                + " figure of the column with its decimals (e.g. 1.5 or 1,5), or the figures without thousands"
                + " separators, or save the sheet as .xlsx", e.firstError().format());
    }

    /** Commas between the cells leave no room for a decimal comma outside quotes: points, as before. */
    @Test
    void commaSeparatedFilesDefaultToDecimalPoints() throws Exception {
        write("companies.csv", COMPANIES.replace(';', ','));
        write("capex.csv", "company,fiscal_year,capex_usd_b\nMeta,2024,\"1,234\"\nAmazon,2024,83.004\n");

        assertEquals(List.of(1234.0, 83.004), capex(load()));
    }

    @Test
    void aColumnThatMixesMarksIsRefusedNamingBothCells() throws Exception {
        write("companies.csv", COMPANIES);
        write("capex.csv", "company;fiscal_year;capex_usd_b\nAmazon;2022;0.973\nMeta;2024;39,2\n");

        ImportException e = assertThrows(ImportException.class, this::load);
        assertEquals("capex.csv:capex:3:capex_usd_b: column capex_usd_b mixes decimal marks: \u201C0.973\u201D at row 2"
                + " can only have a decimal point, \u201C39,2\u201D at row 3 only a decimal comma; write every figure of a"
                + " column with the same decimal mark", e.firstError().format());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ImportResult load() throws ImportException {
        DatasetAssembler a = new DatasetAssembler(dir.getFileName().toString());
        CsvDatasetReader.read(dir, a);
        return a.finish();
    }

    private static List<Double> capex(ImportResult r) {
        return r.dataset().capex().stream().map(CapexRow::capexUsdB).toList();
    }
}
