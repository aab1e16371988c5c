package org.capexlens.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;

/**
 * {@link XlsxReader.CountedSharedStrings} reads its own copy of the shared-string table for speed; it must give
 * exactly the text POI's {@link ReadOnlySharedStringsTable} gives, string by string.
 */
class SharedStringsTest {
    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    private static List<String> ours(String xml) throws Exception {
        var table = new XlsxReader.CountedSharedStrings(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            out.add(table.text(i));
        }
        return out;
    }

    private static List<String> pois(String xml) throws Exception {
        var table = new ReadOnlySharedStringsTable(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                false);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < table.getUniqueCount(); i++) {
            out.add(table.getItemAt(i).getString());
        }
        return out;
    }

    @Test
    void richRunsPhoneticRunsEscapesAndEntitiesReadAsPoiReadsThem() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst " + NS + " count=\"9\" uniqueCount=\"8\">"
                + "<si><t>Meta</t></si>"
                + "<si><t xml:space=\"preserve\">  spaced  </t></si>"
                + "<si><r><rPr><b/></rPr><t>bold</t></r><r><t xml:space=\"preserve\"> and plain</t></r></si>"
                + "<si><t>\u6771\u4EAC</t><rPh sb=\"0\" eb=\"2\"><t>\u30C8\u30A6\u30AD\u30E7\u30A6</t></rPh></si>"
                + "<si><t>line_x000D_break and _x005F_x0041_ kept</t></si>"
                + "<si><t>a &amp; b &lt; c &#8212; d</t></si>"
                + "<si><t/></si>"
                + "<si><t>x_y_z _x _xZZZZ_</t></si>"
                + "</sst>";

        List<String> expected = List.of("Meta", "  spaced  ", "bold and plain", "\u6771\u4EAC",
                "line\rbreak and _x0041_ kept", "a & b < c \u2014 d", "", "x_y_z _x _xZZZZ_");
        assertEquals(expected, pois(xml));
        assertEquals(expected, ours(xml));
    }

    @Test
    void anEmptyPartIsATableWithoutStrings() throws Exception {
        assertEquals(List.of(), ours(""));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab _x0D9AF<>&\"'\t\n\u00e9\u20ac\u6771".toCharArray())
                .ofMaxLength(30);
    }

    @Property(tries = 200)
    void anyTextReadsBackAsPoiReadsIt(@ForAll List<@From("texts") String> strings) throws Exception {
        // POI can say how many strings it read only through the count the file claims.
        StringBuilder xml = new StringBuilder("<sst " + NS + " uniqueCount=\"" + strings.size() + "\">");
        for (String s : strings) {
            xml.append("<si><t xml:space=\"preserve\">").append(s.replace("&", "&amp;").replace("<", "&lt;")
                    .replace(">", "&gt;")).append("</t></si>");
        }
        xml.append("</sst>");
        assertEquals(pois(xml.toString()), ours(xml.toString()));
    }
}
