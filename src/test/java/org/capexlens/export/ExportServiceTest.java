package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.domain.Dataset;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.capexlens.io.WriteException;
import org.capexlens.io.json.SidecarJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export service on the canonical good fixture (Microsoft, Meta, Nvidia; 11 sources): files written with their
 * sidecars, the results workbook, and failures that leave nothing half-written. What the charts say about
 * themselves is in {@link ExportedChartsTest}, sidecars read back in {@link ReproductionTest}.
 */
class ExportServiceTest {
    static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static Dataset good;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws ImportException {
        good = DatasetReader.read(Path.of("src/test/resources/fixtures/good/good.json")).dataset();
    }

    static ExportContext context(Dataset dataset, Scenario scenario) {
        ModelResult result = EconomicsModel.compute(dataset, scenario);
        return new ExportContext(dataset, "good.json", "/data/good.json", SHA, scenario,
                ChartSettings.defaults(result), Locale.US, "test");
    }

    private static ExportService service() {
        return new ExportService(context(good, Scenario.defaults()));
    }

    private static ExportOptions article() {
        return ExportOptions.of(SizePreset.ARTICLE_COLUMN);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    // ---- writing --------------------------------------------------------------------------------------------

    @Test
    void exportAllWritesEveryChartInEveryFormatPlusTheCombinedPdfAndSidecars() throws Exception {
        Path out = dir.resolve("new-folder");
        List<ExportedFile> written = service().exportAll(List.of(ChartId.RATIO, ChartId.TORNADO),
                List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF), article().withSidecar(true), out,
                true);
        List<String> names = new ArrayList<>();
        written.forEach(f -> names.add(f.file().getFileName().toString()));
        assertEquals(List.of("ratio_as-reported.png", "ratio_as-reported.svg", "ratio_as-reported.pdf",
                "tornado_as-reported.png", "tornado_as-reported.svg", "tornado_as-reported.pdf",
                "charts_as-reported.pdf"), names);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(14, s.count(), "seven files and seven sidecars, no temporary file");
        }
        assertEquals(2, ExportReadBack.pdfPages(Files.readAllBytes(out.resolve("charts_as-reported.pdf"))));
        assertEquals(List.of("ratio", "tornado"),
                SidecarJson.read(out.resolve("charts_as-reported.pdf.capexlens.json")).charts());
    }

    @Test
    void theResultsWorkbookReloadsWithNumericCells() throws Exception {
        Path target = dir.resolve("results.xlsx");
        ExportService s = service();
        assertEquals(target, s.exportWorkbook(target));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            var row = wb.getSheet("companies").getRow(1);
            ModelResult.CompanyYear first = s.inputs().result().companies().get(0);
            assertEquals(first.company(), row.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(3).getCellType());
            assertEquals(first.capex(), row.getCell(3).getNumericCellValue(), 0);
            assertEquals(s.inputs().heatmap().values()[0][0], wb.getSheet("sensitivity").getRow(2).getCell(1)
                    .getNumericCellValue(), 0);
        }
    }

    @Test
    void aFailureMidWriteLeavesNoPartialFileAndSaysWhatWasWritten() throws Exception {
        List<Path> calls = new ArrayList<>();
        ExportFiles.Writer failingThird = (target, bytes) -> {
            calls.add(target);
            if (calls.size() < 3) {
                AtomicFiles.write(target, bytes);
                return;
            }
            AtomicFiles.write(target, out -> {
                out.write(bytes, 0, bytes.length / 2);
                throw new IOException("injected failure mid-write");
            });
        };
        ExportService s = new ExportService(context(good, Scenario.defaults()), EconomicsModel.compute(good,
                Scenario.defaults()), failingThird);
        ExportException e = assertThrows(ExportException.class, () -> s.exportAll(List.of(ChartId.RATIO,
                ChartId.TORNADO), List.of(ExportFormat.PNG, ExportFormat.SVG), article(), dir, false));
        Path failed = dir.resolve("tornado_as-reported.png");
        assertEquals("could not write " + failed.toAbsolutePath() + ": a disk error occurred (is the disk full?)",
                e.getMessage());
        assertEquals(failed, e.path());
        assertEquals(List.of(dir.resolve("ratio_as-reported.png"), dir.resolve("ratio_as-reported.svg")),
                e.written().stream().map(ExportedFile::file).toList());
        assertEquals(List.of(dir.resolve("ratio_as-reported.png"), dir.resolve("ratio_as-reported.svg")), files());
    }

    @Test
    void aSidecarThatCannotBeWrittenTakesItsExportWithIt() throws Exception {
        ExportFiles.Writer noSidecars = (target, bytes) -> {
            if (target.toString().endsWith(SidecarJson.SUFFIX)) {
                throw new WriteException(target, "could not write " + target + ": injected", null);
            }
            AtomicFiles.write(target, bytes);
        };
        ExportService s = new ExportService(context(good, Scenario.defaults()), EconomicsModel.compute(good,
                Scenario.defaults()), noSidecars);
        ExportException e = assertThrows(ExportException.class, () -> s.export(ChartId.RATIO, ExportFormat.SVG,
                article().withSidecar(true), dir.resolve("ratio.svg")));
        assertEquals("could not write " + dir.resolve("ratio.svg.capexlens.json") + ": injected", e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void aReadOnlyFolderFailsWithAMessageNamingTheFileAndLeavesNothing() throws Exception {
        Path locked = readOnlyFolder();
        ExportException e = assertThrows(ExportException.class, () -> service().exportAll(List.of(ChartId.RATIO),
                List.of(ExportFormat.PNG), article(), locked, false));
        Path target = locked.resolve("ratio_as-reported.png");
        assertEquals("could not write " + target.toAbsolutePath() + ": permission denied (the folder or file is "
                + "read-only)", e.getMessage());
        assertEquals(List.of(), e.written());
        assertTrue(Files.notExists(target));
        if (!locked.equals(Path.of("/sys"))) {
            try (Stream<Path> s = Files.list(locked)) {
                assertEquals(0, s.count());
            }
        }
    }

    @Test
    void aFileInThePlaceOfTheFolderIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "x");
        ExportException e = assertThrows(ExportException.class, () -> service().exportAll(List.of(ChartId.RATIO),
                List.of(ExportFormat.SVG), article(), file, false));
        assertEquals("could not write into " + file.toAbsolutePath() + ": a file of that name is in the way, not "
                + "a folder", e.getMessage());
        assertEquals(file, e.path());
    }

    /**
     * A folder nobody may write to: a read-only folder for an ordinary user; running as root, permissions do not
     * stop root, but sysfs refuses new files to everyone (as in AtomicFilesTest).
     */
    Path readOnlyFolder() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path probe = locked.resolve("probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            return Path.of("/sys");
        } catch (IOException expected) {
            return locked;
        }
    }
}
