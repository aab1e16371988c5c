package org.capexlens.io.xlsx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal {@code .xlsx} package by hand, so that tests control the sheet XML exactly (cell types, missing
 * cached values, gaps, rows without a reference, a million empty rows, a part that inflates hugely) in ways a
 * spreadsheet library would not write.
 *
 * <p>Cell styles available to sheet XML: {@code s="0"} General, {@code s="1"} built-in date format 14,
 * {@code s="2"} custom date format {@code yyyy-mm-dd} (id 164), {@code s="3"} the number format {@code #,##0.00}.
 */
final class RawXlsx {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Writes the XML inside {@code <sheetData>}. */
    interface SheetBody {
        void write(Writer out) throws IOException;
    }

    private record Sheet(String name, SheetBody body) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private boolean date1904;
    private int level = Deflater.BEST_COMPRESSION;
    private String workbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private String officeDocumentRelation = REL_NS + "/officeDocument";
    private int extraParts;

    /** Adds a sheet whose {@code <sheetData>} holds {@code rowsXml}. */
    RawXlsx sheet(String name, String rowsXml) {
        return sheet(name, out -> out.write(rowsXml));
    }

    /** Adds a sheet whose {@code <sheetData>} content is streamed by {@code body} (for very long sheets). */
    RawXlsx sheet(String name, SheetBody body) {
        sheets.add(new Sheet(name, body));
        return this;
    }

    /** Adds shared strings; the first gets index 0. */
    RawXlsx sharedStrings(String... strings) {
        sharedStrings.addAll(List.of(strings));
        return this;
    }

    /** Makes the workbook count dates from 1904. */
    RawXlsx date1904() {
        date1904 = true;
        return this;
    }

    /** Declares the workbook part with another content type (e.g. that of an .xlsb workbook). */
    RawXlsx workbookContentType(String type) {
        workbookType = type;
        return this;
    }

    /** Links the workbook as Excel's "Strict Open XML Spreadsheet" does. */
    RawXlsx strict() {
        officeDocumentRelation = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
        return this;
    }

    /** Adds {@code n} empty parts that nothing refers to. */
    RawXlsx extraParts(int n) {
        extraParts = n;
        return this;
    }

    /** The deflate level (1 fast … 9 small; 9 by default). */
    RawXlsx level(int deflateLevel) {
        level = deflateLevel;
        return this;
    }

    void write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(level);
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + workbookType + "\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.styles+xml\"/>");
            if (!sharedStrings.isEmpty()) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            }
            for (int i = 1; i <= sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            }
            types.append("</Types>");
            text(zip, "[Content_Types].xml", types.toString());
            text(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + officeDocumentRelation + "\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");

            StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
            if (date1904) {
                workbook.append("<workbookPr date1904=\"1\"/>");
            }
            workbook.append("<sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 1; i <= sheets.size(); i++) {
                workbook.append("<sheet name=\"").append(escape(sheets.get(i - 1).name())).append("\" sheetId=\"")
                        .append(i).append("\" r:id=\"rId").append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            }
            workbook.append("</sheets></workbook>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL_NS)
                    .append("/styles\" Target=\"styles.xml\"/>");
            if (!sharedStrings.isEmpty()) {
                rels.append("<Relationship Id=\"rIdT\" Type=\"").append(REL_NS)
                        .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            }
            rels.append("</Relationships>");
            text(zip, "xl/workbook.xml", workbook.toString());
            text(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            text(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                    + "</cellStyleXfs><cellXfs count=\"4\">"
                    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                    + "applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                    + "applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "</cellXfs></styleSheet>");
            if (!sharedStrings.isEmpty()) {
                StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<sst xmlns=\"" + MAIN_NS + "\" count=\"" + sharedStrings.size() + "\" uniqueCount=\""
                        + sharedStrings.size() + "\">");
                for (String s : sharedStrings) {
                    sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
                }
                sst.append("</sst>");
                text(zip, "xl/sharedStrings.xml", sst.toString());
            }
            for (int i = 1; i <= sheets.size(); i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
                Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN_NS
                        + "\" xmlns:r=\"" + REL_NS + "\"><sheetData>");
                sheets.get(i - 1).body().write(w);
                w.write("</sheetData></worksheet>");
                w.flush(); // not close: that would close the zip
                zip.closeEntry();
            }
            for (int i = 0; i < extraParts; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/padding" + i + ".bin"));
                zip.closeEntry();
            }
        }
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Escapes text for XML content or an attribute value. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** An inline-string cell, e.g. {@code is("A1", "capex")}. */
    static String is(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
    }

    /** A numeric cell. */
    static String n(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    /** A row. */
    static String row(int r, String... cells) {
        return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
    }
}
