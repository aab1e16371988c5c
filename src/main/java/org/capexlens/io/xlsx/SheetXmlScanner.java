package org.capexlens.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import org.xml.sax.SAXException;

/**
 * Reads a worksheet part ({@code xl/worksheets/sheetN.xml}) encoded in UTF-8, which is how Excel, LibreOffice and
 * every library we know write them, straight from its bytes into an {@link XlsxSheetHandler}, without a general XML
 * parser.
 *
 * <h2>Decision record: a hand-written worksheet reader</h2>
 *
 * <p><b>Why not POI's {@code XSSFSheetXMLHandler}.</b> POI's streaming sheet handler hands over each cell as
 * formatted display text (through a {@code DataFormatter}); the importer needs the exact kind and full-precision
 * value of every cell (a number, a date-styled number, a shared or inline string, a boolean, an error, a formula
 * without a saved result), so the cells are read by our own {@link XlsxSheetHandler}.
 *
 * <p><b>Why not the JDK's SAX parser under that handler.</b> Measured on the 200,000-row import benchmark
 * ({@code ImportBenchmark}, README "Performance"), the SAX parser that POI sets up spent 0.5 s of a warm and about
 * 2 s of a cold import building strings and symbol tables for markup the importer throws away. This scanner compares
 * element names as bytes, keeps only the attributes the handler reads ({@link SheetElements}) and decodes only the
 * text it collects; the handler has typed callbacks for it, so a cell costs no name or type string. Memory stays
 * what it was: one 64 KiB buffer and the current row.
 *
 * <p><b>What it accepts.</b> Exactly the well-formed documents; it refuses, as damage, what the SAX parser refuses:
 * mismatched, unclosed or stray tags, text outside the root element, a document type declaration (which POI's parser
 * settings forbid), undeclared entities and namespace prefixes, invalid character references, bytes that are not
 * UTF-8, characters XML does not allow, {@code --} in a comment, {@code ]]>} in text, {@code <} in an attribute
 * value, a repeated attribute, a name longer than 1,000 characters or more than 10,000 attributes on one element
 * (the JDK's secure-processing limits). Text is passed on as SAX would: references replaced, line ends normalised to
 * {@code \n}. Two limits of its own, for hostile files only: elements nested deeper than {@link #MAX_DEPTH} and an
 * attribute value longer than {@link XmlAttributes#MAX_ATTRIBUTE_CHARS} are damage. {@link XmlDeclaration#canScan}
 * looks at the XML declaration first: a part in another encoding or another XML version goes to the SAX parser as
 * before.
 *
 * <p><b>How it is checked.</b> {@code SheetXmlScannerTest} reads hand-picked worksheets, a few hundred generated
 * ones and several hundred generated and then damaged ones both ways, through POI's SAX reader and through this
 * scanner, into the same handler, and requires the same rows or a refusal from both (25,000 generated cases agreed
 * before the tries were cut for the build's sake); every part is also read a few bytes at a time, so that each token
 * straddles a refill of the buffer. Whole workbooks go through it in {@code WorkbookFixturesTest}, the golden
 * fixture tests, {@code MalformedCorpusTest} (damaged and hostile files, each with its exact message, in a 256 MB
 * heap) and {@code LargeWorkbookMemoryTest}.
 *
 * <p><b>How it is built.</b> This class reads the document's structure: prolog, the nesting of elements, epilog.
 * The rest is split by job, all sharing one {@link XmlInput} (bytes, UTF-8, references): {@link XmlDeclaration},
 * {@link XmlName} (names as bytes), {@link XmlAttributes}, {@link NamespaceScope}, {@link XmlText} (character data,
 * CDATA, comments, processing instructions) and {@link SheetElements} (what the handler is told). The classes are
 * final and call each other directly, which the JIT inlines: the hot path has no interface calls.
 */
final class SheetXmlScanner {
    /** Deepest element nesting read; a worksheet needs 5 ({@code worksheet/sheetData/row/c/is/r/t} at most 7). */
    static final int MAX_DEPTH = 10_000;
    /** How much of the start is looked at to decide between this scanner and the SAX parser. */
    static final int PROLOG_BYTES = 512;

    /** The part is not well-formed XML: reported as damage, as the SAX parser's exception is. */
    static final class NotWellFormed extends SAXException {
        private static final long serialVersionUID = 1L;

        NotWellFormed(String what, long offset) {
            super(what + " at byte " + offset + " of the worksheet");
        }
    }

    private final XmlInput input;
    private final XmlName names;
    private final NamespaceScope namespaces;
    private final SheetElements elements;
    private final XmlAttributes attributes;
    private final XmlText text;

    /** The open elements' names, one after the other, and where each starts. */
    private byte[] stack = new byte[256];
    private int[] stackStart = new int[64];
    private int depth;
    /** Per open element, how many namespace prefixes were in scope before it: restored when it ends. */
    private int[] declaredAt = new int[64];

    private SheetXmlScanner(InputStream in, XlsxSheetHandler handler) {
        input = new XmlInput(in);
        names = new XmlName(input);
        namespaces = new NamespaceScope(input, names);
        elements = new SheetElements(handler, names);
        attributes = new XmlAttributes(input, names, namespaces, elements);
        text = new XmlText(input, names, handler);
    }

    /**
     * Reads the part, if {@link XmlDeclaration#canScan} says so, into {@code handler}.
     *
     * @param in  the part, read up to its end; not closed here.
     * @return {@code false} when the part is left to the SAX parser: then nothing was read from {@code in}.
     */
    static boolean scan(PushbackInputStream in, XlsxSheetHandler handler) throws IOException, SAXException {
        byte[] head = in.readNBytes(PROLOG_BYTES);
        in.unread(head);
        if (!XmlDeclaration.canScan(head, head.length)) {
            return false;
        }
        new SheetXmlScanner(in, handler).document();
        return true;
    }

    // ---- the document ---------------------------------------------------------------------------------------------

    private void document() throws IOException, SAXException {
        if (input.peek() == 0xEF) {
            input.expect("\u00EF\u00BB\u00BF");
        }
        if (XmlDeclaration.startsHere(input)) {
            XmlDeclaration.read(input, names);
        }
        prolog();
        // content
        while (depth > 0) {
            text.charData();
            int b = input.read();
            if (b < 0) {
                throw input.damage("the worksheet ends before its root element is closed");
            }
            int c = input.require();
            if (c == '/') {
                endTag();
            } else if (c == '?') {
                text.processingInstruction();
            } else if (c == '!') {
                int d = input.require();
                if (d == '-') {
                    input.expect("-");
                    text.comment();
                } else if (d == '[') {
                    input.expect("CDATA[");
                    text.cdata();
                } else {
                    throw input.damage("markup that is not allowed in content");
                }
            } else {
                startTag(c);
            }
        }
        epilog();
    }

    /** Up to and including the root element's start tag: only space, comments and processing instructions. */
    private void prolog() throws IOException, SAXException {
        boolean root = false;
        while (!root) {
            int b = input.skipSpace();
            if (b < 0) {
                throw input.damage("a worksheet without a root element");
            }
            if (b != '<') {
                throw input.damage("text before the root element");
            }
            input.pos++;
            int c = input.require();
            if (c == '?') {
                text.processingInstruction();
            } else if (c == '!') {
                if (input.require() == '-' && input.require() == '-') {
                    text.comment();
                } else {
                    throw input.damage("a document type declaration, which is not allowed");
                }
            } else {
                startTag(c);
                root = true;
            }
        }
    }

    /** After the root element: only space, comments and processing instructions. */
    private void epilog() throws IOException, SAXException {
        while (true) {
            int b = input.skipSpace();
            if (b < 0) {
                return;
            }
            if (b != '<') {
                throw input.damage("text after the root element");
            }
            input.pos++;
            int c = input.require();
            if (c == '?') {
                text.processingInstruction();
            } else if (c == '!' && input.require() == '-' && input.require() == '-') {
                text.comment();
            } else {
                throw input.damage("markup after the root element");
            }
        }
    }

    // ---- elements -------------------------------------------------------------------------------------------------

    /** A start tag, after {@code <} and its first byte {@code b}. */
    private void startTag(int b) throws IOException, SAXException {
        names.read(b);
        int local = names.localStart();
        // the element's name goes on the stack for its end tag
        if (depth == MAX_DEPTH) {
            throw input.damage("elements nested more than " + MAX_DEPTH + " deep");
        }
        if (depth + 1 >= stackStart.length) {
            stackStart = Arrays.copyOf(stackStart, stackStart.length * 2);
            declaredAt = Arrays.copyOf(declaredAt, declaredAt.length * 2);
        }
        int nameLength = names.length;
        int top = stackStart[depth];
        if (top + nameLength > stack.length) {
            stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + nameLength));
        }
        System.arraycopy(names.bytes, 0, stack, top, nameLength);
        depth++;
        stackStart[depth] = top + nameLength;
        declaredAt[depth] = namespaces.mark();

        byte[] element = elements.which(local);
        attributes.startTag();
        elements.startTag();
        boolean empty = false;
        while (true) {
            int c = input.require();
            if (c == '>') {
                break;
            }
            if (c == '/') {
                input.expect(">");
                empty = true;
                break;
            }
            if (!XmlInput.isSpace(c)) {
                throw input.damage("an element whose name is not followed by space, an attribute or >");
            }
            c = input.skipSpace();
            if (c == '>' || c == '/') {
                continue;
            }
            attributes.read(input.require(), element);
        }
        // Prefixes declared on this element bind its own name and attributes too, so they are checked now.
        if (NamespaceScope.prefixIsXmlns(stack, top, stackStart[depth] - top)) {
            throw input.damage("an element with the prefix xmlns");
        }
        namespaces.namespaceOf(stack, top, stackStart[depth] - top);
        attributes.checkNamespaces();
        elements.start(element);
        if (empty) {
            endElement(element);
        }
    }

    private void endElement(byte[] element) throws SAXException {
        // a prefix declared by the element goes out of scope with it
        namespaces.restore(declaredAt[depth]);
        depth--;
        elements.end(element);
    }

    /** An end tag, after {@code </}. */
    private void endTag() throws IOException, SAXException {
        names.read(input.require());
        int top = stackStart[depth - 1];
        int length = stackStart[depth] - top;
        if (length != names.length || !Arrays.equals(stack, top, top + length, names.bytes, 0, names.length)) {
            throw input.damage("an end tag that does not match its start tag");
        }
        int local = names.localStart();
        byte[] element = elements.which(local);
        if (input.skipSpace() != '>') {
            throw input.damage("a malformed end tag");
        }
        input.pos++;
        endElement(element);
    }
}
