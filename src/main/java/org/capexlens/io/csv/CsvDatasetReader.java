package org.capexlens.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.capexlens.domain.SheetNames;
import org.capexlens.io.DecimalMark;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.Location;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSchema;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;
import org.capexlens.text.Messages;

/**
 * Reads one CSV file (whose name or header tells its sheet) or a folder of CSV files named after the sheets.
 *
 * <p>A single file is the sheet its name says ({@code capex.csv}, {@code Capital Expenditure.csv}); when the name
 * says nothing ({@code my-data.csv}) its header row decides. In a folder every {@code .csv} file is the sheet it is
 * named after, read in the order of DESIGN §2 so that messages come in a stable order, and messages name the CSV
 * file itself. The delimiter is chosen from the header line (comma, semicolon or tab); with semicolons a decimal
 * comma is accepted, as European spreadsheet programs write it. Every field is passed on as text: the
 * {@link org.capexlens.io.DatasetAssembler} parses numbers and dates the same way for every format.
 */
public final class CsvDatasetReader {
    private static final Logger LOG = Logger.getLogger(CsvDatasetReader.class.getName());
    /** How many header fields a message quotes, and how many characters of each. */
    private static final int HEADER_FIELDS_SHOWN = 12;
    private static final int HEADER_CHARS_SHOWN = 40;
    /** How many rows of a file whose name says nothing are searched for a header row. */
    private static final int SNIFF_ROWS = 10;

    private CsvDatasetReader() {
    }

    /**
     * @param path  a CSV file or a folder of them, not {@code null}.
     * @param sink  receives every sheet and row.
     * @throws ImportException  when a file cannot be read ({@link ImportException.Kind#IO}), its sheet cannot be
     *                          told, or it cannot be parsed (a quote never closed, a field over 1,000,000
     *                          characters, text that is not valid UTF-16 after a UTF-16 byte-order mark).
     */
    public static void read(Path path, WorkbookSink sink) throws ImportException {
        if (Files.isDirectory(path)) {
            readFolder(path, sink);
        } else {
            readFile(path, fileName(path), sink);
        }
    }

    private static void readFolder(Path dir, WorkbookSink sink) throws ImportException {
        String dirName = fileName(dir);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String n = fileName(p);
                // Hidden files include the "._capex.csv" resource forks macOS leaves on shared drives.
                if (!n.startsWith(".") && n.toLowerCase(Locale.ROOT).endsWith(".csv") && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw ioFailure(dir, dirName, e);
        }
        if (files.isEmpty()) {
            throw ImportException.invalid(Location.ofFile(dirName),
                    Messages.get("import.csv.folderEmpty", dirName, String.join(", ", SheetNames.ALL)));
        }
        files.sort(Comparator.comparingInt((Path p) -> designOrder(baseName(fileName(p))))
                .thenComparing(CsvDatasetReader::fileName));
        // First every data file's figures, so that a column without a telling figure can follow the folder.
        List<Plan> plans = new ArrayList<>();
        for (Path p : files) {
            String name = fileName(p);
            String sheet = SheetFileNames.sheetOf(baseName(name));
            plans.add(sheet == null || SheetFileNames.isReadme(sheet) ? new Plan(p, name, sheet, null, null)
                    : examine(p, name, sheet));
        }
        for (Plan plan : plans) {
            if (plan.dialect() == null) {
                // Not a data sheet (notes.csv, README.csv): the sink says so; its content is not parsed, so a
                // broken side file cannot stop the dataset from loading.
                String shown = plan.sheet() != null ? plan.sheet() : baseName(plan.name());
                sink.startSheet(shown, false, plan.name()).end();
            } else {
                emit(plan, sink, folderMark(plans, plan.dialect().delimiter));
            }
        }
    }

    /**
     * The decimal mark that the folder's files separated by {@code delimiter} show, when they agree; files written
     * with another delimiter were saved with other settings and say nothing about these.
     */
    private static DecimalMark folderMark(List<Plan> plans, char delimiter) {
        DecimalMark folderMark = null;
        for (Plan plan : plans) {
            DecimalMark m = plan.dialect() == null || plan.dialect().delimiter != delimiter ? null
                    : plan.dialect().fileMark();
            if (m != null) {
                if (folderMark != null && folderMark != m) {
                    return null;
                }
                folderMark = m;
            }
        }
        return folderMark;
    }

    /** The position of a file's sheet in DESIGN §2; files that name no sheet come last. */
    private static int designOrder(String baseName) {
        String sheet = SheetFileNames.sheetOf(baseName);
        return sheet == null ? SheetNames.ALL.size() : Math.max(0, SheetNames.ALL.indexOf(
                SheetSchema.forSheetName(sheet).map(SheetSchema.Sheet::name).orElse("")));
    }

    /**
     * One data file, examined.
     *
     * @param sheet    the sheet its name stands for, or {@code null} when its header must say.
     * @param opened   how it was opened the first time (its encoding).
     * @param dialect  its delimiter and the decimal marks its figures show; {@code null} for a side file.
     */
    private record Plan(Path file, String name, String sheet, CsvInput.Opened opened, CsvDialect dialect) {
    }

    private static void readFile(Path file, String name, WorkbookSink sink) throws ImportException {
        String sheet = SheetFileNames.sheetOf(baseName(name));
        emit(examine(file, name, sheet), sink, null);
    }

    /** Reads the file once to learn its dialect; a file that cannot be parsed is refused here. */
    private static Plan examine(Path file, String name, String sheet) throws ImportException {
        CsvInput.Opened opened;
        try {
            opened = CsvInput.open(file);
        } catch (IOException e) {
            throw ioFailure(file, name, e);
        }
        CsvDialect dialect = null;
        try (Reader reader = opened.reader()) {
            if (opened.firstBadLine() > 0 && opened.encoding() != CsvInput.Encoding.WINDOWS_1252) {
                throw ImportException.invalid(new Location(name, "", opened.firstBadLine(), ""),
                        Messages.get("import.csv.badUtf16", Integer.toString(opened.firstBadLine())));
            }
            dialect = CsvDialect.sniff(reader);
            dialect.readAll();
        } catch (CsvSyntaxException e) {
            String shownSheet = sheet == null ? "" : SheetSchema.forSheetName(sheet).map(SheetSchema.Sheet::name)
                    .orElse(sheet);
            throw ImportException.invalid(new Location(name, shownSheet, e.row(),
                    column(dialect == null ? null : dialect.header(), e.fieldIndex())), message(e));
        } catch (IOException e) {
            throw ioFailure(file, name, e);
        }
        return new Plan(file, name, sheet, opened, dialect);
    }

    /** Reads the file a second time, handing its rows to the sink with the decimal mark of each column. */
    private static void emit(Plan plan, WorkbookSink sink, DecimalMark folderMark) throws ImportException {
        String name = plan.name();
        CsvDialect dialect = plan.dialect();
        List<DecimalMark> marks = dialect.marks(folderMark);
        boolean decimalComma = dialect.delimiter == ';';
        String sheet = "";
        List<String> header = dialect.header();
        try (Reader reader = CsvInput.reopen(plan.file(), plan.opened())) {
            if (plan.opened().firstBadLine() > 0) {
                sink.add(ImportMessage.warning(Location.ofFile(name), Messages.get("import.csv.notUtf8", name,
                        Integer.toString(plan.opened().firstBadLine()))));
            }
            CsvParser.Sniffed sniffed = CsvParser.sniff(reader);
            CsvParser parser = new CsvParser(reader, sniffed.delimiter(), sniffed.head());
            SheetSink target;
            List<CsvParser.Record> held = new ArrayList<>();
            if (plan.sheet() != null) {
                sheet = plan.sheet();
                target = sink.startSheet(sheet, decimalComma, name);
            } else {
                // The sheet its header row stands for; title lines may stand above it.
                Optional<SheetSchema.Sheet> schema = Optional.empty();
                CsvParser.Record first = null;
                CsvParser.Record r;
                while (schema.isEmpty() && held.size() < SNIFF_ROWS && (r = parser.next()) != null) {
                    held.add(r);
                    if (!r.isBlank()) {
                        first = first == null ? r : first;
                        schema = SheetSchema.forHeader(r.fields());
                    }
                }
                if (first == null) {
                    throw ImportException.invalid(Location.ofFile(name),
                            Messages.get("import.csv.noRows", name, String.join(", ", SheetNames.ALL), expected()));
                }
                if (schema.isEmpty()) {
                    throw ImportException.invalid(new Location(name, "", first.line(), ""),
                            Messages.get("import.csv.unknownSheet", name, String.join(", ", SheetNames.ALL),
                                    shown(first.fields()), expected()));
                }
                sheet = schema.get().name();
                target = sink.startSheet(sheet, decimalComma, name);
            }
            for (ImportMessage m : dialect.conflicts(name, sheet)) {
                sink.add(m);
            }
            target.decimalMarks(marks);
            for (CsvParser.Record r : held) {
                if (!r.isBlank()) {
                    target.row(r.line(), cells(r));
                }
            }
            CsvParser.Record r;
            while ((r = parser.next()) != null) {
                target.row(r.line(), cells(r));
            }
            target.end();
        } catch (CsvSyntaxException e) {
            // The file changed between the two readings.
            throw ImportException.invalid(new Location(name, sheet, e.row(), column(header, e.fieldIndex())),
                    message(e));
        } catch (IOException e) {
            throw ioFailure(plan.file(), name, e);
        }
    }

    private static List<RawCell> cells(CsvParser.Record r) {
        List<RawCell> cells = new ArrayList<>(r.fields().size());
        for (String f : r.fields()) {
            cells.add(RawCell.text(f));
        }
        return cells;
    }

    private static String message(CsvSyntaxException e) {
        return switch (e.problem()) {
            case UNCLOSED_QUOTE -> Messages.get("import.csv.quoteNotClosed", Integer.toString(e.quoteLine()));
            case QUOTED_FIELD_TOO_LONG -> Messages.get("import.csv.quotedFieldTooLong",
                    Integer.toString(e.quoteLine()), CsvParser.MAX_FIELD_CHARS);
            case FIELD_TOO_LONG -> Messages.get("import.csv.fieldTooLong", CsvParser.MAX_FIELD_CHARS);
            case RECORD_TOO_LONG -> Messages.get("import.csv.rowTooLong", CsvParser.MAX_RECORD_CHARS);
            case TOO_MANY_FIELDS -> Messages.get("import.csv.tooManyColumns", CsvParser.MAX_FIELDS);
        };
    }

    /** The header of a column for a location; empty before the header is known or past its end. */
    private static String column(List<String> header, int index) {
        if (header == null || index >= header.size()) {
            return "";
        }
        return header.get(index).replace("\uFEFF", "").trim();
    }

    /** A header row as a message shows it: its first fields, each cut short. */
    private static String shown(List<String> header) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(header.size(), HEADER_FIELDS_SHOWN); i++) {
            String h = header.get(i).replace("\uFEFF", "").trim();
            parts.add(h.length() > HEADER_CHARS_SHOWN ? h.substring(0, HEADER_CHARS_SHOWN) + "\u2026" : h);
        }
        if (header.size() > HEADER_FIELDS_SHOWN) {
            parts.add("\u2026");
        }
        return String.join(", ", parts);
    }

    /** Every sheet with its required columns: what a header row must have. */
    private static String expected() {
        return SheetSchema.sheets().stream()
                .map(s -> s.name() + " (" + String.join(", ", s.requiredColumns()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static ImportException ioFailure(Path path, String name, IOException e) {
        LOG.log(Level.WARNING, "cannot read " + path, e);
        Location where = Location.ofFile(name);
        if (e instanceof NoSuchFileException) {
            return ImportException.io(where, Messages.get("import.file.notFound", path.toString()), e);
        }
        if (e instanceof AccessDeniedException) {
            return ImportException.io(where, Messages.get("import.file.accessDenied", path.toString()), e);
        }
        return ImportException.io(where, Messages.get("import.file.ioError", path.toString()), e);
    }

    static String fileName(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    /** The file name without its last extension: {@code capex.csv} gives {@code capex}. */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
