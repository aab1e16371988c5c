package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Status;
import org.capexlens.io.load.DatasetReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, done-criterion: {@code validate} flags Meta's capex definition break on a copy of the data of December
 * 2026 (before the audit's correction A1) and not on the shipped, corrected {@code data/ai-economics.xlsx}.
 */
class CliValidateMetaDefinitionTest {
    private static final String BEFORE = "src/test/resources/fixtures/sec/ai-economics-2026-12-before-correction.xlsx";
    private static final String SHIPPED = "data/ai-economics.xlsx";

    @Test
    void theCopyOfThePreCorrectionDataIsFlaggedNamingMetaAndTheYears() {
        CliRun run = CliRun.of("validate", BEFORE);
        assertEquals(ExitCode.OK, run.exitCode(), run.err()); // a warning, not an error
        // Before A1: purchases of P&E in 2018 and 2020–2024 (capex-048, -050…-054), Meta's headline definition in
        // 2019 and 2025 (capex-049, -058); the 2026 guidance states none and is not compared.
        List<String> flagged = run.outLines().stream().filter(l -> l.contains("mixes definitions")).toList();
        assertEquals(List.of("ai-economics-2026-12-before-correction.xlsx:capex:29:definition: warning: Meta’s capex "
                + "series mixes definitions: purchases of P&E in 2018, 2020–2024; incl. finance-lease principal in "
                + "2019, 2025. The model treats a company’s capex as one series, so a change of definition shows as "
                + "growth or decline that did not happen; use one definition for every year."), flagged);
        assertTrue(run.outLines().contains("result:     valid, 1 warning"), run.out());
    }

    @Test
    void theShippedDataIsNotFlagged() {
        CliRun run = CliRun.of("validate", SHIPPED);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.out().contains("mixes definitions"), run.out());
        assertTrue(run.outLines().contains("warnings:   0"), run.out());
        assertTrue(run.outLines().contains("result:     valid"), run.out());
    }

    @Test
    void everyShippedReportedCapexRowStatesItsDefinitionAndMetaHasOne() throws Exception {
        Dataset d = DatasetReader.read(Path.of(SHIPPED)).dataset();
        for (CapexRow c : d.capex()) {
            if (c.status() == Status.REPORTED) {
                assertFalse(c.definition().isEmpty(), c.company() + " " + c.fiscalYear() + " has no definition");
            }
        }
        // Meta 2018–2025 all on the headline basis; 2025 over 2024 is then 72.22 / 39.23 − 1 = +84 %, as Meta
        // reported (it was 72.22 / 37.256 − 1 = +94 % before the correction).
        List<CapexRow> meta = d.capex().stream().filter(c -> c.company().equals("Meta")
                && c.status() == Status.REPORTED).toList();
        assertEquals(8, meta.size());
        assertTrue(meta.stream().allMatch(c -> c.definition().equals("incl. finance-lease principal")),
                meta.toString());
        double y2024 = meta.stream().filter(c -> c.fiscalYear() == 2024).findFirst().orElseThrow().capexUsdB();
        double y2025 = meta.stream().filter(c -> c.fiscalYear() == 2025).findFirst().orElseThrow().capexUsdB();
        assertEquals(39.23, y2024, 1e-9);
        assertEquals(84, Math.round((y2025 / y2024 - 1) * 100));
    }
}
