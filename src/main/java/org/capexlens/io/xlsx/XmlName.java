package org.capexlens.io.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The name of the element, attribute or processing instruction being read, kept as its UTF-8 bytes: names are only
 * compared (with the start tag's, with the names the importer reads), never decoded, so reading one costs no string.
 * Checks what XML requires of a name and the JDK's limit on its length.
 */
final class XmlName {
    /** The JDK's secure-processing limit on a name (jdk.xml.maxXMLNameLimit). */
    static final int MAX_NAME_BYTES = 1_000;

    private final XmlInput input;
    /** The name's bytes: {@code bytes[0..length)}; reused for every name, grown when a long one needs it. */
    byte[] bytes = new byte[64];
    int length;

    XmlName(XmlInput input) {
        this.input = input;
    }

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

    /** Reads a name whose first byte {@code b} was just read. */
    void read(int b) throws IOException, SheetXmlScanner.NotWellFormed {
        length = 0;
        boolean start = true;
        while (true) {
            if (length >= MAX_NAME_BYTES) {
                throw input.damage("a name longer than " + MAX_NAME_BYTES + " characters");
            }
            if (length + 4 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            if (b >= 0x80) {
                // Kept as its UTF-8 bytes: names are only compared, never decoded.
                int cp = input.utf8(b);
                if (!isNonAsciiName(cp, start)) {
                    throw input.damage("a character that cannot be part of a name");
                }
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    bytes[length++] = x;
                }
            } else if (start ? isNameStart(b) : isNameChar(b)) {
                bytes[length++] = (byte) b;
            } else {
                throw input.damage("a name that does not start with a letter");
            }
            start = false;
            int next = input.peek();
            if (next < 0 || (next < 0x80 && !isNameChar(next))) {
                return;
            }
            b = input.read();
        }
    }

    /**
     * Where the local part of a name starts: after its prefix and colon, if any. As the JDK parser reads names, a
     * leading colon is part of the local name, and a second colon or a trailing one is an error.
     *
     * @param n  holds the name at {@code n[from..from+length)}: this one's bytes, or a name read earlier.
     */
    int localStart(byte[] n, int from, int length) throws SheetXmlScanner.NotWellFormed {
        int colon = -1;
        for (int k = 1; k < length; k++) {
            if (n[from + k] == ':') {
                if (colon >= 0 || k == length - 1) {
                    throw input.damage("a name with a misplaced colon");
                }
                colon = k;
            }
        }
        return colon + 1;
    }

    /** Where the local part of this name starts. */
    int localStart() throws SheetXmlScanner.NotWellFormed {
        return localStart(bytes, 0, length);
    }

    /** Whether this name, from {@code from}, is exactly {@code local}. */
    boolean localIs(int from, byte[] local) {
        if (length - from != local.length) {
            return false;
        }
        for (int k = 0; k < local.length; k++) {
            if (bytes[from + k] != local[k]) {
                return false;
            }
        }
        return true;
    }
}
