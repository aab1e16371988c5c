package org.capexlens.io.xlsx;

import java.nio.charset.StandardCharsets;
import org.xml.sax.SAXException;

/**
 * The worksheet elements and attributes the importer reads, recognised by their bytes as {@link SheetXmlScanner}
 * meets them and handed straight to the {@link XlsxSheetHandler}'s typed callbacks: {@code <row r>},
 * {@code <c r t s>}, {@code <v>}, {@code <f t si ref>}, {@code <is>}, {@code <t>} and {@code <rPh>}. Everything
 * else in a worksheet (columns, merged cells, run properties …) is read for well-formedness only.
 *
 * <p>An element is one of the byte-array constants below, compared by identity, or {@code null} for one the handler
 * does not read: a cell then costs no string for its element name and none for its type.
 */
final class SheetElements {
    // Local names the handler reads; element names are compared against these as bytes.
    static final byte[] ROW = ascii("row");
    static final byte[] C = ascii("c");
    static final byte[] V = ascii("v");
    static final byte[] F = ascii("f");
    static final byte[] IS = ascii("is");
    static final byte[] RPH = ascii("rPh");
    static final byte[] T = ascii("t");
    /** The elements the handler reads, the most frequent first. */
    private static final byte[][] ELEMENTS = {C, V, ROW, F, IS, T, RPH};
    /** Cell types as {@code t} spells them, so that a cell costs no new string. */
    private static final String[] CELL_TYPES = {"s", "n", "str", "inlineStr", "b", "e", "d"};

    private final XlsxSheetHandler handler;
    private final XmlName names;
    /** Values of the attributes the handler needs, for the start tag being read. */
    private final StringBuilder attrR = new StringBuilder();
    private final StringBuilder attrS = new StringBuilder();
    private final StringBuilder attrT = new StringBuilder();
    private final StringBuilder attrSi = new StringBuilder();
    private boolean hasR;
    private boolean hasS;
    private boolean hasT;
    private boolean hasSi;
    private boolean hasRef;

    SheetElements(XlsxSheetHandler handler, XmlName names) {
        this.handler = handler;
        this.names = names;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The constant for the element whose name {@link XmlName} holds, its local part from {@code local}; or null. */
    byte[] which(int local) {
        for (byte[] known : ELEMENTS) {
            if (names.localIs(local, known)) {
                return known;
            }
        }
        return null;
    }

    /** Forgets the attributes of the previous start tag. */
    void startTag() {
        hasR = false;
        hasS = false;
        hasT = false;
        hasSi = false;
        hasRef = false;
    }

    /**
     * Where the value of the attribute just named (its name in {@link XmlName}) goes, for the element
     * {@code element}; {@code null}: nowhere, the handler does not read it.
     */
    StringBuilder target(byte[] element) {
        byte[] name = names.bytes;
        int nameLength = names.length;
        if (element == C || element == ROW) {
            if (nameLength == 1 && name[0] == 'r') {
                hasR = true;
                return attrR;
            }
        }
        if (element == C) {
            if (nameLength == 1 && name[0] == 's') {
                hasS = true;
                return attrS;
            }
            if (nameLength == 1 && name[0] == 't') {
                hasT = true;
                return attrT;
            }
        }
        if (element == F) {
            if (nameLength == 1 && name[0] == 't') {
                hasT = true;
                return attrT;
            }
            if (nameLength == 2 && name[0] == 's' && name[1] == 'i') {
                hasSi = true;
                return attrSi;
            }
            if (nameLength == 3 && name[0] == 'r' && name[1] == 'e' && name[2] == 'f') {
                hasRef = true;
            }
        }
        return null;
    }

    /** Tells the handler an element starts, with the attributes it reads. */
    void start(byte[] element) {
        if (element == null) {
            return;
        }
        if (element == C) {
            handler.startCell(hasR ? XlsxSheetHandler.columnIndex(attrR) : -1, hasT ? cellType(attrT) : null,
                    hasS ? XlsxSheetHandler.parsePositive(attrS) : -1);
        } else if (element == V) {
            handler.startValue();
        } else if (element == ROW) {
            handler.startRow(hasR ? XlsxSheetHandler.parsePositive(attrR) : -1);
        } else if (element == F) {
            boolean shared = hasT && "shared".contentEquals(attrT);
            handler.startFormula(shared && hasSi ? attrSi.toString() : null, hasRef);
        } else if (element == IS) {
            handler.startInlineString();
        } else if (element == T) {
            handler.startText();
        } else if (element == RPH) {
            handler.startPhonetic();
        }
    }

    private static String cellType(StringBuilder t) {
        for (String known : CELL_TYPES) {
            if (known.contentEquals(t)) {
                return known;
            }
        }
        return t.toString();
    }

    /** Tells the handler an element ends; nothing for one it does not read. */
    void end(byte[] element) throws SAXException {
        if (element == null) {
            return;
        }
        String local = element == C ? "c" : element == V ? "v" : element == ROW ? "row" : element == F ? "f"
                : element == IS ? "is" : element == T ? "t" : "rPh";
        handler.endElement(null, local, null);
    }
}
