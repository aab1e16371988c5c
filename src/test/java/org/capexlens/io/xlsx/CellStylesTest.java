package org.capexlens.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;

/**
 * {@link CellStyles} reads the style table without XMLBeans; it must call exactly the styles POI's
 * {@link StylesTable} calls dates, style by style.
 */
class CellStylesTest {
    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    /** Per style: is it a date, as the importer decided with POI's style table. */
    private static List<Boolean> withPoi(byte[] xml) throws Exception {
        StylesTable table = new StylesTable(new ByteArrayInputStream(xml));
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < table.getNumCellStyles(); i++) {
            int formatId = (int) table.getCellXfAt(i).getNumFmtId();
            String format = table.getNumberFormatAt((short) formatId);
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(formatId);
            }
            out.add(DateUtil.isADateFormat(formatId, format));
        }
        return out;
    }

    private static List<Boolean> ours(byte[] xml) throws Exception {
        CellStyles styles = CellStyles.read(new ByteArrayInputStream(xml));
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < styles.count(); i++) {
            out.add(styles.isDate(i));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"data/ai-economics.xlsx", "src/test/resources/fixtures/good/good.xlsx",
        "src/test/resources/fixtures/workbooks/inline-strings.xlsx",
        "src/test/resources/fixtures/workbooks/formula-cached.xlsx"})
    void everyStyleOfARealWorkbookIsADateExactlyWhenPoiSaysSo(String workbook) throws Exception {
        byte[] xml;
        try (ZipFile zip = new ZipFile(Path.of(workbook).toFile())) {
            ZipEntry styles = zip.getEntry("xl/styles.xml");
            try (InputStream in = zip.getInputStream(styles)) {
                xml = in.readAllBytes();
            }
        }
        List<Boolean> expected = withPoi(xml);
        assertEquals(true, expected.contains(true), "the workbook has a date style to tell apart");
        assertEquals(expected, ours(xml));
    }

    @Test
    void onlyTheCellXfsAreStylesAndTheirFormatIdsDecide() throws Exception {
        byte[] xml = ("<styleSheet " + NS
                + " xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
                + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/><numFmt numFmtId=\"14\" formatCode=\"0.0\"/>"
                + "</numFmts>"
                + "<cellStyleXfs count=\"2\"><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellStyleXfs>"
                + "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                + "<xf numFmtId=\"165\"/><xf/><xf numFmtId=\"22\"><alignment/></xf></cellXfs>"
                + "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"165\" formatCode=\"yyyy\"/></dxf></dxfs>"
                + "<extLst><ext><x14:slicerStyles defaultSlicerStyle=\"x\"/></ext></extLst></styleSheet>")
                .getBytes(StandardCharsets.UTF_8);

        // 164 (yyyy-mm-dd) and the built-in 22 (m/d/yy h:mm) are dates; so is 14 although the file redefines it as
        // "0.0": POI treats Excel's internal date ids as dates whatever their code. A style without an id is General;
        // the differential format's numFmt 165 (yyyy) formats no cell.
        List<Boolean> expected = List.of(false, true, true, false, false, true);
        assertEquals(expected, withPoi(xml));
        assertEquals(expected, ours(xml));
    }

    @Test
    void aNumberFormatIdThatIsNoNumberFailsWhenAStyleUsesIt() throws Exception {
        byte[] xml = ("<styleSheet " + NS + "><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"abc\"/>"
                + "</cellXfs></styleSheet>").getBytes(StandardCharsets.UTF_8);
        CellStyles styles = CellStyles.read(new ByteArrayInputStream(xml));

        assertEquals(false, styles.isDate(0));
        assertThrows(SAXException.class, () -> styles.isDate(1));
    }
}
