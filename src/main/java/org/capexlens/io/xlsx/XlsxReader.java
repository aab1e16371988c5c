package org.capexlens.io.xlsx;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.capexlens.io.ImportException;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;
import org.capexlens.text.Messages;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams an {@code .xlsx} workbook (POI SAX) into a {@link WorkbookSink}.
 *
 * <p>Sheets are parsed as a stream of XML events by {@link XlsxSheetHandler}, so memory stays bounded however long a
 * sheet is; only the shared-string and style tables are held whole, under limits of their own ({@link PoiLimits}).
 * The file is opened read-only from a {@link File} (never copied into memory) and always released afterwards.
 */
public final class XlsxReader {
    private XlsxReader() {
    }

    /**
     * @param path  the workbook, not {@code null}.
     * @param sink  receives every sheet and row.
     * @throws ImportException  for an encrypted, truncated, oversized or otherwise unreadable workbook.
     */
    public static void read(Path path, WorkbookSink sink) throws ImportException {
        PoiLimits.applyOnce();
        String name = WorkbookFailures.fileName(path);
        File file = path.toFile();
        checkZipDirectory(file, name);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file, PackageAccess.READ);
        } catch (ODFNotOfficeXmlFileException e) {
            throw WorkbookFailures.invalid(name, Messages.get("import.workbook.ods", name), e);
        } catch (NotOfficeXmlFileException e) {
            throw WorkbookFailures.invalid(name, Messages.get("import.workbook.notWorkbookZip", name), e);
        } catch (InvalidFormatException | RuntimeException e) {
            throw WorkbookFailures.classify(name, e);
        }
        try {
            readPackage(pkg, name, sink);
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                | RuntimeException e) {
            throw WorkbookFailures.classify(name, e);
        } finally {
            // Opened for READ: revert() lets go of the file without writing (close() would try to save it).
            pkg.revert();
        }
    }

    /**
     * Reads the zip's central directory before POI does. A file whose directory cannot be read (typically cut off
     * while copying or downloading) would otherwise be re-read by POI entry by entry into memory.
     */
    private static void checkZipDirectory(File file, String name) throws ImportException {
        try (ZipSecureFile zip = new ZipSecureFile(file)) {
            long parts = 0;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                if (++parts > PoiLimits.MAX_FILE_COUNT) {
                    throw WorkbookFailures.tooManyParts(name, null);
                }
                // The size a part claims; POI checks the real size again while unpacking.
                if (entry.getSize() > PoiLimits.MAX_ENTRY_SIZE) {
                    throw WorkbookFailures.tooLarge(name, null);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw WorkbookFailures.damaged(name, e);
        }
    }

    private static void readPackage(OPCPackage pkg, String name, WorkbookSink sink)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException, ImportException {
        PackagePart workbook = workbookPart(pkg, name);
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904 = isDate1904(reader);
        CountedSharedStrings sharedStrings = null;
        try (InputStream in = related(workbook, XSSFRelation.SHARED_STRINGS.getRelation(), "sharedStrings",
                PoiLimits.MAX_SHARED_STRINGS_SIZE)) {
            if (in != null) {
                sharedStrings = new CountedSharedStrings(in);
            }
        }
        CellStyles styles = null;
        try (InputStream in = related(workbook, XSSFRelation.STYLES.getRelation(), "styles",
                PoiLimits.MAX_STYLES_SIZE)) {
            if (in != null) {
                styles = CellStyles.read(in);
            }
        }
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                if (XSSFRelation.CHARTSHEET.getContentType().equals(sheets.getSheetPart().getContentType())) {
                    continue; // a chart on a sheet of its own holds no cells
                }
                SheetSink sheet;
                try {
                    sheet = sink.startSheet(sheets.getSheetName(), false);
                } catch (RuntimeException e) {
                    throw new WorkbookFailures.SinkFailure(e);
                }
                XlsxSheetHandler handler = new XlsxSheetHandler(sharedStrings, styles, date1904, sheet);
                PushbackInputStream part = new PushbackInputStream(in, SheetXmlScanner.PROLOG_BYTES);
                if (!SheetXmlScanner.scan(part, handler)) {
                    // Not UTF-8 XML 1.0 (another encoding, XML 1.1): the general parser reads it.
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(part));
                }
                try {
                    sheet.end();
                } catch (RuntimeException e) {
                    throw new WorkbookFailures.SinkFailure(e);
                }
            }
        }
    }

    /** The workbook part, after checking that the package is a workbook CapexLens can read at all. */
    private static PackagePart workbookPart(OPCPackage pkg, String name) throws ImportException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            if (!pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
                throw WorkbookFailures.invalid(name, Messages.get("import.workbook.strict", name), null);
            }
            throw WorkbookFailures.invalid(name, Messages.get("import.workbook.notWorkbookZip", name), null);
        }
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        if (part == null) {
            throw WorkbookFailures.damaged(name, null);
        }
        String type = part.getContentType();
        if (type.startsWith("application/vnd.ms-excel.") && type.contains(".binary.")) {
            throw WorkbookFailures.invalid(name, Messages.get("import.workbook.xlsb", name), null);
        }
        if (!type.contains("spreadsheetml") && !type.startsWith("application/vnd.ms-excel.")) {
            throw WorkbookFailures.invalid(name, Messages.get("import.workbook.notWorkbookZip", name), null);
        }
        return part;
    }

    /** The part the workbook links to by {@code relation}, limited to {@code limit} bytes; {@code null} if none. */
    private static InputStream related(PackagePart workbook, String relation, String what, long limit)
            throws IOException, InvalidFormatException {
        PackageRelationshipCollection rels = workbook.getRelationshipsByType(relation);
        if (rels.isEmpty()) {
            return null;
        }
        PackagePart part = workbook.getRelatedPart(rels.getRelationship(0));
        if (part == null) {
            return null;
        }
        return new WorkbookFailures.LimitedInputStream(part.getInputStream(), what, limit);
    }

    /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}, old Mac Excel). */
    private static boolean isDate1904(XSSFReader reader)
            throws IOException, SAXException, InvalidFormatException, ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts)
                        throws SAXException {
                    if ("workbookPr".equals(localName)) {
                        String v = atts.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    } else if ("sheets".equals(localName)) {
                        throw new StopParsing(); // workbookPr comes before the sheet list; nothing more to learn
                    }
                }
            });
            xml.parse(new InputSource(in));
        } catch (StopParsing e) {
            // done early on purpose
        }
        return found[0];
    }

    /** Ends a SAX parse early once the wanted element was seen. */
    private static final class StopParsing extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The shared-string table, read as POI's {@link org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable}
     * reads it (same elements, same text, phonetic runs left out), knowing how many strings it really holds and
     * handing out each string's text without building a rich-text object per string: POI's {@code getItemAt} makes
     * an XMLBeans {@code CTRst} on every call, which for the 20,000 distinct notes of a 200,000-row sheet cost a
     * tenth of the import. Only a string that holds an {@code _xHHHH_} escape goes through
     * {@link XSSFRichTextString}, which decodes it exactly as POI does.
     */
    static final class CountedSharedStrings extends DefaultHandler {
        /** POI sizes its list by the count the file claims, at most this many. */
        private static final int MAX_INITIAL_CAPACITY = 100_000;

        private List<String> strings;
        private StringBuilder characters;
        private boolean tIsOpen;
        private boolean inPhonetic;
        /** Texts already asked for, by index (decoded where they hold an escape). */
        private String[] texts;

        CountedSharedStrings(InputStream in) throws IOException, SAXException, ParserConfigurationException {
            PushbackInputStream pis = new PushbackInputStream(in, 1);
            int first = pis.read();
            if (first > -1) { // an empty part is a table without strings, as for POI
                pis.unread(first);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(this);
                xml.parse(new InputSource(pis));
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML)) {
                return; // elements of other namespaces (extensions) carry no string
            }
            switch (localName) {
                case "sst" -> {
                    // The counts are only a hint, but a count that is no number is damage, as it is for POI.
                    String count = attributes.getValue("count");
                    if (count != null) {
                        Long.parseLong(count);
                    }
                    String unique = attributes.getValue("uniqueCount");
                    int capacity = unique == null ? 0 : (int) Math.min(Long.parseLong(unique), MAX_INITIAL_CAPACITY);
                    strings = new ArrayList<>(Math.max(capacity, 0));
                    characters = new StringBuilder(64);
                }
                case "si" -> {
                    if (characters != null) {
                        characters.setLength(0);
                    }
                }
                case "t" -> tIsOpen = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // rich-text runs and their properties: only the text inside <t> counts
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (uri != null && !uri.equals(XSSFRelation.NS_SPREADSHEETML)) {
                return;
            }
            switch (localName) {
                case "si" -> {
                    if (strings != null && characters != null) {
                        strings.add(characters.toString());
                    }
                }
                case "t" -> tIsOpen = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                    // nothing to do
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (tIsOpen && !inPhonetic) {
                if (characters == null) {
                    throw new SAXException("shared string text outside the string table");
                }
                characters.append(ch, start, length);
            }
        }

        /** How many strings were read. */
        int size() {
            return strings == null ? 0 : strings.size();
        }

        /**
         * The text of string {@code index}, as a cell shows it.
         *
         * @param index  0 to {@link #size()} - 1.
         */
        String text(int index) {
            if (texts == null) {
                texts = new String[size()];
            }
            String t = texts[index];
            if (t == null) {
                t = strings.get(index);
                if (t.contains("_x")) {
                    t = new XSSFRichTextString(t).getString();
                }
                texts[index] = t;
            }
            return t;
        }
    }
}
