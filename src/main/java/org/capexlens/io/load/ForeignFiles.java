package org.capexlens.io.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.text.Messages;

/**
 * Tells files apart that share a container: a zip is an OpenDocument spreadsheet (its first entry, {@code mimetype},
 * says so in the first bytes), an Apple Numbers document ({@code Index/….iwa}) or an Office Open XML package; a
 * binary file starting with a BIFF2–4 record is a workbook of Excel 2.x–4.0, which no current library reads. Each
 * foreign file gets a message naming what it is and how to convert it (issue 15).
 */
final class ForeignFiles {
    private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

    private ForeignFiles() {
    }

    /** How to read a zip: ODS, or XLSX (whose reader refuses what is no workbook); Numbers is refused here. */
    static DatasetReader.Format zipFormat(Path path, String name, byte[] head, int n) throws ImportException {
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (start.contains("mimetype" + ODS_MIME)) {
            return DatasetReader.Format.ODS;
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            int seen = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements() && seen < 10_000; seen++) {
                String entry = e.nextElement().getName();
                if ((entry.startsWith("Index/") && entry.endsWith(".iwa")) || entry.equals("Index.zip")) {
                    throw ImportException.invalid(Location.ofFile(name), Messages.get("import.workbook.numbers",
                            name));
                }
                if (entry.equals("mimetype")) {
                    ZipEntry m = zip.getEntry("mimetype");
                    try (var in = zip.getInputStream(m)) {
                        String mime = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
                        if (mime.startsWith(ODS_MIME)) {
                            return DatasetReader.Format.ODS;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not a zip the JDK can list (damaged, truncated): the workbook reader says what is wrong with it.
            return DatasetReader.Format.XLSX;
        }
        return DatasetReader.Format.XLSX;
    }

    /**
     * Refuses a workbook of Excel 2.x, 3.0 or 4.0: a bare BIFF stream (no OLE2 container) starting with a BOF
     * record 0x0009, 0x0209 or 0x0409.
     */
    static void refuseOldExcel(byte[] head, int n, String name) throws ImportException {
        if (n < 8 || head[0] != 0x09 || head[3] != 0x00) {
            return;
        }
        int length = head[2] & 0xFF;
        String[] version = switch (head[1]) {
            case 0x00 -> length == 4 ? new String[] {"2.x", "2"} : null;
            case 0x02 -> length == 6 ? new String[] {"3.0", "3"} : null;
            case 0x04 -> length == 6 ? new String[] {"4.0", "4"} : null;
            default -> null;
        };
        if (version != null) {
            throw ImportException.invalid(Location.ofFile(name), Messages.get("import.workbook.biff", name,
                    version[0], version[1]));
        }
    }
}
