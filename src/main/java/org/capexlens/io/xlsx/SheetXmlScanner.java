package org.capexlens.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.xml.sax.SAXException;

/**
 * Reads a worksheet part ({@code xl/worksheets/sheetN.xml}) encoded in UTF-8, which is how Excel, LibreOffice and
 * every library we know write them, straight from its bytes into an {@link XlsxSheetHandler}, without a general XML
 * parser. The JDK's SAX parser spent 0.5 s of a warm and about 2 s of a cold 200,000-row import building strings
 * and symbol tables for markup the importer throws away.
 *
 * <p>It accepts exactly the well-formed documents and refuses, as damage, what the SAX parser refuses: mismatched,
 * unclosed or stray tags, text outside the root element, a document type declaration (which POI's parser settings
 * forbid), undeclared entities and namespace prefixes, invalid character references, bytes that are not UTF-8,
 * characters XML does not allow, {@code --} in a comment, {@code ]]>} in text, {@code <} in an attribute value,
 * a repeated attribute, a name longer than 1,000 characters or more than 10,000 attributes on one element (the
 * JDK's secure-processing limits). Text is passed on as SAX would: references replaced, line ends normalised to
 * {@code \n}. Two limits of its own, for hostile files only: elements nested deeper than {@link #MAX_DEPTH} and an
 * attribute value longer than {@link #MAX_ATTRIBUTE_CHARS} are damage.
 *
 * <p>{@link #canScan} looks at the XML declaration first: a part in another encoding or another XML version goes to
 * the SAX parser as before. The two paths are checked against each other by {@code SheetXmlScannerTest}.
 */
final class SheetXmlScanner {
    /** Deepest element nesting read; a worksheet needs 5 ({@code worksheet/sheetData/row/c/is/r/t} at most 7). */
    static final int MAX_DEPTH = 10_000;
    /** Longest attribute value read, in characters; references, styles and formula ids need a few. */
    static final int MAX_ATTRIBUTE_CHARS = 1 << 20;
    /** The JDK's secure-processing limit on a name (jdk.xml.maxXMLNameLimit). */
    static final int MAX_NAME_BYTES = 1_000;
    /** The JDK's secure-processing limit on attributes per element (jdk.xml.elementAttributeLimit). */
    static final int MAX_ATTRIBUTES = 10_000;
    /** How much of the start is looked at to decide between this scanner and the SAX parser. */
    static final int PROLOG_BYTES = 512;

    /** The part is not well-formed XML: reported as damage, as the SAX parser's exception is. */
    static final class NotWellFormed extends SAXException {
        private static final long serialVersionUID = 1L;

        NotWellFormed(String what, long offset) {
            super(what + " at byte " + offset + " of the worksheet");
        }
    }

    // Local names the handler reads; element names are compared against these as bytes.
    private static final byte[] ROW = ascii("row");
    private static final byte[] C = ascii("c");
    private static final byte[] V = ascii("v");
    private static final byte[] F = ascii("f");
    private static final byte[] IS = ascii("is");
    private static final byte[] RPH = ascii("rPh");
    private static final byte[] T = ascii("t");
    /** The elements the handler reads, the most frequent first. */
    private static final byte[][] ELEMENTS = {C, V, ROW, F, IS, T, RPH};
    /** Cell types as {@code t} spells them, so that a cell costs no new string. */
    private static final String[] CELL_TYPES = {"s", "n", "str", "inlineStr", "b", "e", "d"};

    private final InputStream in;
    private final XlsxSheetHandler handler;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed;

    /** The open elements' names, one after the other, and where each starts. */
    private byte[] stack = new byte[256];
    private int[] stackStart = new int[64];
    private int depth;
    /** Declared namespace prefixes and their namespaces, innermost last, and how many each open element declared. */
    private byte[][] prefixes = new byte[8][];
    private String[] namespaces = new String[8];
    private int prefixCount;
    private int[] declaredAt = new int[64];

    /** The name being read. */
    private byte[] name = new byte[64];
    private int nameLength;
    /** Names of the attributes of the tag being read, for the duplicate check: bytes and where each starts. */
    private byte[] attributeNames = new byte[256];
    private int[] attributeStart = new int[16];
    private int attributes;
    /** Values of the attributes the handler needs. */
    private final StringBuilder attrR = new StringBuilder();
    private final StringBuilder attrS = new StringBuilder();
    private final StringBuilder attrT = new StringBuilder();
    private final StringBuilder attrSi = new StringBuilder();
    private final StringBuilder attrOther = new StringBuilder();
    private boolean hasR;
    private boolean hasS;
    private boolean hasT;
    private boolean hasSi;
    private boolean hasRef;

    /** Decoded text on its way to the handler. */
    private final char[] text = new char[8192];
    private int textLength;
    private boolean lastWasCr;

    private SheetXmlScanner(InputStream in, XlsxSheetHandler handler) {
        this.in = in;
        this.handler = handler;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Whether the part, whose first bytes are {@code head}, is UTF-8 XML 1.0 that this scanner reads; else the SAX
     * parser must (UTF-16 or another declared encoding, XML 1.1, a declaration too long to judge).
     */
    static boolean canScan(byte[] head, int n) {
        int i = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        if (n - i >= 2 && (head[i] == 0 || head[i + 1] == 0 || (head[i] & 0xFF) >= 0xFE)) {
            return false; // UTF-16 or UTF-32, with or without a byte-order mark
        }
        if (!startsWith(head, i, n, "<?xml") || n - i < 6 || !isSpace(head[i + 5])) {
            return true; // no declaration: UTF-8 and XML 1.0 by definition
        }
        int end = -1;
        for (int j = i; j + 1 < n; j++) {
            if (head[j] == '?' && head[j + 1] == '>') {
                end = j;
                break;
            }
        }
        if (end < 0) {
            return false;
        }
        String decl = new String(head, i, end - i, StandardCharsets.ISO_8859_1);
        String version = pseudoAttribute(decl, "version");
        String encoding = pseudoAttribute(decl, "encoding");
        return "1.0".equals(version) && (encoding == null || encoding.equalsIgnoreCase("UTF-8"));
    }

    /** The value of {@code name="…"} or {@code name='…'} in an XML declaration, or {@code null}. */
    private static String pseudoAttribute(String decl, String name) {
        int at = decl.indexOf(name);
        while (at >= 0) {
            int j = at + name.length();
            while (j < decl.length() && isSpace((byte) decl.charAt(j))) {
                j++;
            }
            if (j < decl.length() && decl.charAt(j) == '=') {
                j++;
                while (j < decl.length() && isSpace((byte) decl.charAt(j))) {
                    j++;
                }
                if (j < decl.length() && (decl.charAt(j) == '"' || decl.charAt(j) == '\'')) {
                    int close = decl.indexOf(decl.charAt(j), j + 1);
                    return close < 0 ? null : decl.substring(j + 1, close);
                }
            }
            at = decl.indexOf(name, at + 1);
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int from, int n, String s) {
        if (n - from < s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the part, if {@link #canScan} says so, into {@code handler}.
     *
     * @param in  the part, read up to its end; not closed here.
     * @return {@code false} when the part is left to the SAX parser: then nothing was read from {@code in}.
     */
    static boolean scan(PushbackInputStream in, XlsxSheetHandler handler) throws IOException, SAXException {
        byte[] head = in.readNBytes(PROLOG_BYTES);
        in.unread(head);
        if (!canScan(head, head.length)) {
            return false;
        }
        new SheetXmlScanner(in, handler).document();
        return true;
    }

    // ---- bytes ----------------------------------------------------------------------------------------------------

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        consumed += limit;
        pos = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }

    /** The next byte (0-255), or -1 at the end. */
    private int read() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private NotWellFormed damage(String what) {
        return new NotWellFormed(what, consumed + pos);
    }

    private int require() throws IOException, NotWellFormed {
        int b = read();
        if (b < 0) {
            throw damage("the worksheet ends inside markup");
        }
        return b;
    }

    private void expect(String s) throws IOException, NotWellFormed {
        for (int k = 0; k < s.length(); k++) {
            if (require() != s.charAt(k)) {
                throw damage("expected " + s);
            }
        }
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean isSpace(byte b) {
        return isSpace(b & 0xFF);
    }

    private int skipSpace() throws IOException {
        int b = peek();
        while (b >= 0 && isSpace(b)) {
            pos++;
            b = peek();
        }
        return b;
    }

    /**
     * Reads one UTF-8 character whose first byte {@code b0} was just read (ASCII is handled by the callers) and
     * returns its code point, after checking it is a character XML allows.
     */
    private int utf8(int b0) throws IOException, NotWellFormed {
        int cp;
        int min;
        int more;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            cp = b0 & 0x1F;
            more = 1;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            cp = b0 & 0x0F;
            more = 2;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            cp = b0 & 0x07;
            more = 3;
            min = 0x10000;
        } else {
            throw damage("a byte that is not UTF-8");
        }
        for (int k = 0; k < more; k++) {
            int b = read();
            if (b < 0x80 || b > 0xBF) {
                throw damage("a byte that is not UTF-8");
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            throw damage("a byte that is not UTF-8");
        }
        checkChar(cp);
        return cp;
    }

    private void checkChar(int cp) throws NotWellFormed {
        boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        if (!ok) {
            throw damage("a character XML does not allow (U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT)
                    + ")");
        }
    }

    /** Reads what follows {@code &}: a predefined entity or a character reference. */
    private int reference() throws IOException, NotWellFormed {
        int b = require();
        if (b == '#') {
            int radix = 10;
            b = require();
            if (b == 'x') {
                radix = 16;
                b = require();
            }
            long cp = 0;
            int digits = 0;
            while (b != ';') {
                int d = Character.digit(b, radix);
                if (d < 0 || b > 0x7F) {
                    throw damage("a character reference that is not a number");
                }
                cp = Math.min(cp * radix + d, 0x110000);
                digits++;
                b = require();
            }
            if (digits == 0) {
                throw damage("an empty character reference");
            }
            checkChar((int) cp);
            return (int) cp;
        }
        int k = 0;
        char[] entity = new char[4];
        while (b != ';') {
            if (k == entity.length || b > 0x7F) {
                throw damage("an entity that is not declared");
            }
            entity[k++] = (char) b;
            b = require();
        }
        String e = new String(entity, 0, k);
        return switch (e) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "apos" -> '\'';
            case "quot" -> '"';
            default -> throw damage("an entity that is not declared (&" + e + ";)");
        };
    }

    // ---- text -----------------------------------------------------------------------------------------------------

    private void emit(int cp) throws SAXException {
        if (textLength + 2 > text.length) {
            flushText();
        }
        if (cp >= 0x10000) {
            text[textLength++] = Character.highSurrogate(cp);
            text[textLength++] = Character.lowSurrogate(cp);
        } else {
            text[textLength++] = (char) cp;
        }
    }

    private void flushText() throws SAXException {
        if (textLength > 0) {
            handler.characters(text, 0, textLength);
            textLength = 0;
        }
    }

    /** Character data up to the next {@code <}, handed to the handler when it collects text, checked always. */
    private void charData() throws IOException, SAXException {
        boolean collect = handler.collecting();
        int brackets = 0; // ']' just read, for the ']]>' check
        while (true) {
            if (pos >= limit && !fill()) {
                break; // the caller reports an unclosed root
            }
            int b = buf[pos] & 0xFF;
            if (b == '<') {
                break;
            }
            pos++;
            if (b == '>' && brackets >= 2) {
                throw damage("]]> in text");
            }
            brackets = b == ']' ? brackets + 1 : 0;
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    throw damage("a character XML does not allow (U+" + Integer.toHexString(b).toUpperCase(Locale.ROOT)
                            + ")");
                }
                if (b == '&') {
                    int cp = reference();
                    if (collect) {
                        lastWasCr = false;
                        emit(cp);
                    }
                } else if (collect) {
                    lineEnd(b);
                }
            } else {
                int cp = utf8(b);
                if (collect) {
                    lastWasCr = false;
                    emit(cp);
                }
            }
        }
        if (collect) {
            flushText();
        }
        lastWasCr = false;
    }

    /** An ASCII character of text, with {@code \r\n} and a lone {@code \r} made {@code \n}, as XML requires. */
    private void lineEnd(int b) throws SAXException {
        if (b == '\r') {
            emit('\n');
            lastWasCr = true;
        } else {
            if (!(b == '\n' && lastWasCr)) {
                emit(b);
            }
            lastWasCr = false;
        }
    }

    /** {@code <![CDATA[ … ]]>}, after {@code <![CDATA[}: raw text, line ends normalised. */
    private void cdata() throws IOException, SAXException {
        boolean collect = handler.collecting();
        int brackets = 0;
        while (true) {
            int b = require();
            if (b == '>' && brackets >= 2) {
                break;
            }
            if (b == ']') {
                brackets++;
                continue;
            }
            for (; brackets > 0; brackets--) {
                if (collect) {
                    lastWasCr = false;
                    emit(']');
                }
            }
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    throw damage("a character XML does not allow");
                }
                if (collect) {
                    lineEnd(b);
                }
            } else {
                int cp = utf8(b);
                if (collect) {
                    lastWasCr = false;
                    emit(cp);
                }
            }
        }
        // ']]]>' ends with two of its brackets as markup: the ones before them are text
        for (; brackets > 2; brackets--) {
            if (collect) {
                emit(']');
            }
        }
        if (collect) {
            flushText();
        }
        lastWasCr = false;
    }

    /** {@code <!-- … -->}, after {@code <!--}. */
    private void comment() throws IOException, NotWellFormed {
        int dashes = 0;
        while (true) {
            int b = require();
            if (b == '-') {
                dashes++;
                continue;
            }
            if (dashes >= 2) {
                if (b == '>' && dashes == 2) {
                    return;
                }
                throw damage("-- inside a comment");
            }
            dashes = 0;
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    throw damage("a character XML does not allow");
                }
            } else {
                utf8(b);
            }
        }
    }

    /** {@code <? … ?>}, after {@code <?}. */
    private void processingInstruction() throws IOException, NotWellFormed {
        readName(require());
        if (nameLength == 3 && (name[0] | 0x20) == 'x' && (name[1] | 0x20) == 'm' && (name[2] | 0x20) == 'l') {
            throw damage("a processing instruction named xml");
        }
        int b = require();
        if (b == '?') {
            expect(">");
            return;
        }
        if (!isSpace(b)) {
            throw damage("a malformed processing instruction");
        }
        boolean question = false;
        while (true) {
            b = require();
            if (b == '>' && question) {
                return;
            }
            question = b == '?';
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    throw damage("a character XML does not allow");
                }
            } else {
                utf8(b);
            }
        }
    }

    // ---- names and tags -------------------------------------------------------------------------------------------

    /** An ASCII character that may start a name. */
    private static boolean isNameStart(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_' || b == ':';
    }

    private static boolean isNameChar(int b) {
        return isNameStart(b) || (b >= '0' && b <= '9') || b == '-' || b == '.';
    }

    /**
     * A character beyond ASCII in a name: a letter (may start one), or a digit, combining mark or extender (may
     * follow). XML 1.0 lists them in tables of Unicode 2.0; Java's Unicode classes agree on all but rare characters,
     * and no spreadsheet program writes a name that is not ASCII.
     */
    private static boolean isNonAsciiName(int cp, boolean start) {
        if (Character.isLetter(cp)) {
            return true;
        }
        if (start) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || cp == 0xB7 || cp == 0x2D0 || cp == 0x2D1 || cp == 0x387
                || cp == 0x640 || cp == 0xE46 || cp == 0xEC6 || cp == 0x3005 || (cp >= 0x3031 && cp <= 0x3035)
                || (cp >= 0x309D && cp <= 0x309E) || (cp >= 0x30FC && cp <= 0x30FE);
    }

    /** Reads a name whose first byte {@code b} was just read into {@link #name}. */
    private void readName(int b) throws IOException, NotWellFormed {
        nameLength = 0;
        boolean start = true;
        while (true) {
            if (nameLength >= MAX_NAME_BYTES) {
                throw damage("a name longer than " + MAX_NAME_BYTES + " characters");
            }
            if (nameLength + 4 > name.length) {
                name = Arrays.copyOf(name, name.length * 2);
            }
            if (b >= 0x80) {
                // Kept as its UTF-8 bytes: names are only compared, never decoded.
                int cp = utf8(b);
                if (!isNonAsciiName(cp, start)) {
                    throw damage("a character that cannot be part of a name");
                }
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    name[nameLength++] = x;
                }
            } else if (start ? isNameStart(b) : isNameChar(b)) {
                name[nameLength++] = (byte) b;
            } else {
                throw damage("a name that does not start with a letter");
            }
            start = false;
            int next = peek();
            if (next < 0 || (next < 0x80 && !isNameChar(next))) {
                return;
            }
            b = read();
        }
    }

    /**
     * Where the local part of a name starts: after its prefix and colon, if any. As the JDK parser reads names, a
     * leading colon is part of the local name, and a second colon or a trailing one is an error.
     */
    private int localStart(byte[] n, int from, int length) throws NotWellFormed {
        int colon = -1;
        for (int k = 1; k < length; k++) {
            if (n[from + k] == ':') {
                if (colon >= 0 || k == length - 1) {
                    throw damage("a name with a misplaced colon");
                }
                colon = k;
            }
        }
        return colon + 1;
    }

    private int localStart() throws NotWellFormed {
        return localStart(name, 0, nameLength);
    }

    private boolean localIs(int from, byte[] local) {
        if (nameLength - from != local.length) {
            return false;
        }
        for (int k = 0; k < local.length; k++) {
            if (name[from + k] != local[k]) {
                return false;
            }
        }
        return true;
    }

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final String XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

    /**
     * The namespace of a qualified name's prefix; {@code ""} for a name without one.
     *
     * @throws NotWellFormed  when the prefix is not declared.
     */
    private String namespaceOf(byte[] qName, int from, int length) throws NotWellFormed {
        int local = localStart(qName, from, length);
        if (local == 0) {
            return "";
        }
        int colon = local - 1;
        if (colon == 3 && qName[from] == 'x' && qName[from + 1] == 'm' && qName[from + 2] == 'l') {
            return XML_NAMESPACE; // always bound
        }
        for (int p = prefixCount - 1; p >= 0; p--) {
            byte[] prefix = prefixes[p];
            if (prefix.length == colon && Arrays.equals(prefix, 0, colon, qName, from, from + colon)) {
                return namespaces[p];
            }
        }
        throw damage("a namespace prefix that is not declared");
    }

    /** Whether a qualified name's prefix is {@code xmlns}. */
    private static boolean prefixIsXmlns(byte[] n, int from, int length) {
        return length > 6 && isNamespaceDeclaration(n, from, length);
    }

    /** A start tag, after {@code <} and its first byte {@code b}. */
    private void startTag(int b) throws IOException, SAXException {
        readName(b);
        int local = localStart();
        // the element's name goes on the stack for its end tag
        if (depth == MAX_DEPTH) {
            throw damage("elements nested more than " + MAX_DEPTH + " deep");
        }
        if (depth + 1 >= stackStart.length) {
            stackStart = Arrays.copyOf(stackStart, stackStart.length * 2);
            declaredAt = Arrays.copyOf(declaredAt, declaredAt.length * 2);
        }
        int top = stackStart[depth];
        if (top + nameLength > stack.length) {
            stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + nameLength));
        }
        System.arraycopy(name, 0, stack, top, nameLength);
        depth++;
        stackStart[depth] = top + nameLength;
        declaredAt[depth] = prefixCount;

        byte[] element = whichElement(local);
        attributes = 0;
        hasR = false;
        hasS = false;
        hasT = false;
        hasSi = false;
        hasRef = false;
        boolean empty = false;
        while (true) {
            int c = require();
            if (c == '>') {
                break;
            }
            if (c == '/') {
                expect(">");
                empty = true;
                break;
            }
            if (!isSpace(c)) {
                throw damage("an element whose name is not followed by space, an attribute or >");
            }
            c = skipSpace();
            if (c == '>' || c == '/') {
                continue;
            }
            attribute(require(), element);
        }
        // Prefixes declared on this element bind its own name and attributes too, so they are checked now.
        if (prefixIsXmlns(stack, top, stackStart[depth] - top)) {
            throw damage("an element with the prefix xmlns");
        }
        namespaceOf(stack, top, stackStart[depth] - top);
        checkAttributeNamespaces();
        start(element);
        if (empty) {
            endElement(element);
        }
    }

    /** The handler's constant for an element it reads, or {@code null}. */
    private byte[] whichElement(int local) {
        for (byte[] known : ELEMENTS) {
            if (localIs(local, known)) {
                return known;
            }
        }
        return null;
    }

    private static boolean isNamespaceDeclaration(byte[] n, int from, int length) {
        return length >= 5 && n[from] == 'x' && n[from + 1] == 'm' && n[from + 2] == 'l' && n[from + 3] == 'n'
                && n[from + 4] == 's' && (length == 5 || n[from + 5] == ':');
    }

    /**
     * Every prefixed attribute's prefix is declared, and no two attributes have the same local name in the same
     * namespace (as {@code a:x} and {@code b:x} with {@code a} and {@code b} bound to one namespace would).
     */
    private void checkAttributeNamespaces() throws NotWellFormed {
        String[] uris = null;
        for (int a = 0; a < attributes; a++) {
            int from = attributeStart[a];
            int length = attributeStart[a + 1] - from;
            if (isNamespaceDeclaration(attributeNames, from, length) || localStart(attributeNames, from, length) == 0) {
                continue;
            }
            if (uris == null) {
                uris = new String[attributes];
            }
            uris[a] = namespaceOf(attributeNames, from, length);
        }
        if (uris == null) {
            return;
        }
        for (int a = 0; a < attributes; a++) {
            for (int b = a + 1; uris[a] != null && b < attributes; b++) {
                if (uris[a].equals(uris[b]) && sameLocalName(a, b)) {
                    throw damage("an attribute given twice in one namespace");
                }
            }
        }
    }

    private boolean sameLocalName(int a, int b) throws NotWellFormed {
        int fa = attributeStart[a];
        int la = localStart(attributeNames, fa, attributeStart[a + 1] - fa);
        int fb = attributeStart[b];
        int lb = localStart(attributeNames, fb, attributeStart[b + 1] - fb);
        return Arrays.equals(attributeNames, fa + la, attributeStart[a + 1], attributeNames, fb + lb,
                attributeStart[b + 1]);
    }

    /** One {@code name="value"}, after its first byte {@code b}. */
    private void attribute(int b, byte[] element) throws IOException, NotWellFormed {
        readName(b);
        if (++attributes > MAX_ATTRIBUTES) {
            throw damage("more than " + MAX_ATTRIBUTES + " attributes on one element");
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
                throw damage("an attribute given twice");
            }
        }
        if (from + nameLength > attributeNames.length) {
            attributeNames = Arrays.copyOf(attributeNames, Math.max(attributeNames.length * 2, from + nameLength));
        }
        System.arraycopy(name, 0, attributeNames, from, nameLength);
        attributeStart[attributes] = from + nameLength;

        StringBuilder target = target(element);
        boolean declaration = isNamespaceDeclaration(name, 0, nameLength);
        int c = skipSpace();
        if (c != '=') {
            throw damage("an attribute without =");
        }
        pos++;
        int quote = skipSpace();
        if (quote != '"' && quote != '\'') {
            throw damage("an attribute value without quotes");
        }
        pos++;
        StringBuilder value = target != null ? target : declaration ? attrOther : null;
        if (value != null) {
            value.setLength(0);
        }
        boolean cr = false;
        while (true) {
            int v = require();
            if (v == quote) {
                break;
            }
            if (v == '<') {
                throw damage("< in an attribute value");
            }
            int cp;
            if (v == '&') {
                cp = reference();
                cr = false;
            } else if (v < 0x80) {
                if (v < 0x20 && v != '\t' && v != '\n' && v != '\r') {
                    throw damage("a character XML does not allow");
                }
                // Attribute-value normalisation: each white-space character is a space, \r\n one space.
                if (v == '\n' && cr) {
                    cr = false;
                    continue;
                }
                cr = v == '\r';
                cp = v == '\t' || v == '\n' || v == '\r' ? ' ' : v;
            } else {
                cp = utf8(v);
                cr = false;
            }
            if (value != null) {
                if (value.length() >= MAX_ATTRIBUTE_CHARS) {
                    throw damage("an attribute value longer than " + MAX_ATTRIBUTE_CHARS + " characters");
                }
                value.appendCodePoint(cp);
            }
        }
        if (declaration) {
            declare();
        }
    }

    /** The namespace declaration just read ({@code xmlns="…"} or {@code xmlns:p="…"}, its value in attrOther). */
    private void declare() throws NotWellFormed {
        String uri = attrOther.toString();
        if (uri.equals(XMLNS_NAMESPACE)) {
            throw damage("the xmlns namespace bound to a prefix");
        }
        if (nameLength == 5) {
            if (uri.equals(XML_NAMESPACE)) {
                throw damage("the xml namespace made the default");
            }
            return; // the default namespace: nothing the importer looks at
        }
        if (localStart() != 6 || nameLength == 6) {
            throw damage("a malformed namespace declaration");
        }
        byte[] prefix = Arrays.copyOfRange(name, 6, nameLength);
        boolean xml = prefix.length == 3 && prefix[0] == 'x' && prefix[1] == 'm' && prefix[2] == 'l';
        boolean xmlns = prefix.length == 5 && isNamespaceDeclaration(prefix, 0, 5);
        if (xmlns || xml != uri.equals(XML_NAMESPACE)) {
            throw damage("the xml or xmlns prefix bound to another namespace");
        }
        if (uri.isEmpty()) {
            throw damage("a namespace prefix declared empty");
        }
        if (prefixCount == prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, prefixes.length * 2);
            namespaces = Arrays.copyOf(namespaces, namespaces.length * 2);
        }
        prefixes[prefixCount] = prefix;
        namespaces[prefixCount++] = uri;
    }

    /** Where the value of the attribute just named goes, for the element {@code element}; {@code null}: nowhere. */
    private StringBuilder target(byte[] element) {
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
    private void start(byte[] element) {
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

    private void endElement(byte[] element) throws SAXException {
        // a prefix declared by the element goes out of scope with it
        prefixCount = declaredAt[depth];
        depth--;
        if (element == null) {
            return;
        }
        String local = element == C ? "c" : element == V ? "v" : element == ROW ? "row" : element == F ? "f"
                : element == IS ? "is" : element == T ? "t" : "rPh";
        handler.endElement(null, local, null);
    }

    /** An end tag, after {@code </}. */
    private void endTag() throws IOException, SAXException {
        readName(require());
        int top = stackStart[depth - 1];
        int length = stackStart[depth] - top;
        if (length != nameLength || !Arrays.equals(stack, top, top + length, name, 0, nameLength)) {
            throw damage("an end tag that does not match its start tag");
        }
        int local = localStart();
        byte[] element = whichElement(local);
        if (skipSpace() != '>') {
            throw damage("a malformed end tag");
        }
        pos++;
        endElement(element);
    }

    // ---- the document ---------------------------------------------------------------------------------------------

    private void document() throws IOException, SAXException {
        if (peek() == 0xEF) {
            expect("\u00EF\u00BB\u00BF");
        }
        if (startsWithDeclaration()) {
            declaration();
        }
        // prolog
        boolean root = false;
        while (!root) {
            int b = skipSpace();
            if (b < 0) {
                throw damage("a worksheet without a root element");
            }
            if (b != '<') {
                throw damage("text before the root element");
            }
            pos++;
            int c = require();
            if (c == '?') {
                processingInstruction();
            } else if (c == '!') {
                if (require() == '-' && require() == '-') {
                    comment();
                } else {
                    throw damage("a document type declaration, which is not allowed");
                }
            } else {
                startTag(c);
                root = true;
            }
        }
        // content
        while (depth > 0) {
            charData();
            int b = read();
            if (b < 0) {
                throw damage("the worksheet ends before its root element is closed");
            }
            int c = require();
            if (c == '/') {
                endTag();
            } else if (c == '?') {
                processingInstruction();
            } else if (c == '!') {
                int d = require();
                if (d == '-') {
                    expect("-");
                    comment();
                } else if (d == '[') {
                    expect("CDATA[");
                    cdata();
                } else {
                    throw damage("markup that is not allowed in content");
                }
            } else {
                startTag(c);
            }
        }
        // epilog: only space, comments and processing instructions
        while (true) {
            int b = skipSpace();
            if (b < 0) {
                return;
            }
            if (b != '<') {
                throw damage("text after the root element");
            }
            pos++;
            int c = require();
            if (c == '?') {
                processingInstruction();
            } else if (c == '!' && require() == '-' && require() == '-') {
                comment();
            } else {
                throw damage("markup after the root element");
            }
        }
    }

    private boolean startsWithDeclaration() throws IOException {
        ahead(6);
        return startsWith(buf, pos, limit, "<?xml") && limit - pos > 5 && isSpace(buf[pos + 5]);
    }

    /** Makes at least {@code n} bytes available from {@link #pos}, unless the part ends first. */
    private void ahead(int n) throws IOException {
        if (limit - pos >= n) {
            return;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        consumed += pos;
        limit -= pos;
        pos = 0;
        while (limit < n) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                return;
            }
            limit += r;
        }
    }

    /** {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}, strictly as XML 1.0 writes it. */
    private void declaration() throws IOException, NotWellFormed {
        expect("<?xml");
        String[] order = {"version", "encoding", "standalone"};
        int next = 0;
        boolean sawVersion = false;
        while (true) {
            int b = require();
            if (b == '?') {
                expect(">");
                break;
            }
            if (!isSpace(b)) {
                throw damage("a malformed XML declaration");
            }
            b = skipSpace();
            if (b == '?') {
                continue;
            }
            readName(require());
            String key = new String(name, 0, nameLength, StandardCharsets.ISO_8859_1);
            int index = -1;
            for (int k = next; k < order.length; k++) {
                if (order[k].equals(key)) {
                    index = k;
                }
            }
            if (index < 0 || (index > 0 && !sawVersion)) {
                throw damage("a malformed XML declaration");
            }
            next = index + 1;
            sawVersion |= index == 0;
            if (skipSpace() != '=') {
                throw damage("a malformed XML declaration");
            }
            pos++;
            int quote = skipSpace();
            if (quote != '"' && quote != '\'') {
                throw damage("a malformed XML declaration");
            }
            pos++;
            StringBuilder v = new StringBuilder();
            int c;
            while ((c = require()) != quote) {
                if (v.length() > 40) {
                    throw damage("a malformed XML declaration");
                }
                v.append((char) c);
            }
            String value = v.toString();
            boolean ok = switch (index) {
                case 0 -> value.equals("1.0");
                case 1 -> value.equalsIgnoreCase("UTF-8");
                default -> value.equals("yes") || value.equals("no");
            };
            if (!ok) {
                throw damage("a malformed XML declaration");
            }
        }
        if (!sawVersion) {
            throw damage("an XML declaration without a version");
        }
    }
}
