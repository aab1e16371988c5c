package org.capexlens.io.ods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.capexlens.io.ImportException;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ODS reader on hand-written {@code content.xml}: cell types, repeats, text markup, guards. */
class OdsReaderTest {
    private static final String HEAD = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
            + "office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:"
            + "names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>";
    private static final String TAIL = "</office:spreadsheet></office:body></office:document-content>";

    @TempDir
    Path tmp;

    @Test
    void typedCellsRepeatsAndTextMarkupBecomeRows() throws Exception {
        String sheet = "<table:table table:name=\"capex\">"
                + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>company</text:p>"
                + "</table:table-cell><table:table-cell office:value-type=\"string\"><text:p>capex<text:s text:c=\"2\"/>"
                + "usd</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell office:value-type=\"string\">"
                + "<text:p>Meta</text:p></table:table-cell><table:table-cell office:value-type=\"float\" "
                + "office:value=\"39.2310000001\"><text:p>39.23</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"16000\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
                + "table:number-columns-repeated=\"1024\"/></table:table-row>"
                + "<table:table-row><table:table-cell/><table:table-cell office:value-type=\"date\" "
                + "office:date-value=\"2024-06-30T00:00:00\"><text:p>30/06/24</text:p></table:table-cell>"
                + "</table:table-row></table:table>";
        List<String> rows = read(ods(HEAD + sheet + TAIL));

        assertEquals(List.of("sheet capex", "1: TEXT company | TEXT capex  usd", "2: TEXT Meta | NUMBER 39.2310000001",
                "3: TEXT Meta | NUMBER 39.2310000001", "1048574: BLANK  | DATE 2024-06-30", "end"), rows);
    }

    @Test
    void malformedContentIsDamaged() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> read(ods(HEAD + "<table:table>")));
        assertEquals("bad.ods:::: bad.ods is damaged or incomplete (perhaps cut off while copying or downloading) and"
                + " could not be read as a workbook; nothing was loaded", e.firstError().format());
    }

    @Test
    void aPasswordIsNamed() throws Exception {
        Path file = tmp.resolve("bad.ods");
        zip(file, "content.xml", "\u0001\u0002", "META-INF/manifest.xml",
                "<manifest:manifest><manifest:encryption-data/></manifest:manifest>");
        ImportException e = assertThrows(ImportException.class, () -> OdsReader.read(file, (n, c) -> null));
        assertEquals("bad.ods:::: bad.ods is protected by a password; open it in LibreOffice, save it again without the"
                + " password (File \u25B8 Save As, clear \"Save with password\") and open that file",
                e.firstError().format());
    }

    private Path ods(String content) throws IOException {
        Path file = tmp.resolve("bad.ods");
        zip(file, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", content);
        return file;
    }

    private static void zip(Path file, String... entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry(entries[i]));
                z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    private static List<String> read(Path file) throws ImportException {
        List<String> out = new ArrayList<>();
        WorkbookSink sink = (name, comma) -> {
            out.add("sheet " + name);
            return new SheetSink() {
                @Override
                public void row(int rowNumber, List<RawCell> cells) {
                    List<String> parts = new ArrayList<>();
                    cells.forEach(c -> parts.add(c.kind() + " " + c.text()));
                    out.add(rowNumber + ": " + String.join(" | ", parts));
                }

                @Override
                public void end() {
                    out.add("end");
                }
            };
        };
        OdsReader.read(file, sink);
        return out;
    }
}
