package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.capexlens.io.load.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: {@code validate} warns, naming the company and the years, when one company's capex series mixes
 * definitions; {@code cik} and {@code definition} are optional columns.
 */
class MixedCapexDefinitionsTest {
    /** A copy of the shipped workbook of December 2026, before the audit's correction A1 of Meta's series. */
    private static final Path TODAY = Path.of("src/test/resources/fixtures/sec/ai-economics-2026-12-before-correction.xlsx");

    @Test
    void todaysDataWarnsThatMetaMixesDefinitionsNamingTheYears() throws Exception {
        ImportResult r = DatasetReader.read(TODAY);
        List<ImportMessage> mixed = r.warnings().stream().filter(m -> m.message().contains("mixes definitions"))
                .toList();
        assertEquals(1, mixed.size(), r.warnings().toString());
        assertEquals("ai-economics-2026-12-before-correction.xlsx:capex:29:definition",
                mixed.get(0).location().format());
        assertTrue(mixed.get(0).message().startsWith("Meta’s capex series mixes definitions: purchases of P&E in "
                + "2018, 2020–2024; incl. finance-lease principal in 2019, 2025."), mixed.get(0).message());
        assertEquals("1326801", r.dataset().company("Meta").orElseThrow().cik());
    }

    @Test
    void oneDefinitionPerCompanyDoesNotWarn(@TempDir Path dir) throws Exception {
        // The corrected shape (audit A1): Meta on the headline basis, incl. finance-lease principal, every year.
        Files.writeString(dir.resolve("companies.csv"), "company,name,fiscal_year_end_month,role,cik\n"
                + "Meta,Meta Platforms,12,hyperscaler,0001326801\n");
        Files.writeString(dir.resolve("capex.csv"), "company,fiscal_year,capex_usd_b,status,note,definition\n"
                + "Meta,2024,39.23,reported,,incl. finance-lease principal\n"
                + "Meta,2025,72.22,reported,,incl. finance-lease principal\n"
                + "Meta,2026,135,guidance,,\n");
        ImportResult r = DatasetReader.read(dir);
        assertTrue(r.warnings().stream().noneMatch(m -> m.message().contains("mixes definitions")),
                r.warnings().toString());
        assertEquals("1326801", r.dataset().companies().get(0).cik());
        assertEquals("incl. finance-lease principal", r.dataset().capex().get(0).definition());
        assertEquals("", r.dataset().capex().get(2).definition());
    }

    @Test
    void aDatasetWithoutTheNewColumnsLoadsAsBefore(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("companies.csv"), "company,name,fiscal_year_end_month,role\n"
                + "Meta,Meta Platforms,12,hyperscaler\n");
        Files.writeString(dir.resolve("capex.csv"), "company,fiscal_year,capex_usd_b,status\n"
                + "Meta,2024,37.256,reported\n");
        ImportResult r = DatasetReader.read(dir);
        assertEquals("", r.dataset().companies().get(0).cik());
        assertEquals("", r.dataset().capex().get(0).definition());
    }

    @Test
    void aCikThatIsNotDigitsIsALocatedError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("companies.csv"), "company,name,fiscal_year_end_month,role,cik\n"
                + "Meta,Meta Platforms,12,hyperscaler,META\n");
        Files.writeString(dir.resolve("capex.csv"), "company,fiscal_year,capex_usd_b,status\n"
                + "Meta,2024,37.256,reported\n");
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> DatasetReader.read(dir));
        assertEquals("companies.csv:companies:2:cik", e.firstError().location().format());
    }
}
