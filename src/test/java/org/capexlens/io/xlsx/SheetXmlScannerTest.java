package org.capexlens.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.poi.util.XMLHelper;
import org.capexlens.io.RawCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.junit.jupiter.api.Tag;

/**
 * {@link SheetXmlScanner} must read a worksheet exactly as the JDK's SAX parser (set up by POI) feeding the same
 * {@link XlsxSheetHandler} does: the same rows and cells from every well-formed part, and a failure for every part
 * the SAX parser refuses. Hand-picked cases, then generated worksheets, whole and damaged, read both ways.
 */
@Tag("slow")
@net.jqwik.api.Tag("slow")
class SheetXmlScannerTest {
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String SST = "<sst xmlns=\"" + NS + "\"><si><t>Meta</t></si><si><t>capex_usd_b</t></si>"
            + "<si><t>a &amp; b</t></si><si><t xml:space=\"preserve\"> x </t></si><si><t>\u6771</t></si></sst>";
    private static final String STYLES = "<styleSheet xmlns=\"" + NS + "\"><cellXfs count=\"3\"><xf numFmtId=\"0\"/>"
            + "<xf numFmtId=\"14\"/><xf numFmtId=\"4\"/></cellXfs></styleSheet>";

    /** What reading a part gave: its rows, or the kind of failure. */
    record Outcome(List<RecordingSink.Row> rows, String failure) {
        boolean failed() {
            return failure != null;
        }
    }

    private static XlsxSheetHandler handler(RecordingSink sink) throws Exception {
        return new XlsxSheetHandler(
                new XlsxReader.CountedSharedStrings(new ByteArrayInputStream(SST.getBytes(StandardCharsets.UTF_8))),
                CellStyles.read(new ByteArrayInputStream(STYLES.getBytes(StandardCharsets.UTF_8))), false,
                sink.startSheet("capex", false));
    }

    static Outcome withSax(byte[] xml) {
        RecordingSink sink = new RecordingSink();
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler(sink));
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
            return new Outcome(sink.sheets.get(0).rows, null);
        } catch (Exception | StackOverflowError e) {
            return new Outcome(List.of(), e.getClass().getSimpleName());
        }
    }

    /**
     * A stream that hands out its bytes a few at a time (1 to 7, in a fixed pattern), as an unpacking stream may:
     * every token of the part then straddles a refill of the scanner's buffer somewhere.
     */
    static final class Trickle extends java.io.InputStream {
        private final byte[] bytes;
        private int pos;
        private int turn;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + (turn++ * 5) % 7), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    /** Read by the scanner; {@code null} when it leaves the part to the SAX parser. */
    static Outcome withScanner(byte[] xml) {
        Outcome whole = withScanner(new ByteArrayInputStream(xml));
        Outcome trickled = withScanner(new Trickle(xml));
        assertEquals(whole, trickled, "read at once and a few bytes at a time");
        return whole;
    }

    private static Outcome withScanner(java.io.InputStream source) {
        RecordingSink sink = new RecordingSink();
        try {
            PushbackInputStream in = new PushbackInputStream(source, SheetXmlScanner.PROLOG_BYTES);
            if (!SheetXmlScanner.scan(in, handler(sink))) {
                return null;
            }
            return new Outcome(sink.sheets.get(0).rows, null);
        } catch (Exception | StackOverflowError e) {
            return new Outcome(List.of(), e.getClass().getSimpleName());
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String sheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet xmlns=\"" + NS
                + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<dimension ref=\"A1:C3\"/><sheetData>" + sheetData + "</sheetData></worksheet>";
    }

    private static void assertSameAsSax(byte[] xml) {
        Outcome sax = withSax(xml);
        Outcome scanner = withScanner(xml);
        assertTrue(scanner != null, "the scanner left the part to the SAX parser");
        assertEquals(sax.failed(), scanner.failed(), () -> "SAX " + sax + " but scanner " + scanner + " for:\n"
                + new String(xml, StandardCharsets.UTF_8));
        assertEquals(sax.rows(), scanner.rows());
    }

    @Test
    void everyKindOfCellReadsAsTheSaxParserReadsIt() {
        String rows = "<row r=\"1\" spans=\"1:9\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>in&lt;line</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>\u30C8</t></rPh></is></c></row>\n"
                + "<row r=\"2\"><c r=\"A2\"><v>27.045</v></c><c r=\"B2\" s=\"1\"><v>45000</v></c>"
                + "<c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" t=\"e\"><v>#DIV/0!</v></c>"
                + "<c r=\"E2\" t=\"str\"><f>A1&amp;\"x\"</f><v>Metax</v></c><c r=\"F2\"><f>1/0</f></c>"
                + "<c r=\"G2\"><f t=\"shared\" ref=\"G2:G3\" si=\"0\">A2*2</f><v>54.09</v></c>"
                + "<c r=\"H2\" t=\"d\"><v>2024-06-30T00:00:00</v></c><c r=\"I2\" t=\"s\"><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"G3\"><f t=\"shared\" si=\"0\"/></c><c r=\"A3\" t=\"str\"><v><![CDATA[a<b]]]]>"
                + "<![CDATA[>c]]></v></c><c r=\"B3\" t=\"inlineStr\"><is><t>line\r\nbreak\rand&#13;cr</t></is></c>"
                + "<!-- a comment --><?pi data?><c r=\"C3\" t=\"inlineStr\"><is><t>&#x1F4B8; &#65;&quot;&apos;</t>"
                + "</is></c><c t=\"n\"><v> 12 </v></c><c r=\"zz3\" t=\"unknown\"><v>7</v></c><c r=\"XFE3\"><v>1</v></c>"
                + "</row><row><c><v>5</v></c></row><row r=\"99999999999\"/><row r=\"7\"><c r=\"A7\" s=\"2\"/></row>";
        byte[] xml = utf8(sheet(rows));
        Outcome sax = withSax(xml);

        assertFalse(sax.failed(), sax.failure());
        assertEquals(RawCell.text("in<line"), sax.rows().get(0).cells().get(2));
        assertEquals(RawCell.text("rich text"), sax.rows().get(0).cells().get(3));
        assertEquals(new RawCell(RawCell.Kind.DATE, "2023-03-15", 45000, LocalDate.of(2023, 3, 15)),
                sax.rows().get(1).cells().get(1));
        assertEquals(RawCell.text("a<b]]>c"), sax.rows().get(2).cells().get(0));
        assertEquals(RawCell.text("line\nbreak\nand\rcr"), sax.rows().get(2).cells().get(1));
        assertEquals(RawCell.text("\uD83D\uDCB8 A\"'"), sax.rows().get(2).cells().get(2));
        assertSameAsSax(xml);
    }

    @Test
    void prefixedElementsAndAByteOrderMarkReadAlike() {
        String xml = "\uFEFF<?xml version='1.0'?><x:worksheet xmlns:x=\"" + NS + "\"><x:sheetData><x:row r=\"1\">"
                + "<x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Meta</x:t></x:is></x:c><x:c r=\"B1\"><x:v>2</x:v></x:c>"
                + "</x:row></x:sheetData></x:worksheet>";
        Outcome sax = withSax(utf8(xml));
        assertEquals(List.of(new RecordingSink.Row(1, List.of(RawCell.text("Meta"), RawCell.number(2)))), sax.rows());
        assertSameAsSax(utf8(xml));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<row r=\"1\"><c r=\"A1\"><v>1</v></row>",
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c>",
        "<row r=\"1\"><c r=\"A1\" r=\"B1\"><v>1</v></c></row>",
        "<row r=\"1\"><c r=\"A<1\"><v>1</v></c></row>",
        "<row r=1><c><v>1</v></c></row>",
        "<row r=\"1\"s=\"2\"><c><v>1</v></c></row>",
        "<row><c><v>a &nbsp; b</v></c></row>",
        "<row><c><v>&#0;</v></c></row>",
        "<row><c><v>&#xD800;</v></c></row>",
        "<row><c><v>&#65</v></c></row>",
        "<row><c><v>a ]]> b</v></c></row>",
        "<row><c><v>\u0001</v></c></row>",
        "<row><c><v>\uFFFE</v></c></row>",
        "<row><!-- a -- b --><c><v>1</v></c></row>",
        "<row><!-- ends with a dash ---><c><v>1</v></c></row>",
        "<row><?xml version=\"1.0\"?><c><v>1</v></c></row>",
        "<row><y:c xmlns:z=\"urn:z\"><v>1</v></y:c></row>",
        "<row><c><v>1</v></c></row></sheetData></worksheet><worksheet>",
        "<row><1c><v>1</v></1c></row>",
        "<row><c r:=\"1\"><v>1</v></c></row>",
        "<row><a:b:c xmlns:a=\"urn:a\"/></row>",
        "<row><c xmlns:a=\"urn:u\" xmlns:b=\"urn:u\" a:x=\"1\" b:x=\"2\"><v>1</v></c></row>",
        "<row><c xmlns:a=\"\"><v>1</v></c></row>",
        "<row><c xmlns:xmlns=\"urn:u\"><v>1</v></c></row>",
        "<row><c xmlns:xml=\"urn:u\"><v>1</v></c></row>",
        "<row><c xmlns=\"http://www.w3.org/2000/xmlns/\"><v>1</v></c></row>",
        "<row><xmlns:c xmlns:xmlns2=\"urn:u\"><v>1</v></xmlns:c></row>",
        "<row><\u2070/></row>",
    })
    void aPartTheSaxParserRefusesIsRefused(String rows) {
        byte[] xml = utf8(sheet(rows));
        assertTrue(withSax(xml).failed(), "the SAX parser accepts it");
        assertSameAsSax(xml);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<row><:c :r=\"A1\"><v>1</v></:c></row>",
        "<row><c xml:space=\"preserve\" r=\"B1\"><v>1</v></c></row>",
        "<row><xml:c/><c r=\"C1\" xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"><v>2</v></c></row>",
        "<row><c r=\"A2\" xmlns:a=\"urn:a\" a:r=\"B2\" \u00e0=\"x\"><v>3</v></c><\u00e9/><\u0e01/><a\u0f18/></row>",
        "<row>text in a row<c r=\"A3\"><v>4</v></c>more</row><?a:b x?>",
        "<row><c xmlns=\"\" r=\"A4\"><v>5</v></c></row>",
    })
    void anUnusualButWellFormedPartReadsAlike(String rows) {
        byte[] xml = utf8(sheet(rows));
        assertFalse(withSax(xml).failed(), "the SAX parser refuses it");
        assertSameAsSax(xml);
    }

    @Test
    void aDocumentTypeDeclarationTextBeforeTheRootAndBadBytesAreRefused() {
        for (byte[] xml : List.of(utf8("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY e \"x\">]><worksheet/>"),
                utf8("hello <worksheet/>"), utf8(""), utf8("<?xml version=\"1.0\"?>"), utf8("<worksheet>"),
                new byte[] {'<', 'w', '>', (byte) 0xC3, '<', '/', 'w', '>'},
                new byte[] {'<', 'w', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'w', '>'},
                new byte[] {'<', 'w', '>', (byte) 0xC0, (byte) 0xAF, '<', '/', 'w', '>'},
                utf8("<?xml version=\"1.0\" encodin=\"UTF-8\"?><worksheet/>"),
                utf8("<?xml version=\"1.0\" standalone=\"maybe\"?><worksheet/>"),
                utf8("<worksheet/>text after"), utf8("<worksheet/><worksheet/>"), utf8("<worksheet/><!-- ok --><x"),
                utf8("<?xml version=\"1.0\"?><?xml version=\"1.0\"?><worksheet/>"))) {
            assertTrue(withSax(xml).failed(), new String(xml, StandardCharsets.UTF_8));
            assertSameAsSax(xml);
        }
    }

    @Test
    void anotherEncodingOrXml11IsLeftToTheSaxParser() {
        assertEquals(null, withScanner(sheet("").replace("UTF-8", "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(null, withScanner(sheet("").replace("1.0", "1.1").getBytes(StandardCharsets.UTF_8)));
        byte[] utf16 = ("\uFEFF" + sheet("").replace("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(null, withScanner(utf16));
        assertFalse(withSax(utf16).failed());
    }

    // ---- generated worksheets, whole and damaged ------------------------------------------------------------------

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> ref = Arbitraries.of("A", "B", "C", "AA", "XFD", "xfe", "", "A1", "b2", "Z9", "1", "\u017F",
                "C\u0131").map(r -> r.isEmpty() ? "" : " r=\"" + r + "\"");
        Arbitrary<String> type = Arbitraries.of("", " t=\"s\"", " t=\"n\"", " t=\"str\"", " t=\"inlineStr\"",
                " t=\"b\"", " t=\"e\"", " t=\"d\"", " t=\"x\"", " t='s'", " t=\"s \"");
        Arbitrary<String> style = Arbitraries.of("", " s=\"0\"", " s=\"1\"", " s=\"2\"", " s=\"9\"", " s=\"-1\"");
        Arbitrary<String> text = Arbitraries.of("0", "1", "4", "27.045", " 12 ", "45000", "-3.5E2", "abc", "",
                "a &amp; b", "&#65;&#x42;", "line\r\nbreak", "\u6771\u4EAC", "\uD83D\uDCB8", "<![CDATA[<x>]]>", "TRUE",
                "2024-06-30", "#N/A", "   ");
        Arbitrary<String> body = Combinators.combine(Arbitraries.of(0, 1, 2, 3, 4, 5, 6), text, text).as((k, a, b) ->
                switch (k) {
                    case 0 -> "<v>" + a + "</v>";
                    case 1 -> "<f>" + a + "</f><v>" + b + "</v>";
                    case 2 -> "<f t=\"shared\" si=\"" + (a.length() % 3) + "\""
                            + (b.length() % 2 == 0 ? " ref=\"A1:A9\"" : "") + ">" + a + "</f>";
                    case 3 -> "<is><t>" + a + "</t></is>";
                    case 4 -> "<is><r><t>" + a + "</t></r><rPh><t>" + b + "</t></rPh><r><t>" + b + "</t></r></is>";
                    case 5 -> "";
                    default -> "<v>" + a + "</v><!-- " + b.replace("-", "") + " --><?pi " + b.replace("?", "") + "?>";
                });
        return Combinators.combine(ref, type, style, body).as((r, t, s, b) -> b.isEmpty() ? "<c" + r + t + s + "/>"
                : "<c" + r + t + s + ">" + b + "</c>");
    }

    @Provide
    Arbitrary<String> sheets() {
        Arbitrary<String> rowAttrs = Arbitraries.of("", " r=\"1\"", " r=\"2\"", " r=\"7\"", " r=\"x\"", " r=\"0\"",
                " spans=\"1:3\" s=\"1\" customFormat=\"1\"");
        Arbitrary<String> row = Combinators.combine(rowAttrs, cells().list().ofMaxSize(5), Arbitraries.of("", "\n",
                "\r\n", "  ")).as((a, cs, space) -> "<row" + a + ">" + String.join(space, cs) + "</row>" + space);
        return row.list().ofMaxSize(6).map(rows -> sheet(String.join("", rows)));
    }

    @Property(tries = 300)
    void aGeneratedWorksheetReadsAsTheSaxParserReadsIt(@ForAll("sheets") String xml) {
        byte[] bytes = utf8(xml);
        Outcome sax = withSax(bytes);
        Statistics.collect(sax.failed() ? "refused" : "read");
        assertSameAsSax(bytes);
    }

    @Provide
    Arbitrary<List<int[]>> damage() {
        // {position per mille, what, which}
        return Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 99)).as((p, w, v) -> new int[] {p, w, v}).list().ofMinSize(1)
                .ofMaxSize(3);
    }

    private static final String[] INSERTS = {"<", ">", "&", "\"", "'", "]]>", "</c>", "<c>", "<!--", "-->", "\u0000",
        "&#0;", "&foo;", "<!DOCTYPE x>", "<?xml version=\"1.0\"?>", "=", " ", "\r", "\uFFFE", "x:", "<![CDATA[",
        "xmlns:x=\"urn:x\"", " r=\"A1\""};

    @Property(tries = 700)
    void aDamagedWorksheetIsRefusedOrReadExactlyAsTheSaxParserDoes(@ForAll("sheets") String xml,
            @ForAll("damage") List<int[]> damage) {
        byte[] bytes = utf8(xml);
        for (int[] d : damage) {
            int at = Math.min(bytes.length, bytes.length * d[0] / 1000);
            byte[] insert = switch (d[1]) {
                case 0, 1, 2 -> utf8(INSERTS[d[2] % INSERTS.length]);
                case 3 -> new byte[] {(byte) (0x80 + d[2])};
                default -> new byte[0];
            };
            List<Byte> out = new ArrayList<>();
            for (int i = 0; i < bytes.length; i++) {
                if (i == at) {
                    for (byte b : insert) {
                        out.add(b);
                    }
                }
                boolean drop = d[1] == 4 && i >= at && i < at + 1 + d[2] % 5;
                boolean flip = d[1] == 5 && i == at;
                boolean cut = d[1] == 6 && i >= at;
                if (!drop && !cut) {
                    out.add(flip ? (byte) (bytes[i] ^ (1 << (d[2] % 8))) : bytes[i]);
                }
            }
            bytes = new byte[out.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = out.get(i);
            }
        }
        Outcome sax = withSax(bytes);
        Outcome scanner = withScanner(bytes);
        Statistics.collect(scanner == null ? "left to SAX" : sax.failed() ? "refused" : "read");
        if (scanner != null) {
            byte[] shown = bytes;
            assertEquals(sax.failed(), scanner.failed(), () -> "SAX " + sax + " but scanner " + scanner + " for:\n"
                    + new String(shown, StandardCharsets.UTF_8));
            assertEquals(sax.rows(), scanner.rows());
        }
    }
}
