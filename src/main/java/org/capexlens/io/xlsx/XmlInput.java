package org.capexlens.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The bytes of a worksheet part, read through one buffer, for {@link SheetXmlScanner}: single bytes, UTF-8
 * characters checked against the characters XML allows, entity and character references, and the byte offset that
 * locates a {@link SheetXmlScanner.NotWellFormed}.
 *
 * <p>{@link #buf}, {@link #pos} and {@link #limit} are open to the scanner's classes because the tightest loop,
 * character data between tags ({@link XmlText}), reads the buffer directly rather than through a call per byte.
 */
final class XmlInput {
    /** The bytes read and not yet all consumed: {@code buf[pos..limit)}. */
    final byte[] buf = new byte[1 << 16];
    /** The next byte to consume. */
    int pos;
    /** The end of what the buffer holds. */
    int limit;

    private final InputStream in;
    /** Bytes consumed before {@code buf[0]}: with {@link #pos}, the offset a damage message names. */
    private long consumed;

    /**
     * @param in  the part, read up to its end; not closed here.
     */
    XmlInput(InputStream in) {
        this.in = in;
    }

    /** Refills the buffer when it is used up; {@code false} at the end of the part. */
    boolean fill() throws IOException {
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
    int read() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    /** The next byte (0-255) without consuming it, or -1 at the end. */
    int peek() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    /** Makes at least {@code n} bytes available from {@link #pos}, unless the part ends first. */
    void ahead(int n) throws IOException {
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

    /** The part is not well-formed here: {@code what}, located at the byte now being read. */
    SheetXmlScanner.NotWellFormed damage(String what) {
        return new SheetXmlScanner.NotWellFormed(what, consumed + pos);
    }

    /** The next byte (0-255); the part must not end inside markup. */
    int require() throws IOException, SheetXmlScanner.NotWellFormed {
        int b = read();
        if (b < 0) {
            throw damage("the worksheet ends inside markup");
        }
        return b;
    }

    /** Consumes the ASCII text {@code s}, which must come next. */
    void expect(String s) throws IOException, SheetXmlScanner.NotWellFormed {
        for (int k = 0; k < s.length(); k++) {
            if (require() != s.charAt(k)) {
                throw damage("expected " + s);
            }
        }
    }

    static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    static boolean isSpace(byte b) {
        return isSpace(b & 0xFF);
    }

    /** Consumes white space; returns the byte after it, not consumed, or -1 at the end. */
    int skipSpace() throws IOException {
        int b = peek();
        while (b >= 0 && isSpace(b)) {
            pos++;
            b = peek();
        }
        return b;
    }

    /** Whether {@code b[from..n)} starts with the ASCII text {@code s}. */
    static boolean startsWith(byte[] b, int from, int n, String s) {
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
     * Reads one UTF-8 character whose first byte {@code b0} was just read (ASCII is handled by the callers) and
     * returns its code point, after checking it is a character XML allows.
     */
    int utf8(int b0) throws IOException, SheetXmlScanner.NotWellFormed {
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

    /** Refuses a code point that XML 1.0 does not allow in a document. */
    void checkChar(int cp) throws SheetXmlScanner.NotWellFormed {
        boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        if (!ok) {
            throw damage("a character XML does not allow (U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT)
                    + ")");
        }
    }

    /**
     * Reads what follows {@code &}: a predefined entity or a character reference. A worksheet may declare no
     * entities of its own (a document type declaration is refused), so any other name is undeclared.
     */
    int reference() throws IOException, SheetXmlScanner.NotWellFormed {
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
}
