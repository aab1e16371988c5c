package org.capexlens.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.domain.Dataset;
import org.capexlens.export.ExportFormat;
import org.capexlens.export.ExportOptions;
import org.capexlens.export.SizePreset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** The dashboard's exports without the toolkit: what gets written, what the status says, how failures read. */
@Tag("slow")
class ExportViewModelTest {
    private static final Path DATA = Path.of("src/test/resources/fixtures/good/csv");
    private static ExportSource source;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Dataset dataset = DatasetReader.read(DATA).dataset();
        ModelResult result = EconomicsModel.compute(dataset, Scenario.defaults().withName("Burry 2–3 years"));
        source = new ExportSource(DATA, "csv", dataset, result, ChartSettings.defaults(result));
    }

    private static ExportViewModel vm() {
        return new ExportViewModel(new ImmediateTaskRunner(), Locale.US);
    }

    @Test
    void exportAllWritesEveryChartInEveryChosenFormatPlusTheCombinedPdf() throws IOException {
        ExportViewModel vm = vm();
        vm.exportAll(source, List.of(ExportFormat.PNG, ExportFormat.SVG), ExportOptions.of(SizePreset.ARTICLE_COLUMN),
                dir, true);
        int expected = ChartId.values().length * 2 + 1;
        assertNull(vm.errorProperty().get());
        assertFalse(vm.busyProperty().get());
        assertEquals(expected, vm.writtenProperty().get().size());
        assertEquals("Exported " + expected + " files to " + dir, vm.statusProperty().get());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(expected, files.count());
        }
        assertTrue(Files.exists(dir.resolve("margin-vs-life_burry-2-3-years.svg")));
        assertTrue(Files.exists(dir.resolve("charts_burry-2-3-years.pdf")));
    }

    @Test
    void exportChartWritesOnePngAtTheChosenScale() throws IOException {
        ExportViewModel vm = vm();
        Path target = dir.resolve("ratio.png");
        vm.exportChart(source, ChartId.RATIO, ExportFormat.PNG, ExportOptions.of(SizePreset.SLIDE_16_9).withScale(2),
                target);
        assertEquals("Exported " + target, vm.statusProperty().get());
        try (InputStream in = Files.newInputStream(target)) {
            BufferedImage img = ImageIO.read(in);
            assertEquals(2560, img.getWidth());
            assertEquals(1440, img.getHeight());
        }
    }

    @Test
    void exportResultsWritesTheWorkbook() throws IOException {
        ExportViewModel vm = vm();
        Path target = dir.resolve("results.xlsx");
        vm.exportResults(source, target);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            assertEquals("companies", wb.getSheetName(0));
            assertEquals("calibration", wb.getSheetName(wb.getNumberOfSheets() - 1)); // issue 14: after sources
        }
    }

    @Test
    void aReadOnlyFolderEndsInAPlainMessageAndNoFile() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path folder = locked;
        try {
            Files.delete(Files.createFile(locked.resolve("probe")));
            folder = Path.of("/sys"); // running as root: permissions do not stop root, sysfs refuses everyone
        } catch (IOException expected) {
            // an ordinary user: the folder is read-only as intended
        }
        ExportViewModel vm = vm();
        Path target = folder.resolve("tornado.pdf");
        vm.exportChart(source, ChartId.TORNADO, ExportFormat.PDF, ExportOptions.of(SizePreset.SQUARE), target);
        assertEquals("could not write " + target.toAbsolutePath()
                + ": permission denied (the folder or file is read-only)", vm.errorProperty().get());
        assertEquals("Export failed", vm.statusProperty().get());
        assertEquals(List.of(), vm.writtenProperty().get());
        assertFalse(Files.exists(target));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void dialogValuesOutOfRangeAreRefusedWithTheReason() {
        IllegalArgumentException dpi = assertThrows(IllegalArgumentException.class,
                () -> ExportChoices.choice(List.of(ExportFormat.PNG), 1280, 720, 2, "high", false, false));
        assertEquals("DPI must be a whole number, found \u201Chigh\u201D", dpi.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ExportChoices.choice(List.of(ExportFormat.PNG), 100, 720, 1, "", false, false));
        ExportDialog.Choice ok = ExportChoices.choice(List.of(ExportFormat.SVG), 900, 500, 3, " 300 ", true, false);
        assertEquals(300, ok.options().dpi());
        assertEquals(900, ok.options().size().width());
        assertTrue(ok.options().sidecar());
    }

    @Test
    void aNameTypedWithoutExtensionGetsOne() {
        assertEquals(Path.of("/tmp/chart.svg"), ExportActions.withExtension(Path.of("/tmp/chart"),
                ExportFormat.SVG));
        assertEquals(Path.of("/tmp/chart.PNG"), ExportActions.withExtension(Path.of("/tmp/chart.PNG"),
                ExportFormat.PNG));
    }
}
