package org.capexlens.io.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.capexlens.io.DatasetAssembler;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.Location;
import org.capexlens.io.csv.CsvDatasetReader;
import org.capexlens.io.json.JsonDatasetReader;
import org.capexlens.io.ods.OdsReader;
import org.capexlens.io.xlsx.PoiLimits;
import org.capexlens.io.xlsx.XlsReader;
import org.capexlens.io.xlsx.XlsxReader;
import org.capexlens.text.Messages;

/**
 * Loads a dataset from a file or folder, choosing the format by content first and extension second:
 * a zip container is read as {@code .xlsx}, an OLE2 container as {@code .xls} (or refused as an encrypted
 * workbook), text starting with <code>{</code> as JSON, HTML is refused with a message saying what it is,
 * other text is CSV; a folder is a set of CSV files named after the sheets. A CSV or JSON file named like a workbook
 * ({@code .xls}, {@code .xlsx} …) is read for what it is, with a warning naming the mismatch.
 *
 * <p>Never modifies, locks or keeps open the user's file. Every failure is an {@link ImportException} with a
 * located, plain-language message; no library exception escapes.
 */
public final class DatasetReader {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] ZIP_EMPTY = {0x50, 0x4B, 0x05, 0x06};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    /** Extensions of spreadsheet files that a text file may wrongly carry. */
    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xls", "xlsx", "xlsm", "xlsb", "xlt", "xltx", "ods");

    /** The formats a file can be read as. */
    public enum Format { XLSX, XLS, CSV, CSV_FOLDER, JSON, ODS }

    private DatasetReader() {
    }

    /**
     * Reads and validates a dataset.
     *
     * @param path  a {@code .xlsx}, {@code .xls}, {@code .csv} or {@code .json} file, or a folder of CSV files;
     *              not {@code null}.
     * @return the dataset with its warnings.
     * @throws ImportException  when the file cannot be read ({@link ImportException.Kind#IO}) or is not a valid
     *                          dataset ({@link ImportException.Kind#INVALID}).
     */
    public static ImportResult read(Path path) throws ImportException {
        return read(path, org.capexlens.io.ColumnMapping.none());
    }

    /**
     * Reads and validates a dataset, reading the headers the user mapped as the fields they chose (the dashboard's
     * column-mapping dialog; the CLI never maps).
     *
     * @param path     as for {@link #read(Path)}, not {@code null}.
     * @param mapping  header → field per sheet and set of headers, not {@code null}.
     * @return the dataset with its warnings, one per mapped header.
     * @throws ImportException  as for {@link #read(Path)}; {@link ImportException#missingColumns()} names the
     *                          sheets that lack required columns.
     */
    public static ImportResult read(Path path, org.capexlens.io.ColumnMapping mapping) throws ImportException {
        PoiLimits.applyOnce();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Format format = detect(path, name);
        DatasetAssembler assembler = new DatasetAssembler(name, mapping);
        if (format == Format.CSV) {
            assembler.singleCsvFile();
        }
        warnOnWorkbookExtension(format, name, assembler);
        try {
            switch (format) {
                case XLSX -> XlsxReader.read(path, assembler);
                case XLS -> XlsReader.read(path, assembler);
                case CSV, CSV_FOLDER -> CsvDatasetReader.read(path, assembler);
                case JSON -> JsonDatasetReader.read(path, assembler);
                case ODS -> OdsReader.read(path, assembler);
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // Last line of defence: a library failure we did not foresee still ends in a message, not a crash.
            throw ImportException.invalid(Location.ofFile(name), Messages.get("import.file.unreadable", name), e);
        }
        return assembler.finish();
    }

    /**
     * Decides how to read {@code path} from its first bytes and its extension.
     *
     * @throws ImportException  for a missing, unreadable, empty, HTML or binary file of no known format.
     */
    public static Format detect(Path path, String name) throws ImportException {
        Location where = Location.ofFile(name);
        if (Files.isDirectory(path)) {
            if (extension(name).equals("numbers")) {
                throw ImportException.invalid(where, Messages.get("import.workbook.numbers", name));
            }
            return Format.CSV_FOLDER;
        }
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw ImportException.io(where, Messages.get("import.file.notFound", path.toString()), e);
        } catch (AccessDeniedException e) {
            throw ImportException.io(where, Messages.get("import.file.accessDenied", path.toString()), e);
        } catch (IOException e) {
            throw ImportException.io(where, Messages.get("import.file.ioError", path.toString()), e);
        }
        String ext = extension(name);
        if (n == 0) {
            throw ImportException.invalid(where, Messages.get("import.file.empty", name));
        }
        if (startsWith(head, n, ZIP) || startsWith(head, n, ZIP_EMPTY)) {
            return ForeignFiles.zipFormat(path, name, head, n);
        }
        ForeignFiles.refuseOldExcel(head, n, name);
        if (startsWith(head, n, OLE2)) {
            return Format.XLS;
        }
        String text = textStart(head, n);
        if (text == null) {
            throw ImportException.invalid(where, Messages.get("import.file.unknownBinary", name));
        }
        String t = text.stripLeading().toLowerCase(Locale.ROOT);
        if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<table")
                || (t.startsWith("<") && t.contains("<html"))) {
            throw ImportException.invalid(where, Messages.get("import.file.html", name));
        }
        if (t.startsWith("<?xml")) {
            throw ImportException.invalid(where, Messages.get("import.file.xml", name));
        }
        if (t.startsWith("{") || t.startsWith("[")) {
            return Format.JSON;
        }
        if (ext.equals("json")) {
            return Format.JSON;
        }
        return Format.CSV;
    }

    /**
     * A CSV or JSON file named like a workbook ({@code figures.xls}, as some web sites and older programs save
     * "Excel" downloads) is read for what it is, with a warning naming the mismatch: friendlier than refusing a file
     * whose content is perfectly readable.
     */
    private static void warnOnWorkbookExtension(Format format, String name, DatasetAssembler assembler) {
        String ext = extension(name);
        if ((format == Format.CSV || format == Format.JSON) && WORKBOOK_EXTENSIONS.contains(ext)) {
            String kind = format == Format.CSV ? "CSV" : "JSON";
            assembler.add(ImportMessage.warning(Location.ofFile(name), Messages.get(
                    "import.file.textWithWorkbookExtension", name, kind, ext, kind.toLowerCase(Locale.ROOT))));
        }
    }

    /** The lower-case extension of a file name, without the dot; empty when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The start of the file as text when it looks like text (UTF-8 or UTF-16 with a byte-order mark, no NUL bytes
     * otherwise), else {@code null}.
     */
    private static String textStart(byte[] head, int n) {
        if (n >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            boolean le = head[0] == (byte) 0xFF;
            return new String(head, 2, n - 2 - (n % 2), le ? java.nio.charset.StandardCharsets.UTF_16LE
                    : java.nio.charset.StandardCharsets.UTF_16BE);
        }
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return null;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                controls++;
            }
        }
        if (controls > n / 20) {
            return null;
        }
        String s = new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
