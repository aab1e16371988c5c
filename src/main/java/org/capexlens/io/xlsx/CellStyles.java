package org.capexlens.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one thing the importer needs from a workbook's style table: which cell styles format a number as a date.
 *
 * <p>Read with a plain SAX pass over {@code xl/styles.xml} instead of POI's {@code StylesTable}, which parses the
 * part into XMLBeans objects: that cost about 0.9 s of class loading and schema set-up the first time a workbook is
 * opened (a third of a cold 200,000-row import, two thirds of opening a small one) for fonts, fills and borders we
 * never use. The answers are the ones {@code StylesTable} gives: the style of index {@code i} is the {@code i}-th
 * {@code xf} of {@code cellXfs}; its number format is the {@code numFmt} of {@code numFmts} with its
 * {@code numFmtId} (as a {@code short}, as POI keys them), else Excel's built-in format of that id; and
 * {@link DateUtil#isADateFormat(int, String)} decides.
 */
final class CellStyles extends DefaultHandler {
    /**
     * Number-format id of each cell style ({@code cellXfs/xf}), in order, as written: read when a cell uses the
     * style, so that a bad id fails only a workbook that uses it, as with POI.
     */
    private final List<String> xfFormatIds = new ArrayList<>();
    /** Format codes of the workbook's own number formats, by id. */
    private final Map<Short, String> formats = new HashMap<>();
    private int depthInCellXfs = -1;
    private int depthInNumFmts = -1;
    private int depth;

    private CellStyles() {
    }

    /**
     * Reads a style table.
     *
     * @param in  the {@code styles.xml} part; not closed here.
     * @throws SAXException  when the part is not well-formed XML, or a number-format id is not a number.
     */
    static CellStyles read(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        CellStyles styles = new CellStyles();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(styles);
        xml.parse(new InputSource(in));
        return styles;
    }

    /** How many cell styles the workbook has. */
    int count() {
        return xfFormatIds.size();
    }

    /**
     * Whether cell style {@code index} shows numbers as dates.
     *
     * @param index  0 to {@link #count()} - 1.
     * @throws SAXException  when the style's number-format id is not a number.
     */
    boolean isDate(int index) throws SAXException {
        int formatId = (int) unsigned(xfFormatIds.get(index));
        String format = formats.get((short) formatId);
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(formatId);
        }
        return DateUtil.isADateFormat(formatId, format);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
            return; // extensions (x14 …) hold no cell formats
        }
        switch (localName) {
            case "cellXfs" -> depthInCellXfs = depth;
            case "numFmts" -> depthInNumFmts = depth;
            case "xf" -> {
                // Only the direct children of cellXfs are cell styles; cellStyleXfs holds the named styles.
                if (depthInCellXfs > 0 && depth == depthInCellXfs + 1) {
                    xfFormatIds.add(atts.getValue("numFmtId"));
                }
            }
            case "numFmt" -> {
                // Only the workbook's number formats; a differential format (dxfs/dxf/numFmt) formats no cell.
                if (depthInNumFmts > 0 && depth == depthInNumFmts + 1) {
                    formats.put((short) unsigned(atts.getValue("numFmtId")), atts.getValue("formatCode"));
                }
            }
            default -> {
                // fonts, fills, borders, named styles, colours: nothing the importer needs
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (depth == depthInCellXfs) {
            depthInCellXfs = -1;
        }
        if (depth == depthInNumFmts) {
            depthInNumFmts = -1;
        }
        depth--;
    }

    /** An {@code xsd:unsignedInt} attribute; absent is 0, as XMLBeans reads it. */
    private static long unsigned(String value) throws SAXException {
        if (value == null) {
            return 0;
        }
        try {
            long v = Long.parseLong(value.trim());
            if (v < 0 || v > 0xFFFF_FFFFL) {
                throw new SAXException("number format id out of range: " + value);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SAXException("number format id is not a number: " + value, e);
        }
    }
}
