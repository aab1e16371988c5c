package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code validate} on real, valid files. These need the format readers (xlsx, csv), which are written on other
 * branches: they fail on the ui branch alone and pass once the readers are merged.
 */
class CliValidateDefaultDatasetTest {

    @Test
    void defaultDatasetIsValidAndListsTheHyperscalers() {
        CliRun run = CliRun.of("validate", "data/ai-economics.xlsx");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("file:       ai-economics.xlsx", run.outLines().get(0));
        assertEquals("format:     xlsx (Excel workbook)", run.outLines().get(1));
        String companies = run.outLines().stream().filter(l -> l.startsWith("companies:")).findFirst().orElseThrow();
        for (String id : List.of("Microsoft", "Alphabet", "Amazon", "Meta", "Oracle")) {
            assertTrue(companies.contains(id), companies);
        }
        assertTrue(run.out().endsWith("\n"), run.out());
        assertTrue(run.outLines().get(run.outLines().size() - 1).startsWith("result:     valid"), run.out());
    }

    @Test
    void aDatasetOfManyCompaniesListsTheFirstTwelveAndCountsTheRest(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("forty.xlsx");
        org.capexlens.bench.SyntheticData.writeXlsx(org.capexlens.bench.SyntheticData.tables(
                org.capexlens.bench.SyntheticData.dataset(40, 5, 1L)), file);
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.outLines().contains("companies:  40 (C0000, C0001, C0002, C0003, C0004, C0005, C0006, C0007,"
                + " C0008, C0009, C0010, C0011 and 28 more)"), run.out());
    }

    @Test
    void canonicalCsvFixtureFolderGivesTheExactSummary() {
        CliRun run = CliRun.of("validate", "src/test/resources/fixtures/good/csv");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(List.of(
                "file:       csv",
                "format:     folder of CSV files",
                "sheets:",
                "  companies          3",
                "  capex              7",
                "  financials         3",
                "  useful_lives       4",
                "  chip_revenue       2",
                "  ai_revenue         3",
                "  sources           11",
                "companies:  3 (Microsoft, Meta, Nvidia)",
                "years:      2022-2026",
                "warnings:   0",
                "result:     valid"), run.outLines());
        assertEquals("", run.err());
    }
}
