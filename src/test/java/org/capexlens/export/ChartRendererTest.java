package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartTheme;
import org.capexlens.chart.Charts;
import org.capexlens.chart.SampleChartInputs;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
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
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(2400, img.getWidth());
        assertEquals(1350, img.getHeight());
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) find(root, "pHYs");
            // 288 dpi = 288 / 0.0254 = 11338.58 -> 11339 pixels per metre
            assertEquals("11339", phys.getAttribute("pixelsPerUnitXAxis"));
            assertEquals("11339", phys.getAttribute("pixelsPerUnitYAxis"));
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            reader.dispose();
        }
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
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
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
        assertTrue(s.startsWith("%PDF-"), "PDF header");
        Matcher pages = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(s);
        int n = 0;
        while (pages.find()) {
            n++;
        }
        assertEquals(3, n);
        assertTrue(s.contains("/Subject " + PdfInfo.text("Ratio under the Burry 2\u20133 years scenario")));
        assertTrue(s.contains("/Keywords " + PdfInfo.text("AI capex, depreciation")));
        assertTrue(s.contains("/Author " + PdfInfo.text("CapexLens test")));
        assertTrue(s.trim().endsWith("%%EOF"));
    }

    @Test
    void samePdfInputsGiveIdenticalBytes() {
        byte[] a = ChartRenderer.pdf(List.of(chart(ChartId.RATIO)), 600, 400, META);
        byte[] b = ChartRenderer.pdf(List.of(chart(ChartId.RATIO)), 600, 400, META);
        assertArrayEquals(a, b);
    }

    private static Node find(Node node, String name) {
        if (name.equals(node.getNodeName())) {
            return node;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node hit = find(c, name);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}
