package org.capexlens.io.xlsx;

import java.io.IOException;
import java.util.Locale;
import org.xml.sax.SAXException;

/**
 * What {@link SheetXmlScanner} reads up to a terminator rather than as tags: character data and CDATA sections,
 * handed to the {@link XlsxSheetHandler} as SAX would hand them (references replaced, line ends normalised to
 * {@code \n}) when it collects text, and comments and processing instructions, checked and dropped. Text the handler
 * does not collect (the space between tags, mostly) is checked all the same, so that a damaged part is refused
 * wherever the damage is.
 */
final class XmlText {
    private final XmlInput input;
    private final XmlName names;
    private final XlsxSheetHandler handler;
    /** Decoded text on its way to the handler. */
    private final char[] text = new char[8192];
    private int textLength;
    /** The last character of text was {@code \r}: a {@code \n} right after it is part of the same line end. */
    private boolean lastWasCr;

    XmlText(XmlInput input, XmlName names, XlsxSheetHandler handler) {
        this.input = input;
        this.names = names;
        this.handler = handler;
    }

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

    /**
     * Character data up to the next {@code <} (or the end of the part, which the caller reports), handed to the
     * handler when it collects text, checked always.
     */
    void charData() throws IOException, SAXException {
        XmlInput in = input;
        boolean collect = handler.collecting();
        int brackets = 0; // ']' just read, for the ']]>' check
        while (true) {
            if (in.pos >= in.limit && !in.fill()) {
                break; // the caller reports an unclosed root
            }
            int b = in.buf[in.pos] & 0xFF;
            if (b == '<') {
                break;
            }
            in.pos++;
            if (b == '>' && brackets >= 2) {
                throw in.damage("]]> in text");
            }
            brackets = b == ']' ? brackets + 1 : 0;
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    throw in.damage("a character XML does not allow (U+"
                            + Integer.toHexString(b).toUpperCase(Locale.ROOT) + ")");
                }
                if (b == '&') {
                    int cp = in.reference();
                    if (collect) {
                        lastWasCr = false;
                        emit(cp);
                    }
                } else if (collect) {
                    lineEnd(b);
                }
            } else {
                int cp = in.utf8(b);
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
    void cdata() throws IOException, SAXException {
        boolean collect = handler.collecting();
        int brackets = 0;
        while (true) {
            int b = input.require();
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
                    throw input.damage("a character XML does not allow");
                }
                if (collect) {
                    lineEnd(b);
                }
            } else {
                int cp = input.utf8(b);
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
    void comment() throws IOException, SheetXmlScanner.NotWellFormed {
        int dashes = 0;
        while (true) {
            int b = input.require();
            if (b == '-') {
                dashes++;
                continue;
            }
            if (dashes >= 2) {
                if (b == '>' && dashes == 2) {
                    return;
                }
                throw input.damage("-- inside a comment");
            }
            dashes = 0;
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    throw input.damage("a character XML does not allow");
                }
            } else {
                input.utf8(b);
            }
        }
    }

    /** {@code <? … ?>}, after {@code <?}. */
    void processingInstruction() throws IOException, SheetXmlScanner.NotWellFormed {
        names.read(input.require());
        byte[] name = names.bytes;
        if (names.length == 3 && (name[0] | 0x20) == 'x' && (name[1] | 0x20) == 'm' && (name[2] | 0x20) == 'l') {
            throw input.damage("a processing instruction named xml");
        }
        int b = input.require();
        if (b == '?') {
            input.expect(">");
            return;
        }
        if (!XmlInput.isSpace(b)) {
            throw input.damage("a malformed processing instruction");
        }
        boolean question = false;
        while (true) {
            b = input.require();
            if (b == '>' && question) {
                return;
            }
            question = b == '?';
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    throw input.damage("a character XML does not allow");
                }
            } else {
                input.utf8(b);
            }
        }
    }
}
