package org.capexlens.io.xlsx;

import java.util.Arrays;

/**
 * The namespace prefixes in scope at the element being read, for {@link SheetXmlScanner}. The importer matches
 * elements by local name only (as the SAX path does), so namespaces serve just to refuse what a namespace-aware
 * parser refuses: an undeclared prefix, a reserved prefix or namespace misused, an attribute given twice under two
 * prefixes of one namespace. The default namespace is not tracked: nothing depends on it.
 */
final class NamespaceScope {
    static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    static final String XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

    private final XmlInput input;
    private final XmlName names;
    /** Declared prefixes and their namespaces, innermost last. */
    private byte[][] prefixes = new byte[8][];
    private String[] namespaces = new String[8];
    private int prefixCount;

    NamespaceScope(XmlInput input, XmlName names) {
        this.input = input;
        this.names = names;
    }

    /** How many prefixes are declared now: what {@link #restore} goes back to when an element ends. */
    int mark() {
        return prefixCount;
    }

    /** Ends the scope of the prefixes declared since {@code mark}. */
    void restore(int mark) {
        prefixCount = mark;
    }

    /** Whether a qualified name is {@code xmlns} or has the prefix {@code xmlns}: a namespace declaration. */
    static boolean isDeclaration(byte[] n, int from, int length) {
        return length >= 5 && n[from] == 'x' && n[from + 1] == 'm' && n[from + 2] == 'l' && n[from + 3] == 'n'
                && n[from + 4] == 's' && (length == 5 || n[from + 5] == ':');
    }

    /** Whether a qualified name's prefix is {@code xmlns}. */
    static boolean prefixIsXmlns(byte[] n, int from, int length) {
        return length > 6 && isDeclaration(n, from, length);
    }

    /**
     * The namespace of a qualified name's prefix; {@code ""} for a name without one.
     *
     * @throws SheetXmlScanner.NotWellFormed  when the prefix is not declared.
     */
    String namespaceOf(byte[] qName, int from, int length) throws SheetXmlScanner.NotWellFormed {
        int local = names.localStart(qName, from, length);
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
        throw input.damage("a namespace prefix that is not declared");
    }

    /**
     * The namespace declaration just read: {@code xmlns="uri"} or {@code xmlns:p="uri"}, its name still the one
     * {@link XmlName} holds.
     */
    void declare(String uri) throws SheetXmlScanner.NotWellFormed {
        if (uri.equals(XMLNS_NAMESPACE)) {
            throw input.damage("the xmlns namespace bound to a prefix");
        }
        if (names.length == 5) {
            if (uri.equals(XML_NAMESPACE)) {
                throw input.damage("the xml namespace made the default");
            }
            return; // the default namespace: nothing the importer looks at
        }
        if (names.localStart() != 6 || names.length == 6) {
            throw input.damage("a malformed namespace declaration");
        }
        byte[] prefix = Arrays.copyOfRange(names.bytes, 6, names.length);
        boolean xml = prefix.length == 3 && prefix[0] == 'x' && prefix[1] == 'm' && prefix[2] == 'l';
        boolean xmlns = prefix.length == 5 && isDeclaration(prefix, 0, 5);
        if (xmlns || xml != uri.equals(XML_NAMESPACE)) {
            throw input.damage("the xml or xmlns prefix bound to another namespace");
        }
        if (uri.isEmpty()) {
            throw input.damage("a namespace prefix declared empty");
        }
        if (prefixCount == prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, prefixes.length * 2);
            namespaces = Arrays.copyOf(namespaces, namespaces.length * 2);
        }
        prefixes[prefixCount] = prefix;
        namespaces[prefixCount++] = uri;
    }
}
