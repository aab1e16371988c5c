package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code capexlens validate}: exit codes, where each kind of output goes and its exact form. */
class CliValidateTest {
    @TempDir
    Path dir;

    @Test
    void unknownOptionIsAUsageErrorWithExitOne() {
        CliRun run = CliRun.of("validate", "--bogus", "x.xlsx");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("Unknown option: '--bogus'", run.errLines().get(0));
        assertTrue(run.err().contains("Usage: capexlens validate [-hV] FILE"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingFileArgumentIsAUsageErrorWithExitOne() {
        CliRun run = CliRun.of("validate");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("Missing required parameter: 'FILE'", run.errLines().get(0));
    }

    @Test
    void noCommandOrAnUnknownCommandIsAUsageErrorWithExitOne() {
        CliRun none = CliRun.of();
        assertEquals(ExitCode.USAGE, none.exitCode());
        assertEquals("Missing command: expected one of validate, compute, render, export-results, compare, simulate, "
                + "solve, sec-import",
                none.errLines().get(0));
        CliRun unknown = CliRun.of("frobnicate");
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertEquals("Unmatched argument at index 0: 'frobnicate'", unknown.errLines().get(0));
    }

    @Test
    void helpListsTheCommandsAndTheExitCodesAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCode.OK, run.exitCode());
        assertEquals("Usage: capexlens [-hV] [COMMAND]", run.outLines().get(0));
        assertTrue(run.out().contains("  validate        Checks a dataset file"), run.out());
        assertTrue(run.out().contains("  2   the input file is not a valid dataset"), run.out());
        assertTrue(run.out().contains("  3   a file could not be read or written"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void versionOutsideAJarIsDev() {
        CliRun run = CliRun.of("--version");
        assertEquals(ExitCode.OK, run.exitCode());
        assertEquals(List.of("CapexLens dev"), run.outLines());
    }

    @Test
    void missingFileExitsThreeWithTheLocatedMessageOnStderr() {
        Path missing = dir.resolve("nope.xlsx");
        CliRun run = CliRun.of("validate", missing.toString());
        assertEquals(ExitCode.IO, run.exitCode());
        assertEquals(List.of("nope.xlsx:::: there is no file at " + missing), run.errLines());
        assertEquals(List.of("file:       nope.xlsx", "result:     could not be read"), run.outLines());
    }

    @Test
    void webPageNamedXlsExitsTwoWithTheLocatedMessageOnStderr() throws IOException {
        Path page = dir.resolve("export.xls");
        Files.writeString(page, "<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", page.toString());
        assertEquals(ExitCode.INVALID, run.exitCode());
        assertEquals(List.of("export.xls:::: export.xls is a web page (HTML), not a spreadsheet, even if its name"
                + " ends in .xls; open it in a spreadsheet program and save it as .xlsx or .csv"), run.errLines());
        assertEquals(List.of("file:       export.xls", "result:     not valid: 1 error, no warnings"),
                run.outLines());
    }

    @Test
    void emptyFileExitsTwo() throws IOException {
        Path empty = Files.createFile(dir.resolve("capex.csv"));
        CliRun run = CliRun.of("validate", empty.toString());
        assertEquals(ExitCode.INVALID, run.exitCode());
        assertEquals(List.of("capex.csv:::: capex.csv is empty (0 bytes): expected a workbook, CSV or JSON file"),
                run.errLines());
    }

    @Test
    void errorsPrintExactlyAsFormattedAndWarningsCarryAMarkerAfterTheLocation() {
        Location at = new Location("d.xlsx", "capex", 7, "capex_usd_b");
        assertEquals("d.xlsx:capex:7:capex_usd_b: expected a number in USD billions, found \"n/a\"",
                ValidateCommand.line(ImportMessage.error(at, "expected a number in USD billions, found \"n/a\"")));
        assertEquals("d.xlsx:capex:7:capex_usd_b: warning: no source given",
                ValidateCommand.line(ImportMessage.warning(at, "no source given")));
    }
}
