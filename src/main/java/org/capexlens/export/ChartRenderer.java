package org.capexlens.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders charts to bytes: PNG with its DPI in the pHYs chunk, SVG through JFreeSVG with title, description and
 * sources in the document, PDF through JFreePDF with the document info (STYLE habit 10: typed library calls, no
 * reflective {@code ExportUtils}). Pure functions of their inputs: the same chart gives the same bytes, so a
 * sidecar can reproduce an export exactly. Safe off the FX thread (Java2D only).
 */
public final class ChartRenderer {
    /** Metres per inch, for the PNG pHYs chunk (pixels per metre). */
    private static final double METRES_PER_INCH = 0.0254;
    /** Prefix of the ids of SVG definitions (clip paths, gradients). */
    static final String DEFS_PREFIX = "capexlens";

    /**
     * What an exported document says about itself.
     *
     * @param title        the chart title.
     * @param description  one sentence: what the chart shows and under which scenario.
     * @param sourceUrls   the cited sources' addresses.
     * @param author       e.g. {@code CapexLens 0.1.0}.
     * @param keywords     comma-separated keywords.
     */
    public record Metadata(String title, String description, List<String> sourceUrls, String author,
            String keywords) {
        public Metadata {
            title = title == null ? "" : title;
            description = description == null ? "" : description;
            sourceUrls = List.copyOf(sourceUrls);
            author = author == null ? "" : author;
            keywords = keywords == null ? "" : keywords;
        }
    }

    private ChartRenderer() {
    }

    /**
     * PNG of {@code width × scale} by {@code height × scale} pixels.
     *
     * @param width   logical width in points (1/96 inch at scale 1).
     * @param height  logical height.
     * @param scale   1–4: pixel density multiplier.
     * @param dpi     dots per inch written into pHYs (96 × scale unless the user asks for another).
     * @param meta    written as PNG tEXt chunks (Title, Description, Source, Software).
     */
    public static byte[] png(JFreeChart chart, int width, int height, double scale, int dpi, Metadata meta) {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be between 1 and 4, was " + scale);
        }
        if (dpi < 1 || dpi > 2400) {
            throw new IllegalArgumentException("dpi must be between 1 and 2400, was " + dpi);
        }
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return encodePng(image, dpi, meta);
    }

    private static byte[] encodePng(BufferedImage image, int dpi, Metadata meta) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String ppm = Integer.toString((int) Math.round(dpi / METRES_PER_INCH));
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            IIOMetadataNode text = new IIOMetadataNode("tEXt");
            addText(text, "Title", meta.title());
            addText(text, "Description", meta.description());
            addText(text, "Source", String.join(" ", meta.sourceUrls()));
            addText(text, "Software", meta.author());
            root.appendChild(text);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("PNG metadata rejected", e);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding to memory failed", e);
        } finally {
            writer.dispose();
        }
    }

    private static void addText(IIOMetadataNode text, String key, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", key);
        // tEXt is Latin-1: replace what it cannot hold rather than corrupt the chunk.
        entry.setAttribute("value", latin1(value));
        text.appendChild(entry);
    }

    private static String latin1(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c < 256 ? c : '?');
        }
        return sb.toString();
    }

    /**
     * SVG of {@code width × height} user units, with title, description and sources in the document. Hatched
     * (projected) bars are drawn as vector diagonals ({@link VectorHatching}).
     */
    public static byte[] svg(JFreeChart chart, int width, int height, Metadata meta) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // JFreeSVG names clip paths and gradients after System.nanoTime() by default; a fixed prefix keeps the
        // same chart the same file (the ids only need to be unique within the document).
        g.setDefsKeyPrefix(DEFS_PREFIX);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(new VectorHatching(g), new Rectangle2D.Double(0, 0, width, height));
        String element = g.getSVGElement();
        int open = element.indexOf('>');
        if (!element.startsWith("<svg") || open < 0) {
            throw new IllegalStateException("JFreeSVG produced no <svg> element");
        }
        StringBuilder doc = new StringBuilder(element.length() + 1024);
        doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        String rootTag = element.substring(0, open);
        doc.append(rootTag);
        if (!rootTag.contains("viewBox")) {
            doc.append(" viewBox='0 0 ").append(width).append(' ').append(height).append('\'');
        }
        doc.append(" xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>");
        doc.append("<title>").append(xml(meta.title())).append("</title>");
        doc.append("<desc>").append(xml(meta.description())).append("</desc>");
        doc.append("<metadata><rdf:RDF><rdf:Description>");
        doc.append("<dc:title>").append(xml(meta.title())).append("</dc:title>");
        doc.append("<dc:description>").append(xml(meta.description())).append("</dc:description>");
        doc.append("<dc:creator>").append(xml(meta.author())).append("</dc:creator>");
        for (String url : meta.sourceUrls()) {
            doc.append("<dc:source>").append(xml(url)).append("</dc:source>");
        }
        doc.append("</rdf:Description></rdf:RDF></metadata>");
        doc.append(element, open + 1, element.length());
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * A PDF with one vector page of {@code width × height} points per chart, and the document info: title,
     * subject, author and keywords. Hatched (projected) bars are drawn as vector diagonals
     * ({@link VectorHatching}).
     */
    public static byte[] pdf(List<JFreeChart> charts, int width, int height, Metadata meta) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one chart");
        }
        PDFDocument doc = new PDFDocument();
        doc.setTitle(meta.title());
        doc.setAuthor(meta.author());
        for (JFreeChart chart : charts) {
            Page page = doc.createPage(new Rectangle2D.Double(0, 0, width, height));
            PDFGraphics2D g = page.getGraphics2D();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // The PDF standard fonts cover Latin-1 only: Δ, ÷, ×, → and – would print as '?'. Text drawn as
            // vector outlines keeps every glyph of the Java font, and the page looks like the PNG and SVG.
            g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
            chart.draw(new VectorHatching(g), new Rectangle2D.Double(0, 0, width, height));
        }
        return PdfInfo.withInfo(doc.getPDFBytes(), meta.title(), meta.description(), meta.author(),
                meta.keywords());
    }

    /** The file extension of a format name ({@code png}, {@code svg}, {@code pdf}). */
    static String extension(String format) {
        return format.toLowerCase(Locale.ROOT);
    }
}
