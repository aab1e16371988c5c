package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.calc.DepreciationPolicy;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Source;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.DatasetReader;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.WriteException;
import org.capexlens.io.json.SidecarJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The export service on the canonical good fixture (Microsoft, Meta, Nvidia; 11 sources): what each exported
 * file says about itself, sizes and DPI read back from the files, reproducibility, file names, and failures that
 * leave nothing half-written.
 */
class ExportServiceTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
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

    // ---- what an export says about itself -------------------------------------------------------------------

    @Test
    void theFooterNamesTheMostCitedSourcesTheScenarioTheNewestDateAndTheApp() {
        // Margin charts cite capex, financials and lives of Microsoft and Meta: msft-cf and meta-cf 3 rows each,
        // msft-is, msft-life and meta-life 2, meta-is and meta-guide 1; ties keep the sources-sheet order.
        assertEquals("Sources: Microsoft cash flow statements; Meta Platforms annual cash flow; Microsoft income "
                + "statements; The Register; and 3 more (sources sheet) \u00B7 Scenario: As reported \u00B7 Data "
                + "as of 2026-02-04 \u00B7 CapexLens test", service().charts().footer(ChartId.ADJUSTED_MARGIN).text());
        assertEquals(List.of("msft-cf", "meta-cf", "msft-is", "msft-life", "meta-life", "meta-is", "meta-guide"),
                service().charts().sources(ChartId.ADJUSTED_MARGIN).stream().map(Source::id).toList());
    }

    @Test
    void theRatioChartsCiteTheChipAndAiRevenueRowsOfTheYearsDrawn() {
        // Recognised revenue of every entity: the ratio has one year, 2024 (OpenAI's 3.7). Both Nvidia fiscal
        // years (ending January 2024 and 2025) reach into calendar 2024; the run-rate rows are of another basis.
        Scenario s = Scenario.defaults();
        Scenario recognised = new Scenario("Recognised", "", "", "", s.policy(), s.companyOverrides(),
                s.shortLivedShare(), s.longLivedLifeYears(), s.inServiceLagYears(), s.convention(), s.capexGrowth(),
                s.revenueGrowth(), s.projectionEndYear(), s.defaultTaxRate(), s.ratioNumerator(), s.aiShareOfCapex(),
                RevenueBasis.RECOGNIZED, List.of(), s.gpuShareOfDataCenterCost(), s.endUserGrossMargin(),
                s.sustainableCapexIntensity(), s.breakEvenTargetMargin());
        ExportService service = new ExportService(context(good, recognised));
        assertEquals(List.of(2024), service.inputs().result().ratio().stream().map(r -> r.year()).toList());
        assertEquals(List.of("nvda-rev", "openai-2024"),
                service.charts().sources(ChartId.RATIO).stream().map(Source::id).toList());
        assertEquals("Sources: Nvidia revenue by fiscal year; OpenAI financial documents (press) \u00B7 Scenario: "
                + "Recognised \u00B7 Data as of 2026-02-04 \u00B7 CapexLens test",
                service.charts().footer(ChartId.INFRA_VS_APPS).text());
        // The run-rate series of the defaults has no year with both figures: nothing drawn, nothing cited.
        assertEquals(List.of(), service().charts().sources(ChartId.RATIO));
        assertTrue(service().charts().footer(ChartId.RATIO).text().startsWith("Sources: none cited \u00B7 Scenario: "));
    }

    @Test
    void theAsOfDateIsTheNewestPublishedDateOrUnknown() {
        assertEquals(LocalDate.of(2026, 2, 4), service().charts().asOf());
        Dataset undated = new Dataset(good.companies(), good.capex(), good.financials(), good.usefulLives(),
                good.chipRevenue(), good.aiRevenue(), List.of(new Source("msft-cf", "Microsoft cash flow", "", null,
                        null, "")));
        ExportService s = new ExportService(context(undated, Scenario.defaults()));
        assertNull(s.charts().asOf());
        assertTrue(s.charts().footer(ChartId.RATIO).text().contains("\u00B7 Data as of unknown \u00B7"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft Form 10-K FY2019 - Cash Flows Statements (SEC XBRL R6) | Microsoft Form 10-K FY2019
            The Register - Microsoft extends life of cloud servers           | The Register
            Meta Platforms annual cash flow                                  | Meta Platforms annual cash flow
            A - short prefix is kept whole                                   | A - short prefix is kept whole
            Deep Quarry (Olga Usvyatsky) revises server lifespans amid the AI shift | Deep Quarry (Olga Usvyatsky) revises…
            """)
    void shortTitlesStopAtTheFirstDashAndFitAFooter(String title, String expected) {
        assertEquals(expected, CitedSources.shortTitle(title));
    }

    @Test
    void metadataCarriesTheChartTitleTheScenarioTheDatasetHashAndTheSourceAddresses() throws Exception {
        ExportService s = service();
        Document svg = ExportReadBack.svg(s.render(ChartId.ADJUSTED_MARGIN, ExportFormat.SVG, article()));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(680.0, Double.parseDouble(root.getAttribute("width")));
        assertEquals(460.0, Double.parseDouble(root.getAttribute("height")));
        assertEquals("Operating margin if As reported",
                svg.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent());
        assertEquals("Operating margin per company under the scenario. Scenario: As reported. Data: good.json "
                + "(SHA-256 " + SHA + "), as of 2026-02-04.",
                svg.getElementsByTagNameNS(SVG_NS, "desc").item(0).getTextContent());
        NodeList sources = svg.getElementsByTagNameNS(DC_NS, "source");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < sources.getLength(); i++) {
            urls.add(sources.item(i).getTextContent());
        }
        List<String> expected = new ArrayList<>();
        s.charts().sources(ChartId.ADJUSTED_MARGIN).forEach(src -> expected.add(src.url()));
        assertEquals(expected, urls);
        assertEquals(7, urls.size());
        assertEquals("CapexLens test", svg.getElementsByTagNameNS(DC_NS, "creator").item(0).getTextContent());
    }

    // ---- sizes, scale and DPI, read back --------------------------------------------------------------------

    @Test
    void aPngIsWidthTimesScalePixelsWithNinetySixTimesScaleDpi() throws Exception {
        ExportReadBack.Png png = ExportReadBack.png(service().render(ChartId.TORNADO, ExportFormat.PNG,
                article().withScale(2)));
        assertEquals(new ExportReadBack.Png(1360, 920, ExportReadBack.ppm(192)), png);
        assertEquals(7559, png.pixelsPerMetre());
    }

    @Test
    void aGivenDpiReplacesTheDefaultWithoutChangingThePixels() throws Exception {
        ExportReadBack.Png png = ExportReadBack.png(service().render(ChartId.RATIO, ExportFormat.PNG,
                ExportOptions.of(SizePreset.SQUARE).withScale(1.5).withDpi(300)));
        assertEquals(new ExportReadBack.Png(1200, 1200, 11811), png);
    }

    @Test
    void aPdfHasOnePagePerChartAndItsDocumentInfo() {
        ExportService s = service();
        byte[] one = s.render(ChartId.BACKTEST, ExportFormat.PDF, ExportOptions.of(SizePreset.SLIDE_16_9));
        assertTrue(ExportReadBack.isPdf(one));
        assertEquals(1, ExportReadBack.pdfPages(one));
        assertTrue(ExportReadBack.pdfHasInfo(one, "Title", "Back-test: model vs disclosed effect of useful-life "
                + "changes"));
        assertTrue(ExportReadBack.pdfHasInfo(one, "Author", "CapexLens test"));
        assertTrue(ExportReadBack.pdfHasInfo(one, "Keywords", "CapexLens, AI capex, depreciation, backtest, As "
                + "reported"));
        byte[] all = s.renderPdf(List.of(ChartId.values()), article());
        assertEquals(ChartId.values().length, ExportReadBack.pdfPages(all));
        assertTrue(ExportReadBack.pdfHasInfo(all, "Title", "CapexLens charts: As reported"));
    }

    @Test
    void sizeScaleAndDpiOutOfRangeAreRefusedInPlainWords() {
        assertEquals("the width must be between 320 and 4000, found 100",
                assertThrows(IllegalArgumentException.class, () -> new ChartSize(100, 500)).getMessage());
        assertEquals("the height must be between 240 and 4000, found 4001",
                assertThrows(IllegalArgumentException.class, () -> new ChartSize(800, 4001)).getMessage());
        ChartSize size = SizePreset.SLIDE_16_9.size();
        assertEquals("the scale must be between 1 and 4, found 0.5",
                assertThrows(IllegalArgumentException.class, () -> new ExportOptions(size, 0.5, null, false))
                        .getMessage());
        assertEquals("the DPI must be between 1 and 2400, found 9600",
                assertThrows(IllegalArgumentException.class, () -> new ExportOptions(size, 1, 9600, false))
                        .getMessage());
        assertEquals("at scale 4 the PNG would be 12000 × 1600 pixels; the most is 8000 per side: lower the scale "
                + "or the size", assertThrows(IllegalArgumentException.class, () -> new ExportOptions(
                        new ChartSize(3000, 400), 4, null, false)).getMessage());
        assertEquals(new ChartSize(1280, 720), SizePreset.parse("Slide").orElseThrow().size());
        assertEquals(new ChartSize(680, 460), SizePreset.ARTICLE_COLUMN.size());
        assertEquals(new ChartSize(800, 800), SizePreset.SQUARE.size());
    }

    // ---- reproducibility ------------------------------------------------------------------------------------

    @Test
    void theSameContextGivesByteIdenticalFilesInEveryFormat() {
        ExportOptions o = article().withScale(2);
        for (ExportFormat f : ExportFormat.values()) {
            byte[] a = service().render(ChartId.DEPRECIATION_BY_VINTAGE, f, o);
            byte[] b = service().render(ChartId.DEPRECIATION_BY_VINTAGE, f, o);
            assertArrayEquals(a, b, f.toString());
        }
    }

    @Test
    void hatchedBarsAreVectorLinesInSvgNotABlackFill() throws Exception {
        String svg = new String(service().render(ChartId.REVENUE_GAP, ExportFormat.SVG, article()),
                StandardCharsets.UTF_8);
        // JFreeSVG fills a TexturePaint black; the required-revenue bars are hatched, so black would show up.
        assertTrue(!svg.contains("fill:black"), "a texture was filled black");
        assertTrue(!svg.matches("(?s).*clip-path='url\\(#_\\d+.*"), "defs ids from the clock");
    }

    @Test
    void aSidecarReproducesTheSameBytes() throws Exception {
        ExportService s = new ExportService(context(good, Scenario.defaults().withName("Burry 2–3 years")
                .withPolicy(new DepreciationPolicy.Uniform(2.5))));
        ExportOptions o = ExportOptions.of(SizePreset.ARTICLE_COLUMN).withScale(2).withSidecar(true);
        ExportedFile first = s.export(ChartId.MARGIN_VS_LIFE, ExportFormat.PNG, o,
                dir.resolve("margin-vs-life_burry-2-3-years.png"));
        assertEquals(dir.resolve("margin-vs-life_burry-2-3-years.png.capexlens.json"), first.sidecar());

        SidecarJson.Sidecar sidecar = SidecarJson.read(first.sidecar());
        assertEquals(192, sidecar.dpi());
        Reproduction r = Reproduction.fromSidecar(sidecar, first.sidecar().getFileName().toString());
        ExportContext again = new ExportContext(good, sidecar.datasetFile(), sidecar.datasetPath(),
                sidecar.datasetSha256(), r.scenario(), r.settings(), r.locale(), "test");
        Path other = dir.resolve("again");
        ExportedFile second = new ExportService(again).export(r, other);
        assertEquals(other.resolve("margin-vs-life_burry-2-3-years.png"), second.file());
        assertArrayEquals(Files.readAllBytes(first.file()), Files.readAllBytes(second.file()));
    }

    @Test
    void aSidecarNamingUnknownThingsIsRefusedWithLocatedMessages() {
        SidecarJson.Sidecar ok = new ExportService(context(good, Scenario.defaults())).sidecar("x.png",
                ExportFormat.PNG, List.of(ChartId.RATIO), article());
        SidecarJson.Sidecar bad = new SidecarJson.Sidecar("../x.png", "gif", List.of("ratio", "pie"), 100,
                ok.height(), 1, 96, ok.locale(), ok.appVersion(), ok.datasetFile(), ok.datasetPath(),
                ok.datasetSha256(), new SidecarJson.Settings(2026, null, "life", "colour", 2026, 2028),
                ok.scenario());
        ImportException e = assertThrows(ImportException.class, () -> Reproduction.fromSidecar(bad, "s.json"));
        assertEquals(List.of(
                "s.json:sidecar::charts: unknown chart pie; expected one of: ratio, infra-vs-apps, "
                        + "delta-depreciation, adjusted-margin, margin-vs-life, sensitivity-heatmap, tornado, "
                        + "depreciation-vintage, revenue-gap, backtest",
                "s.json:sidecar::format: unknown format gif; expected png, svg or pdf",
                "s.json:sidecar::width: the width must be between 320 and 4000, found 100",
                "s.json:sidecar::chart_settings.grid_columns: unknown grid axis colour; expected one of: life, "
                        + "short_lived_share, capex_growth",
                "s.json:sidecar::file: file must be a file name without a folder, found \"../x.png\""),
                e.messages().stream().map(ImportMessage::format).toList());
    }

    // ---- file names -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            As reported                                  | as-reported
            Burry 2–3 years                              | burry-2-3-years
            'As reported, uniform life 2.5 years'        | as-reported-uniform-life-2-5-years
            Économie d’été                               | economie-d-ete
            '  --  '                                     | scenario
            Nvidia memo 4–6 years with a name that goes on and on and on | nvidia-memo-4-6-years-with-a-name-that-goes-on
            """)
    void scenarioNamesBecomeLowerCaseAsciiSlugs(String name, String slug) {
        assertEquals(slug, ExportFileNames.slug(name));
    }

    @Test
    void filesAreNamedAfterTheChartAndTheScenario() {
        assertEquals("margin-vs-life_burry-2-3-years.png", ExportFileNames.fileName(ChartId.MARGIN_VS_LIFE,
                "Burry 2–3 years", ExportFormat.PNG));
        assertEquals("charts_sequoia-2024.pdf", ExportFileNames.combinedPdfName("Sequoia 2024"));
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
