package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Source;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The charts as exported, on the canonical good fixture (Microsoft, Meta, Nvidia; 11 sources): what each file says
 * about itself (footer, sources, metadata), sizes and DPI read back from the bytes, and byte-identical output for
 * the same context.
 */
class ExportedChartsTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String SHA = ExportServiceTest.SHA;
    private static Dataset good;

    @BeforeAll
    static void load() throws ImportException {
        good = DatasetReader.read(Path.of("src/test/resources/fixtures/good/good.json")).dataset();
    }

    private static ExportContext context(Dataset dataset, Scenario scenario) {
        return ExportServiceTest.context(dataset, scenario);
    }

    private static ExportService service() {
        return new ExportService(context(good, Scenario.defaults()));
    }

    private static ExportedCharts charts() {
        return service().charts();
    }

    private static ExportOptions article() {
        return ExportOptions.of(SizePreset.ARTICLE_COLUMN);
    }

    // ---- what an export says about itself -------------------------------------------------------------------

    @Test
    void theFooterNamesTheMostCitedSourcesTheScenarioTheNewestDateAndTheApp() {
        // Margin charts cite capex, financials and lives of Microsoft and Meta: msft-cf and meta-cf 3 rows each,
        // msft-is, msft-life and meta-life 2, meta-is and meta-guide 1; ties keep the sources-sheet order.
        assertEquals("Sources: Microsoft cash flow statements; Meta Platforms annual cash flow; Microsoft income "
                + "statements; The Register; and 3 more (sources sheet) \u00B7 Scenario: As reported \u00B7 Data "
                + "as of 2026-02-04 \u00B7 CapexLens test", charts().footer(ChartId.ADJUSTED_MARGIN).text());
        assertEquals(List.of("msft-cf", "meta-cf", "msft-is", "msft-life", "meta-life", "meta-is", "meta-guide"),
                charts().sources(ChartId.ADJUSTED_MARGIN).stream().map(Source::id).toList());
    }

    @Test
    void theRatioChartsCiteTheChipAndAiRevenueRowsOfTheYearsDrawn() {
        // Recognised revenue of every entity: the ratio has one year, 2024 (OpenAI's 3.7). Both Nvidia fiscal
        // years (ending January 2024 and 2025) reach into calendar 2024; the run-rate rows are of another basis.
        Scenario s = Scenario.defaults();
        Scenario recognised = s.toBuilder().name("Recognised").description("").assertedBy("").sourceUrl("")
                .aiRevenueBasis(RevenueBasis.RECOGNIZED).aiRevenueEntities(List.of()).build();
        ExportService service = new ExportService(context(good, recognised));
        assertEquals(List.of(2024), service.inputs().result().ratio().stream().map(r -> r.year()).toList());
        assertEquals(List.of("nvda-rev", "openai-2024"),
                service.charts().sources(ChartId.RATIO).stream().map(Source::id).toList());
        assertEquals("Sources: Nvidia revenue by fiscal year; OpenAI financial documents (press) \u00B7 Scenario: "
                + "Recognised \u00B7 Data as of 2026-02-04 \u00B7 CapexLens test",
                service.charts().footer(ChartId.INFRA_VS_APPS).text());
        // The run-rate series of the defaults has no year with both figures: nothing drawn, nothing cited.
        assertEquals(List.of(), charts().sources(ChartId.RATIO));
        assertTrue(charts().footer(ChartId.RATIO).text().startsWith("Sources: none cited \u00B7 Scenario: "));
    }

    @Test
    void theAsOfDateIsTheNewestPublishedDateOrUnknown() {
        assertEquals(LocalDate.of(2026, 2, 4), charts().asOf());
        Dataset undated = new Dataset(good.companies(), good.capex(), good.financials(), good.usefulLives(),
                good.chipRevenue(), good.aiRevenue(), List.of(new Source("msft-cf", "Microsoft cash flow", "", null,
                        null, "")));
        ExportedCharts s = new ExportService(context(undated, Scenario.defaults())).charts();
        assertNull(s.asOf());
        assertTrue(s.footer(ChartId.RATIO).text().contains("\u00B7 Data as of unknown \u00B7"));
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
        ExportedCharts s = charts();
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
        s.sources(ChartId.ADJUSTED_MARGIN).forEach(src -> expected.add(src.url()));
        assertEquals(expected, urls);
        assertEquals(7, urls.size());
        assertEquals("CapexLens test", svg.getElementsByTagNameNS(DC_NS, "creator").item(0).getTextContent());
    }

    // ---- sizes, scale and DPI, read back --------------------------------------------------------------------

    @Test
    void aPngIsWidthTimesScalePixelsWithNinetySixTimesScaleDpi() throws Exception {
        ExportReadBack.Png png = ExportReadBack.png(charts().render(ChartId.TORNADO, ExportFormat.PNG,
                article().withScale(2)));
        assertEquals(new ExportReadBack.Png(1360, 920, ExportReadBack.ppm(192)), png);
        assertEquals(7559, png.pixelsPerMetre());
    }

    @Test
    void aGivenDpiReplacesTheDefaultWithoutChangingThePixels() throws Exception {
        ExportReadBack.Png png = ExportReadBack.png(charts().render(ChartId.RATIO, ExportFormat.PNG,
                ExportOptions.of(SizePreset.SQUARE).withScale(1.5).withDpi(300)));
        assertEquals(new ExportReadBack.Png(1200, 1200, 11811), png);
    }

    @Test
    void aPdfHasOnePagePerChartAndItsDocumentInfo() {
        ExportedCharts s = charts();
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
            byte[] a = charts().render(ChartId.DEPRECIATION_BY_VINTAGE, f, o);
            byte[] b = charts().render(ChartId.DEPRECIATION_BY_VINTAGE, f, o);
            assertArrayEquals(a, b, f.toString());
        }
    }

    @Test
    void hatchedBarsAreVectorLinesInSvgNotABlackFill() throws Exception {
        String svg = new String(charts().render(ChartId.REVENUE_GAP, ExportFormat.SVG, article()),
                StandardCharsets.UTF_8);
        // JFreeSVG fills a TexturePaint black; the required-revenue bars are hatched, so black would show up.
        assertTrue(!svg.contains("fill:black"), "a texture was filled black");
        assertTrue(!svg.matches("(?s).*clip-path='url\\(#_\\d+.*"), "defs ids from the clock");
    }
}
