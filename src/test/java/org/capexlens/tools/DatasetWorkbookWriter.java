package org.capexlens.tools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.SheetNames;
import org.capexlens.io.DatasetRows;
import org.capexlens.io.SheetSchema;

/**
 * Writes a {@link DefaultDatasetGenerator.Content} as an {@code .xlsx} workbook (POI XSSF usermodel) or as a folder
 * of CSV files. The header of each sheet is exactly the canonical column names of {@link SheetSchema}, in its
 * order; numbers are numeric cells, dates are date cells formatted {@code yyyy-mm-dd}.
 *
 * <p>The output is byte-for-byte reproducible: document properties are fixed and the zip entries carry a fixed
 * time, so regenerating an unchanged dataset leaves no diff.
 */
final class DatasetWorkbookWriter {
    /** The fixed creation/modification time written into the workbook (no "now" timestamps). */
    static final LocalDate FIXED_DATE = LocalDate.of(2026, 1, 1);
    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 70;
    private static final int README_WIDTH = 120;

    private DatasetWorkbookWriter() {
    }

    /** The sheets of the workbook, in order: the data sheets of DESIGN §2, then README. */
    static List<String> sheetOrder() {
        List<String> names = new ArrayList<>(SheetNames.ALL);
        names.addAll(SheetNames.EXTRA);
        names.add(SheetNames.README);
        return names;
    }

    /** The data sheets the default dataset has, in file order: DESIGN §2's, then the claims of issue 10. */
    static List<String> dataSheets() {
        List<String> names = new ArrayList<>(SheetNames.ALL);
        names.addAll(SheetNames.EXTRA);
        return names;
    }

    /** The canonical column names of a data sheet (the importer's schema, as {@code sec-import} writes them). */
    static List<String> header(String sheet) {
        return DatasetRows.header(sheet);
    }

    /**
     * The rows of a data sheet as typed values in header order: {@link String}, {@link Integer}, {@link Double},
     * {@link LocalDate} or {@code null} for an empty cell — the same mapping {@code sec-import} writes with.
     */
    static List<List<Object>> rows(Dataset d, String sheet) {
        return DatasetRows.rows(d, sheet);
    }

    // ---- xlsx --------------------------------------------------------------------------------------------------

    /**
     * Writes the workbook; the file is replaced only once it has been written completely.
     *
     * @param content  what to write, not {@code null}.
     * @param file     the {@code .xlsx} file to create or replace.
     */
    static void writeXlsx(DefaultDatasetGenerator.Content content, Path file) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
            for (String name : dataSheets()) {
                writeSheet(wb.createSheet(name), header(name), rows(content.dataset(), name), headerStyle,
                        dateStyle);
            }
            writeReadme(wb.createSheet(SheetNames.README), content.readme(), headerStyle, wb);
            fixProperties(wb);
            wb.write(raw);
        }
        byte[] bytes = withFixedEntryTimes(raw.toByteArray());
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".ai-economics", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeSheet(XSSFSheet sheet, List<String> header, List<List<Object>> rows,
            CellStyle headerStyle, CellStyle dateStyle) {
        int[] width = new int[header.size()];
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(headerStyle);
            width[c] = header.get(c).length();
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Integer i) {
                    cell.setCellValue(i.doubleValue());
                } else if (v instanceof Double d) {
                    cell.setCellValue(d);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else {
                    throw new IllegalArgumentException("cannot write " + v.getClass());
                }
                width[c] = Math.max(width[c], text(v).length());
            }
        }
        for (int c = 0; c < width.length; c++) {
            // Widths from the text length, not autoSizeColumn: that depends on the fonts of the machine.
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width[c] + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void writeReadme(XSSFSheet sheet, List<String> lines, CellStyle titleStyle, XSSFWorkbook wb) {
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? titleStyle : wrap);
        }
        sheet.setColumnWidth(0, README_WIDTH * 256);
    }

    private static void fixProperties(XSSFWorkbook wb) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        Date fixed = Date.from(FIXED_DATE.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        core.setCreator("CapexLens DefaultDatasetGenerator");
        core.setLastModifiedByUser("CapexLens DefaultDatasetGenerator");
        core.setTitle("CapexLens default dataset: AI infrastructure spend vs. AI revenue");
        core.setDescription("Built only from data/reference (sourced public figures); see the README sheet and "
                + "data/README.md.");
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("CapexLens");
    }

    /** Rewrites a zip with every entry's time fixed, keeping order and content, so that output is reproducible. */
    private static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
        long time = FIXED_DATE.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zos = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(time);
                zos.putNextEntry(copy);
                in.transferTo(zos);
                zos.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ---- CSV ---------------------------------------------------------------------------------------------------

    /**
     * Writes one {@code <sheet>.csv} per data sheet into {@code dir} (created if needed): UTF-8, comma separated,
     * CRLF line ends, fields quoted per RFC 4180 when they hold a comma, quote or line break; dates ISO
     * {@code yyyy-MM-dd}; numbers in plain notation. The README sheet is prose and is not written.
     */
    static void writeCsvFolder(DefaultDatasetGenerator.Content content, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : dataSheets()) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(name + ".csv"), StandardCharsets.UTF_8)) {
                writeCsvLine(w, new ArrayList<>(header(name)));
                for (List<Object> row : rows(content.dataset(), name)) {
                    writeCsvLine(w, row);
                }
            }
        }
    }

    private static void writeCsvLine(Writer w, List<?> values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object v = values.get(i);
            line.append(v == null ? "" : csvField(text(v)));
        }
        w.write(line.append("\r\n").toString());
    }

    /** RFC 4180: a field with a comma, quote, CR or LF is quoted, with quotes doubled. */
    static String csvField(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** A value as text: plain numbers (180, 0.973), ISO dates. */
    static String text(Object v) {
        if (v instanceof Double d) {
            return DefaultDatasetGenerator.plain(d);
        }
        return String.valueOf(v);
    }
}
