package org.capexlens.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small rules the generator is built from: CSV parsing and quoting, period ends, dates in titles. */
class GeneratorPartsTest {

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "id,value,note\r\na-1,1.5,\"one, two\"\r\na-2,,\"say \"\"hi\"\"\nnext line\"\r\n"
                + "a-3,3,plain\r\n", StandardCharsets.UTF_8);
        ReferenceCsv csv = ReferenceCsv.read(f);
        assertEquals(3, csv.rows().size());
        assertEquals("one, two", csv.byId("a-1").get("note"));
        assertEquals(1.5, csv.byId("a-1").number("value").orElseThrow());
        assertEquals("say \"hi\"\nnext line", csv.byId("a-2").get("note"));
        assertEquals(java.util.Optional.empty(), csv.byId("a-2").number("value"));
        assertEquals(5, csv.byId("a-3").line(), "a record after a quoted line break starts on line 5");
    }

    @Test
    void refusesARecordWithTheWrongNumberOfFields(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "id,value\na-1,1,extra\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ReferenceCsv.read(f));
        assertEquals("bad.csv:2 has 3 fields, header has 2", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dec 2023                        | 12 | 2023-12-31
            Feb 2026                        | 12 | 2026-02-28
            end-2025                        | 12 | 2025-12-31
            2023                            | 12 | 2023-12-31
            Q2 FY2025 (Oct-Dec 2024)        |  6 | 2024-12-31
            Q2 FY2025 (reported 2025-01-29) |  6 | 2024-12-31
            Q3 FY2026 (reported 2026-04-29) |  6 | 2026-03-31
            Q4 FY2026                       |  6 | 2026-06-30
            """)
    void datesAPeriodAtItsLastDay(String period, int fiscalYearEndMonth, LocalDate expected) {
        assertEquals(expected, DefaultDatasetGenerator.periodEnd(period, fiscalYearEndMonth, "test"));
    }

    @Test
    void refusesAPeriodItCannotDate() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DefaultDatasetGenerator.periodEnd("~2022", 12, "row 7"));
        assertEquals("row 7: cannot date the period '~2022'", e.getMessage());
    }

    @Test
    void takesThePublicationDateOnlyWhenTheTitleStatesOne() {
        assertEquals(LocalDate.of(2025, 7, 31),
                DefaultDatasetGenerator.dateInTitle("YourStory - Microsoft closes record FY25 (2025-07-31)"));
        assertEquals(LocalDate.of(2026, 2, 22),
                DefaultDatasetGenerator.dateInTitle("CreatiAI - forecast (2026-02-22, citing The Information)"));
        assertNull(DefaultDatasetGenerator.dateInTitle("The Stack - Oracle capex on steroids (June 2025)"));
        assertNull(DefaultDatasetGenerator.dateInTitle("DatacenterDynamics - on track for $10bn (2024-10)"));
        assertNull(DefaultDatasetGenerator.dateInTitle("Form 10-K (EDGARpack mirror of 0000950170-25-100235)"));
    }

    @Test
    void quotesCsvFieldsOnlyWhenRfc4180RequiresIt() {
        assertEquals("plain text", DatasetWorkbookWriter.csvField("plain text"));
        assertEquals("\"a, b\"", DatasetWorkbookWriter.csvField("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", DatasetWorkbookWriter.csvField("say \"hi\""));
        assertEquals("\"two\nlines\"", DatasetWorkbookWriter.csvField("two\nlines"));
    }

    @Test
    void writesNumbersInPlainNotation() {
        assertEquals("180", DefaultDatasetGenerator.plain(180.0));
        assertEquals("32.5", DefaultDatasetGenerator.plain(32.5));
        assertEquals("0.001", DefaultDatasetGenerator.plain(0.001));
        assertEquals("-0.0575", DefaultDatasetGenerator.plain(-0.0575));
    }

    @org.junit.jupiter.api.Test
    void capexDefinitionsComeFromTheMetricText() {
        // Issue 16: the wording validate compares, from capex.csv's metric column.
        org.junit.jupiter.api.Assertions.assertEquals("purchases of P&E",
                DefaultDatasetGenerator.capexDefinition("Purchases of property and equipment"));
        org.junit.jupiter.api.Assertions.assertEquals("incl. finance-lease principal", DefaultDatasetGenerator
                .capexDefinition("Capital expenditures including principal payments on finance leases"));
        org.junit.jupiter.api.Assertions.assertEquals("",
                DefaultDatasetGenerator.capexDefinition("Capital expenditures guidance"));
    }
}
