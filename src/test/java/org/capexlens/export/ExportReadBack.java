package org.capexlens.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads exported files back the way a user's tools would: PNG size and pHYs, SVG as XML, PDF pages and info. */
public final class ExportReadBack {
    private ExportReadBack() {
    }

    /** Width, height and pixels per metre (pHYs, square pixels in metres, else -1) of a PNG. */
    public record Png(int width, int height, int pixelsPerMetre) {
    }

    public static Png png(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            try {
                reader.setInput(in);
                IIOMetadata meta = reader.getImageMetadata(0);
                Element phys = (Element) find(meta.getAsTree("javax_imageio_png_1.0"), "pHYs");
                // Square pixels in metres, as the exports write them; anything else reads as -1.
                int ppm = phys == null || !"meter".equals(phys.getAttribute("unitSpecifier"))
                        || !phys.getAttribute("pixelsPerUnitXAxis").equals(phys.getAttribute("pixelsPerUnitYAxis"))
                        ? -1 : Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"));
                return new Png(reader.getWidth(0), reader.getHeight(0), ppm);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Pixels per metre for a DPI, as the pHYs chunk stores it. */
    public static int ppm(int dpi) {
        return (int) Math.round(dpi / 0.0254);
    }

    /** Parses an SVG file as XML with DOCTYPEs refused (no external entities). */
    public static Document svg(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** The number of page objects of a PDF. */
    public static int pdfPages(byte[] bytes) {
        Matcher pages = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(bytes,
                StandardCharsets.ISO_8859_1));
        int n = 0;
        while (pages.find()) {
            n++;
        }
        return n;
    }

    /** Whether the bytes start like a PDF file and end with its end-of-file marker. */
    public static boolean isPdf(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        return s.startsWith("%PDF-") && s.trim().endsWith("%%EOF");
    }

    /** A PDF document-info entry as written (a UTF-16 hex string), e.g. {@code /Author <FEFF…>}. */
    public static boolean pdfHasInfo(byte[] bytes, String key, String value) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains("/" + key + " " + PdfInfo.text(value));
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
