package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartTheme;
import org.capexlens.chart.Charts;
import org.capexlens.chart.SampleChartInputs;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads back what the renderer wrote: PNG size and DPI, SVG as XML with metadata, PDF pages and info. */
class ChartRendererTest {
    private static final ChartRenderer.Metadata META = new ChartRenderer.Metadata("Infrastructure ratio",
            "Ratio under the Burry 2\u20133 years scenario", List.of("https://example.org/a", "https://example.org/b"),
            "CapexLens test", "AI capex, depreciation");

    private static JFreeChart chart(ChartId id) {
        return Charts.build(id, SampleChartInputs.create(), ChartTheme.PRINT);
    }

    @Test
    void pngHasScaledPixelSizeAndDpiInPhys() throws Exception {
        byte[] png = ChartRenderer.png(chart(ChartId.RATIO), 800, 450, 3, 288, META);
        // 288 dpi = 288 / 0.0254 = 11338.58 -> 11339 pixels per metre
        assertEquals(new ExportReadBack.Png(2400, 1350, 11339), ExportReadBack.png(png));
    }

    @Test
    void samePngInputsGiveIdenticalBytes() {
        byte[] a = ChartRenderer.png(chart(ChartId.INFRA_VS_APPS), 640, 360, 2, 192, META);
        byte[] b = ChartRenderer.png(chart(ChartId.INFRA_VS_APPS), 640, 360, 2, 192, META);
        assertArrayEquals(a, b);
    }

    @Test
    void svgParsesAsXmlWithRequestedSizeTitleDescriptionAndSources() throws Exception {
        byte[] svg = ChartRenderer.svg(chart(ChartId.MARGIN_VS_LIFE), 960, 540, META);
        Document doc = ExportReadBack.svg(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(960.0, Double.parseDouble(root.getAttribute("width")));
        assertEquals(540.0, Double.parseDouble(root.getAttribute("height")));
        assertEquals("Infrastructure ratio", doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title")
                .item(0).getTextContent());
        assertEquals("Ratio under the Burry 2\u20133 years scenario",
                doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent());
        NodeList sources = doc.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "source");
        assertEquals(2, sources.getLength());
        assertEquals("https://example.org/b", sources.item(1).getTextContent());
    }

    @Test
    void pdfHasOnePagePerChartAndTheDocumentInfo() {
        byte[] pdf = ChartRenderer.pdf(List.of(chart(ChartId.RATIO), chart(ChartId.TORNADO),
                chart(ChartId.BACKTEST)), 842, 595, META);
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(ExportReadBack.isPdf(pdf), "PDF header and end marker");
        assertEquals(3, ExportReadBack.pdfPages(pdf));
        assertTrue(s.contains("/Subject " + PdfInfo.text("Ratio under the Burry 2\u20133 years scenario")));
        assertTrue(s.contains("/Keywords " + PdfInfo.text("AI capex, depreciation")));
        assertTrue(s.contains("/Author " + PdfInfo.text("CapexLens test")));
    }

    @Test
    void samePdfInputsGiveIdenticalBytes() {
        byte[] a = ChartRenderer.pdf(List.of(chart(ChartId.RATIO)), 600, 400, META);
        byte[] b = ChartRenderer.pdf(List.of(chart(ChartId.RATIO)), 600, 400, META);
        assertArrayEquals(a, b);
    }
}
