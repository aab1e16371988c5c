package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.capexlens.domain.Claim;
import org.capexlens.io.load.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code claims} sheet of issue 10, read through the one assembler from JSON, CSV and xlsx. */
class ClaimsSheetTest {
    @TempDir
    Path dir;

    private static final String BASE = "\"companies\": [{\"company\": \"Meta\", \"fiscal_year_end_month\": 12, "
            + "\"role\": \"hyperscaler\"}], \"capex\": [{\"company\": \"Meta\", \"fiscal_year\": 2024, "
            + "\"capex_usd_b\": 39.2, \"status\": \"reported\", \"source\": \"s1\"}], "
            + "\"sources\": [{\"source\": \"s1\", \"title\": \"T\", \"url\": \"https://example.org\"}]";

    private Path json(String claims) throws Exception {
        return Files.writeString(dir.resolve("d.json"), "{" + BASE + (claims == null ? "" : ", \"claims\": "
                + claims) + "}", StandardCharsets.UTF_8);
    }

    @Test
    void claimsLoadWithAliasesAndTheirFigures() throws Exception {
        ImportResult r = DatasetReader.read(json("[{\"ID\": \"c1\", \"Claimant\": \"Michael Burry\", "
                + "\"what\": \"Understated depreciation\", \"Value\": \"$176\", \"unit\": \"USD_B\", "
                + "\"scope\": \"hyperscalers\", \"period\": \"2026-2028\", \"metric\": \"Delta Depreciation Sum\", "
                + "\"assumptions\": \"2.5-year server life from 2026\", \"source\": \"s1\"}]"));
        assertEquals(1, r.dataset().claims().size());
        Claim c = r.dataset().claims().get(0);
        assertEquals(176.0, c.figure());
        assertEquals("usd_b", c.unit());
        assertEquals(Claim.DELTA_DEPRECIATION_SUM, c.metric());
        assertEquals(2026, c.periodFrom().getAsInt());
        assertEquals(2028, c.periodTo().getAsInt());
        assertEquals(2.5, c.assumedLifeYears().getAsDouble());
        assertEquals(2026, c.assumedFromYear().getAsInt());
        assertEquals(1, r.dataset().rowCounts().get("claims"));
    }

    @Test
    void aDatasetWithoutClaimsLoadsWithoutThem() throws Exception {
        ImportResult r = DatasetReader.read(json(null));
        assertTrue(r.dataset().claims().isEmpty());
        assertTrue(!r.dataset().rowCounts().containsKey("claims"));
    }

    @Test
    void aWrongUnitMetricOrSourceIsALocatedError() throws Exception {
        Path f = json("[{\"claim\": \"c1\", \"who\": \"X\", \"what\": \"Y\", \"unit\": \"dollars\"}, "
                + "{\"claim\": \"c2\", \"who\": \"X\", \"what\": \"Y\", \"metric\": \"vibes\"}, "
                + "{\"claim\": \"c3\", \"who\": \"X\", \"what\": \"Y\", \"source\": \"nowhere\"}, "
                + "{\"claim\": \"c4\", \"who\": \"X\", \"what\": \"Y\", \"figure_low\": 5, \"figure_high\": 2}, "
                + "{\"claim\": \"c5\", \"who\": \"X\", \"what\": \"Y\", \"source\": \"s1\"}, "
                + "{\"claim\": \"c5\", \"who\": \"X\", \"what\": \"Z\", \"source\": \"s1\"}]");
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(f));
        String all = String.join("\n", e.messages().stream().map(ImportMessage::format).toList());
        // JSON rows are numbered from 1, the first object of the array.
        assertTrue(all.contains("d.json:claims:1:unit: expected one of usd_b, percent, years, ratio"), all);
        assertTrue(all.contains("d.json:claims:2:metric: "), all);
        assertTrue(all.contains("d.json:claims:3:source: unknown source"), all);
        assertTrue(all.contains("d.json:claims:4:figure_high: "), all);
        assertTrue(all.contains("d.json:claims:6:claim: "), all + "\n(a duplicate id)");
    }

    @Test
    void theDefaultWorkbookHasItsClaims() throws Exception {
        ImportResult r = DatasetReader.read(Path.of("data", "ai-economics.xlsx"));
        assertEquals(21, r.dataset().claims().size());
        assertEquals(java.util.List.of(), r.warnings());
    }
}
