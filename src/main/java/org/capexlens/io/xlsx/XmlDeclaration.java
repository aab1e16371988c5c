package org.capexlens.io.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The XML declaration ({@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}) of a worksheet part: judged
 * from the first bytes, to choose between {@link SheetXmlScanner} and the SAX parser, and then read strictly, as
 * XML 1.0 writes it, by the scanner.
 */
final class XmlDeclaration {
    /** The pseudo-attributes of a declaration, in the order XML requires. */
    private static final String[] ORDER = {"version", "encoding", "standalone"};

    private XmlDeclaration() {
    }

    /**
     * Whether the part, whose first bytes are {@code head}, is UTF-8 XML 1.0 that the scanner reads; else the SAX
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
        if (!XmlInput.startsWith(head, i, n, "<?xml") || n - i < 6 || !XmlInput.isSpace(head[i + 5])) {
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
            while (j < decl.length() && XmlInput.isSpace((byte) decl.charAt(j))) {
                j++;
            }
            if (j < decl.length() && decl.charAt(j) == '=') {
                j++;
                while (j < decl.length() && XmlInput.isSpace((byte) decl.charAt(j))) {
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

    /** Whether the part, after its byte-order mark, starts with a declaration ({@code <?xml} and a space). */
    static boolean startsHere(XmlInput input) throws IOException {
        input.ahead(6);
        return XmlInput.startsWith(input.buf, input.pos, input.limit, "<?xml") && input.limit - input.pos > 5
                && XmlInput.isSpace(input.buf[input.pos + 5]);
    }

    /** Reads the declaration, strictly: its pseudo-attributes in order, version 1.0, encoding UTF-8. */
    static void read(XmlInput input, XmlName names) throws IOException, SheetXmlScanner.NotWellFormed {
        input.expect("<?xml");
        int next = 0;
        boolean sawVersion = false;
        while (true) {
            int b = input.require();
            if (b == '?') {
                input.expect(">");
                break;
            }
            if (!XmlInput.isSpace(b)) {
                throw input.damage("a malformed XML declaration");
            }
            b = input.skipSpace();
            if (b == '?') {
                continue;
            }
            names.read(input.require());
            String key = new String(names.bytes, 0, names.length, StandardCharsets.ISO_8859_1);
            int index = -1;
            for (int k = next; k < ORDER.length; k++) {
                if (ORDER[k].equals(key)) {
                    index = k;
                }
            }
            if (index < 0 || (index > 0 && !sawVersion)) {
                throw input.damage("a malformed XML declaration");
            }
            next = index + 1;
            sawVersion |= index == 0;
            if (input.skipSpace() != '=') {
                throw input.damage("a malformed XML declaration");
            }
            input.pos++;
            int quote = input.skipSpace();
            if (quote != '"' && quote != '\'') {
                throw input.damage("a malformed XML declaration");
            }
            input.pos++;
            StringBuilder v = new StringBuilder();
            int c;
            while ((c = input.require()) != quote) {
                if (v.length() > 40) {
                    throw input.damage("a malformed XML declaration");
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
                throw input.damage("a malformed XML declaration");
            }
        }
        if (!sawVersion) {
            throw input.damage("an XML declaration without a version");
        }
    }
}
