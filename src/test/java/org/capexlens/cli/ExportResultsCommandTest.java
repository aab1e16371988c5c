package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.json.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code capexlens export-results}: the workbook reloads to the model's numbers; failures and mistakes. */
class ExportResultsCommandTest {
    @TempDir
    Path dir;

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theWorkbookReloadsToTheModelsNumbers() throws Exception {
        Path out = dir.resolve("results.xlsx");
        CliRun run = CliRun.of("export-results", "--scenario", "burry-2-3y", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(List.of(out.toString()), run.outLines());
        ModelResult expected = EconomicsModel.compute(DatasetReader.read(Path.of("data/ai-economics.xlsx"))
                .dataset(), Presets.load("burry-2-3y"));
        try (XSSFWorkbook wb = open(out)) {
            Sheet companies = wb.getSheet("companies");
            assertEquals(expected.companies().size(), companies.getLastRowNum());
            for (int i = 0; i < expected.companies().size(); i++) {
                ModelResult.CompanyYear y = expected.companies().get(i);
                Row row = companies.getRow(i + 1);
                assertEquals(y.company(), row.getCell(0).getStringCellValue());
                assertEquals(y.fiscalYear(), (int) row.getCell(1).getNumericCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(8).getCellType());
                assertEquals(y.deltaDepreciation(), row.getCell(8).getNumericCellValue(), 0);
            }
            Sheet ratio = wb.getSheet("ratio");
            for (int i = 0; i < expected.ratio().size(); i++) {
                assertEquals(expected.ratio().get(i).infrastructure(), ratio.getRow(i + 1).getCell(1)
                        .getNumericCellValue(), 0);
            }
            assertEquals("Burry 2–3 years", wb.getSheet("assumptions").getRow(1).getCell(1).getStringCellValue());
            Sheet grid = wb.getSheet("sensitivity");
            assertEquals(CellType.NUMERIC, grid.getRow(2).getCell(1).getCellType());
        }
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralised() throws Exception {
        Path csv = Files.createDirectory(dir.resolve("csv"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures/good/csv"))) {
            for (Path f : files.toList()) {
                Files.copy(f, csv.resolve(f.getFileName()));
            }
        }
        Path sources = csv.resolve("sources.csv");
        Files.writeString(sources, Files.readString(sources).replace("Microsoft cash flow statements",
                "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
        Path out = dir.resolve("r.xlsx");
        CliRun run = CliRun.of("export-results", "--data", csv.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        try (XSSFWorkbook wb = open(out)) {
            var title = wb.getSheet("sources").getRow(1).getCell(1);
            assertEquals(CellType.STRING, title.getCellType());
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", title.getStringCellValue());
        }
    }

    @Test
    void aMissingFolderExitsThreeAndWritesNothing() throws Exception {
        Path out = dir.resolve("no").resolve("r.xlsx");
        CliRun run = CliRun.of("export-results", "--out", out.toString());
        assertEquals(ExitCode.IO, run.exitCode());
        assertEquals(List.of("could not write " + out.toAbsolutePath() + ": the folder does not exist"),
                run.errLines());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void withoutOutItIsAUsageError() {
        CliRun run = CliRun.of("export-results");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("Missing required option: '--out=FILE.xlsx'", run.errLines().get(0));
        CliRun unknown = CliRun.of("export-results", "--scenario", "burry", "--out", dir.resolve("r.xlsx").toString());
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().startsWith("--scenario burry is neither a scenario file nor a preset"),
                unknown.err());
    }
}
