package org.capexlens.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.capexlens.domain.SheetNames;

/**
 * Makes the workbook fixtures under {@code src/test/resources/fixtures/} from the canonical good CSV files, so that
 * they can be re-made after a change: {@code good/good.xlsx}, {@code good/good.xls} and the broken workbooks in
 * {@code workbooks/}. The generated files are committed; tests read the committed files.
 *
 * <p>Run from the project folder:
 * {@code java -cp target/classes:target/test-classes:<dependency classpath> org.capexlens.io.xlsx.FixtureGenerator}
 */
public final class FixtureGenerator {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final Path GOOD_CSV = FIXTURES.resolve("good/csv");

    /** Columns written as numeric cells. */
    static final Set<String> NUMERIC = Set.of("fiscal_year_end_month", "fiscal_year", "capex_usd_b",
            "revenue_usd_b", "operating_income_usd_b", "net_income_usd_b", "d_and_a_usd_b", "tax_rate", "life_years",
            "disclosed_effect_usd_b", "data_center_revenue_usd_b", "total_revenue_usd_b");
    /** Columns written as date cells; {@code accessed} stays ISO text on purpose (text dates are read too). */
    static final Set<String> DATES = Set.of("effective_from", "period_end", "published");

    /** A formula cell; {@code cached} is the saved result, {@code null} for none. */
    record Formula(String formula, Double cached) {
    }

    /** An error value cell such as {@code #DIV/0!}. */
    record ErrorValue(FormulaError error) {
    }

    private FixtureGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path base = args.length > 0 ? Path.of(args[0]) : FIXTURES;
        Path good = base.resolve("good");
        Path dir = base.resolve("workbooks");
        Files.createDirectories(good);
        Files.createDirectories(dir);

        writeXlsx(goodTables(), good.resolve("good.xlsx"));
        writeXls(goodTables(), good.resolve("good.xls"));

        // Cell and row problems, each one change to the good data (rows counted as a spreadsheet shows them).
        writeXlsx(with("capex", 6, "capex_usd_b", "abc"), dir.resolve("capex-text-in-number.xlsx"));
        writeXlsx(with("capex", 6, "capex_usd_b", "n/a"), dir.resolve("capex-na-required.xlsx"));
        writeXlsx(with("capex", 6, "capex_usd_b", new Formula("27045/1000", null)),
                dir.resolve("formula-no-value.xlsx"));
        writeXlsx(with("capex", 6, "capex_usd_b", new Formula("27045/1000", 27.045)),
                dir.resolve("formula-cached.xlsx"));
        writeXlsx(with("capex", 6, "capex_usd_b", new ErrorValue(FormulaError.DIV0)),
                dir.resolve("error-value.xlsx"));
        writeXlsx(with("capex", 6, "company", "Amazon"), dir.resolve("unknown-company.xlsx"));
        writeXlsx(with("capex", 7, "fiscal_year", 2023.0), dir.resolve("duplicate-company-year.xlsx"));
        writeXlsx(with("capex", 6, "capex_usd_b", -27.045), dir.resolve("negative-capex.xlsx"));
        writeXlsx(with("useful_lives", 3, "life_years", 0.0), dir.resolve("life-zero.xlsx"));
        writeXlsx(with("useful_lives", 3, "effective_from", "2022-13-01"), dir.resolve("bad-date.xlsx"));
        writeXlsx(with("ai_revenue", 3, "period_end", null), dir.resolve("runrate-no-date.xlsx"));
        Map<String, List<List<Object>>> noCapexColumn = goodTables();
        removeColumn(noCapexColumn, "capex", "capex_usd_b");
        writeXlsx(noCapexColumn, dir.resolve("missing-column.xlsx"));
        // Every other sheet without one of its required columns (the malformed-input corpus).
        for (String[] sheetColumn : new String[][] {{"companies", "fiscal_year_end_month"},
            {"financials", "fiscal_year"}, {"useful_lives", "life_years"}, {"chip_revenue", "vendor"},
            {"ai_revenue", "basis"}, {"sources", "title"}}) {
            Map<String, List<List<Object>>> tables = goodTables();
            removeColumn(tables, sheetColumn[0], sheetColumn[1]);
            writeXlsx(tables, dir.resolve("missing-column-" + sheetColumn[0].replace('_', '-') + ".xlsx"));
        }
        writeAllSheetsEmpty(dir.resolve("all-sheets-empty.xlsx"));
        writeInlineStrings(goodTables(), dir.resolve("inline-strings.xlsx"));

        // Files that are not (readable) workbooks.
        writeEncryptedXlsx(goodTables(), dir.resolve("encrypted.xlsx"), "secret");
        writeFirstHalf(good.resolve("good.xlsx"), dir.resolve("truncated.xlsx"));
        writeZipBomb(dir.resolve("zip-bomb.xlsx"), 40 * 1024 * 1024);
        Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        writeRandomBytes(dir.resolve("random-bytes.xlsx"));
        writeWordDocumentZip(dir.resolve("word-document.xlsx"));

        writeXls(with("capex", 6, "capex_usd_b", "abc"), dir.resolve("xls-text-in-number.xls"));
        writeXls(with("capex", 6, "capex_usd_b", new Formula("27045/1000", 27.045)),
                dir.resolve("xls-formula-cached.xls"));
        writePasswordXls(goodTables(), dir.resolve("password.xls"), "secret");
        writeExcel95(dir.resolve("excel95.xls"));
        writeWordDocumentOle2(dir.resolve("word-document.xls"));
        Files.writeString(dir.resolve("html-table.xls"), "<html><head><title>capex</title></head><body><table>"
                + "<tr><td>company</td><td>fiscal_year</td><td>capex_usd_b</td></tr>"
                + "<tr><td>Microsoft</td><td>2024</td><td>44.477</td></tr></table></body></html>\n",
                StandardCharsets.UTF_8);
        writeFirstHalf(good.resolve("good.xls"), dir.resolve("truncated.xls"));
        System.out.println("fixtures written under " + base.toAbsolutePath());
    }

    // ---- the good data ----------------------------------------------------------------------------------------

    /**
     * The good CSV files as typed tables, sheet by sheet in DESIGN order: row 0 is the header; numbers become
     * {@link Double}, dates of {@link #DATES} columns {@link LocalDate}, empty cells {@code null}.
     */
    static Map<String, List<List<Object>>> goodTables() throws IOException {
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        for (String sheet : SheetNames.ALL) {
            List<List<String>> csv = parseCsv(Files.readString(GOOD_CSV.resolve(sheet + ".csv"), StandardCharsets.UTF_8));
            List<String> header = csv.get(0);
            List<List<Object>> rows = new ArrayList<>();
            rows.add(new ArrayList<>(header));
            for (List<String> line : csv.subList(1, csv.size())) {
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    String v = i < line.size() ? line.get(i) : "";
                    String column = header.get(i);
                    if (v.isEmpty()) {
                        row.add(null);
                    } else if (NUMERIC.contains(column)) {
                        row.add(Double.parseDouble(v));
                    } else if (DATES.contains(column)) {
                        row.add(LocalDate.parse(v));
                    } else {
                        row.add(v);
                    }
                }
                rows.add(row);
            }
            tables.put(sheet, rows);
        }
        return tables;
    }

    /** The good tables with one cell changed; {@code row} counts as a spreadsheet does (header = 1). */
    static Map<String, List<List<Object>>> with(String sheet, int row, String column, Object value)
            throws IOException {
        Map<String, List<List<Object>>> tables = goodTables();
        List<List<Object>> rows = tables.get(sheet);
        rows.get(row - 1).set(rows.get(0).indexOf(column), value);
        return tables;
    }

    static void removeColumn(Map<String, List<List<Object>>> tables, String sheet, String column) {
        List<List<Object>> rows = tables.get(sheet);
        int i = rows.get(0).indexOf(column);
        rows.forEach(r -> r.remove(i));
    }

    /** RFC 4180 fields: commas, double quotes and doubled quotes inside quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    // ---- workbooks through POI's user model -------------------------------------------------------------------

    static void writeXlsx(Map<String, List<List<Object>>> tables, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, tables, true);
            wb.write(out);
        }
    }

    static void writeXls(Map<String, List<List<Object>>> tables, Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, tables, true);
            wb.write(out);
        }
    }

    /** The same data written by SXSSF, which stores every text as an inline string (no shared-string table). */
    static void writeInlineStrings(Map<String, List<List<Object>>> tables, Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, tables, false);
            wb.write(out);
        }
    }

    /**
     * A README sheet first (which readers must skip), then one sheet per table. Formulas with a cached result get
     * it by evaluation, as a spreadsheet program would on saving; formulas without one are written bare.
     */
    static void fill(Workbook wb, Map<String, List<List<Object>>> tables, boolean readme) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        if (readme) {
            Sheet r = wb.createSheet(SheetNames.README);
            String[] lines = {"CapexLens test workbook: the canonical good fixture.",
                "Each sheet holds the rows of the CSV file of the same name.",
                "This sheet is prose for people; importers skip it.", "Figures: USD billions"};
            for (int i = 0; i < lines.length; i++) {
                r.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            r.createRow(lines.length).createCell(1).setCellValue(42);
        }
        for (var e : tables.entrySet()) {
            Sheet sheet = wb.createSheet(e.getKey());
            List<List<Object>> rows = e.getValue();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof String s) {
                        cell.setCellValue(s);
                    } else if (v instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Formula f) {
                        cell.setCellFormula(f.formula());
                        if (f.cached() != null) {
                            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
                        }
                    } else if (v instanceof ErrorValue err) {
                        cell.setCellErrorValue(err.error().getCode());
                    } else {
                        throw new IllegalArgumentException("no cell for " + v);
                    }
                }
            }
        }
    }

    static void writeAllSheetsEmpty(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (String sheet : SheetNames.ALL) {
                wb.createSheet(sheet);
            }
            wb.write(out);
        }
    }

    // ---- files that are not readable workbooks ----------------------------------------------------------------

    /** Agile encryption, as Excel 2010 and later write a password-protected workbook. */
    static void writeEncryptedXlsx(Map<String, List<List<Object>>> tables, Path file, String password)
            throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = encryptor.getDataStream(fs)) {
                fill(wb, tables, true);
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** An .xls file with an opening password (RC4 CryptoAPI, as Excel 2003 and later write it). */
    static void writePasswordXls(Map<String, List<List<Object>>> tables, Path file, String password)
            throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, tables, true);
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** The first half of a valid file, as left by an interrupted copy or download. */
    static void writeFirstHalf(Path source, Path file) throws IOException {
        byte[] all = Files.readAllBytes(source);
        Files.write(file, Arrays.copyOf(all, all.length / 2));
    }

    /**
     * A well-formed workbook whose only sheet is {@code size} bytes of white space between rows: deflate packs it
     * about 1,000-fold, far past the 100-fold limit, as a zip bomb would.
     */
    static void writeZipBomb(Path file, int size) throws IOException {
        new RawXlsx().sheet("capex", (Writer out) -> {
            out.write(RawXlsx.row(1, RawXlsx.is("A1", "company"), RawXlsx.is("B1", "fiscal_year"),
                    RawXlsx.is("C1", "capex_usd_b")));
            char[] blanks = new char[64 * 1024];
            Arrays.fill(blanks, ' ');
            for (int written = 0; written < size; written += blanks.length) {
                out.write(blanks);
            }
        }).write(file);
    }

    /** Seeded random bytes, so the file is the same each time it is made. */
    static void writeRandomBytes(Path file) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(20261128L).nextBytes(bytes);
        Files.write(file, bytes);
    }

    /** A Word document (a zip of the same family as .xlsx) named .xlsx. */
    static void writeWordDocumentZip(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Capex memo: not a workbook.");
            doc.write(out);
        }
    }

    /** An OLE2 file shaped like a Word 97 document: a WordDocument stream and no workbook. */
    static void writeWordDocumentOle2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            byte[] fib = new byte[1024];
            fib[0] = (byte) 0xEC; // the Word file-information-block magic, 0xA5EC little-endian
            fib[1] = (byte) 0xA5;
            fs.createDocument(new ByteArrayInputStream(fib), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
            fs.writeFilesystem(out);
        }
    }

    /** An Excel 5/95 workbook: a BIFF5 stream in an OLE2 entry named "Book". */
    static void writeExcel95(Path file) throws IOException {
        ByteArrayOutputStream biff = new ByteArrayOutputStream();
        record(biff, 0x0809, new byte[] {0x00, 0x05, 0x05, 0x00, (byte) 0xBB, 0x0D, (byte) 0xCC, 0x07}); // BOF
        record(biff, 0x000A, new byte[0]); // EOF
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(biff.toByteArray()), "Book");
            fs.writeFilesystem(out);
        }
    }

    private static void record(ByteArrayOutputStream out, int type, byte[] data) {
        out.write(type & 0xFF);
        out.write(type >> 8);
        out.write(data.length & 0xFF);
        out.write(data.length >> 8);
        out.writeBytes(data);
    }

    // ---- generated at test time (too big to commit) -----------------------------------------------------------

    /**
     * The good data through {@link RawXlsx}, with {@code emptyRows} formatted-but-empty rows after the capex data,
     * as Excel writes rows a user formatted but never filled: a styled {@code <row>} with no cells, and every
     * other one holding a styled blank cell. Packed quickly (deflate level 1): the file is made at test time.
     */
    public static void writeWithEmptyRows(Path file, int emptyRows) throws IOException {
        Map<String, List<List<Object>>> tables = goodTables();
        RawXlsx x = new RawXlsx().level(1);
        for (var e : tables.entrySet()) {
            List<List<Object>> rows = e.getValue();
            boolean capex = e.getKey().equals(SheetNames.CAPEX);
            x.sheet(e.getKey(), (Writer out) -> {
                for (int r = 0; r < rows.size(); r++) {
                    out.write(rawRow(r + 1, rows.get(r)));
                }
                if (capex) {
                    StringBuilder b = new StringBuilder(128);
                    for (int r = rows.size() + 1; r <= rows.size() + emptyRows; r++) {
                        b.setLength(0);
                        b.append("<row r=\"").append(r).append("\" spans=\"1:6\" s=\"3\" customFormat=\"1\"");
                        if (r % 2 == 0) {
                            b.append("><c r=\"C").append(r).append("\" s=\"3\"/></row>");
                        } else {
                            b.append("/>");
                        }
                        out.append(b);
                    }
                }
            });
        }
        x.write(file);
    }

    /** One row of a typed table as inline-string, numeric and date-styled cells. */
    static String rawRow(int r, List<Object> values) {
        StringBuilder row = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            String ref = (char) ('A' + c) + Integer.toString(r);
            if (v instanceof String s) {
                row.append(RawXlsx.is(ref, s));
            } else if (v instanceof Double d) {
                row.append(RawXlsx.n(ref, Double.toString(d)));
            } else if (v instanceof LocalDate d) {
                long serial = d.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
                row.append("<c r=\"").append(ref).append("\" s=\"2\"><v>").append(serial).append("</v></c>");
            } else if (v != null) {
                throw new IllegalArgumentException("no raw cell for " + v);
            }
        }
        return row.append("</row>").toString();
    }
}
