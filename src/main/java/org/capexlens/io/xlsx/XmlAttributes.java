package org.capexlens.io.xlsx;

import java.io.IOException;
import java.util.Arrays;

/**
 * The attributes of the start tag being read, for {@link SheetXmlScanner}: each {@code name="value"} is read and
 * checked (no repeat, quoted, no {@code <}, allowed characters, the JDK's limit on attributes per element), its value
 * normalised as XML requires and kept only when the importer reads it ({@link SheetElements#target}) or it declares a
 * namespace ({@link NamespaceScope#declare}). Names are kept, as bytes, for the checks that need the whole tag.
 */
final class XmlAttributes {
    /** The JDK's secure-processing limit on attributes per element (jdk.xml.elementAttributeLimit). */
    static final int MAX_ATTRIBUTES = 10_000;
    /** Longest attribute value read, in characters; references, styles and formula ids need a few. */
    static final int MAX_ATTRIBUTE_CHARS = 1 << 20;

    private final XmlInput input;
    private final XmlName names;
    private final NamespaceScope namespaces;
    private final SheetElements elements;
    /** Names of the attributes of the tag being read, for the duplicate check: bytes and where each starts. */
    private byte[] attributeNames = new byte[256];
    private int[] attributeStart = new int[16];
    private int attributes;
    /** The value of a namespace declaration. */
    private final StringBuilder declaration = new StringBuilder();

    XmlAttributes(XmlInput input, XmlName names, NamespaceScope namespaces, SheetElements elements) {
        this.input = input;
        this.names = names;
        this.namespaces = namespaces;
        this.elements = elements;
    }

    /** Forgets the attributes of the previous start tag. */
    void startTag() {
        attributes = 0;
    }

    /** One {@code name="value"} of the element {@code element}, after its first byte {@code b}. */
    void read(int b, byte[] element) throws IOException, SheetXmlScanner.NotWellFormed {
        names.read(b);
        byte[] name = names.bytes;
        int nameLength = names.length;
        if (++attributes > MAX_ATTRIBUTES) {
            throw input.damage("more than " + MAX_ATTRIBUTES + " attributes on one element");
        }
        // remember the name, refusing a repeat
        if (attributes + 1 > attributeStart.length) {
            attributeStart = Arrays.copyOf(attributeStart, attributeStart.length * 2);
        }
        int from = attributeStart[attributes - 1];
        for (int a = 0; a < attributes - 1; a++) {
            int f = attributeStart[a];
            if (attributeStart[a + 1] - f == nameLength
                    && Arrays.equals(attributeNames, f, f + nameLength, name, 0, nameLength)) {
                throw input.damage("an attribute given twice");
            }
        }
        if (from + nameLength > attributeNames.length) {
            attributeNames = Arrays.copyOf(attributeNames, Math.max(attributeNames.length * 2, from + nameLength));
        }
        System.arraycopy(name, 0, attributeNames, from, nameLength);
        attributeStart[attributes] = from + nameLength;

        StringBuilder target = elements.target(element);
        boolean isDeclaration = NamespaceScope.isDeclaration(name, 0, nameLength);
        int c = input.skipSpace();
        if (c != '=') {
            throw input.damage("an attribute without =");
        }
        input.pos++;
        int quote = input.skipSpace();
        if (quote != '"' && quote != '\'') {
            throw input.damage("an attribute value without quotes");
        }
        input.pos++;
        StringBuilder value = target != null ? target : isDeclaration ? declaration : null;
        if (value != null) {
            value.setLength(0);
        }
        readValue(quote, value);
        if (isDeclaration) {
            namespaces.declare(declaration.toString());
        }
    }

    /**
     * The value up to its closing {@code quote}, normalised into {@code value} (each white-space character a space,
     * {@code \r\n} one space, references replaced), or only checked when {@code value} is {@code null}.
     */
    private void readValue(int quote, StringBuilder value) throws IOException, SheetXmlScanner.NotWellFormed {
        boolean cr = false;
        while (true) {
            int v = input.require();
            if (v == quote) {
                break;
            }
            if (v == '<') {
                throw input.damage("< in an attribute value");
            }
            int cp;
            if (v == '&') {
                cp = input.reference();
                cr = false;
            } else if (v < 0x80) {
                if (v < 0x20 && v != '\t' && v != '\n' && v != '\r') {
                    throw input.damage("a character XML does not allow");
                }
                // Attribute-value normalisation: each white-space character is a space, \r\n one space.
                if (v == '\n' && cr) {
                    cr = false;
                    continue;
                }
                cr = v == '\r';
                cp = v == '\t' || v == '\n' || v == '\r' ? ' ' : v;
            } else {
                cp = input.utf8(v);
                cr = false;
            }
            if (value != null) {
                if (value.length() >= MAX_ATTRIBUTE_CHARS) {
                    throw input.damage("an attribute value longer than " + MAX_ATTRIBUTE_CHARS + " characters");
                }
                value.appendCodePoint(cp);
            }
        }
    }

    /**
     * Every prefixed attribute's prefix is declared, and no two attributes have the same local name in the same
     * namespace (as {@code a:x} and {@code b:x} with {@code a} and {@code b} bound to one namespace would). Checked
     * once the whole tag is read: a prefix declared on the element binds its attributes too, wherever it stands.
     */
    void checkNamespaces() throws SheetXmlScanner.NotWellFormed {
        String[] uris = null;
        for (int a = 0; a < attributes; a++) {
            int from = attributeStart[a];
            int length = attributeStart[a + 1] - from;
            if (NamespaceScope.isDeclaration(attributeNames, from, length)
                    || names.localStart(attributeNames, from, length) == 0) {
                continue;
            }
            if (uris == null) {
                uris = new String[attributes];
            }
            uris[a] = namespaces.namespaceOf(attributeNames, from, length);
        }
        if (uris == null) {
            return;
        }
        for (int a = 0; a < attributes; a++) {
            for (int b = a + 1; uris[a] != null && b < attributes; b++) {
                if (uris[a].equals(uris[b]) && sameLocalName(a, b)) {
                    throw input.damage("an attribute given twice in one namespace");
                }
            }
        }
    }

    private boolean sameLocalName(int a, int b) throws SheetXmlScanner.NotWellFormed {
        int fa = attributeStart[a];
        int la = names.localStart(attributeNames, fa, attributeStart[a + 1] - fa);
        int fb = attributeStart[b];
        int lb = names.localStart(attributeNames, fb, attributeStart[b + 1] - fb);
        return Arrays.equals(attributeNames, fa + la, attributeStart[a + 1], attributeNames, fb + lb,
                attributeStart[b + 1]);
    }
}
