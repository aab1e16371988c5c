package org.capexlens.io.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.capexlens.io.ImportException;
import org.capexlens.io.RawCell;
import org.capexlens.io.SheetSink;
import org.capexlens.io.WorkbookSink;
import org.capexlens.text.Messages;

/**
 * Streams a legacy {@code .xls} workbook (POI HSSF) into a {@link WorkbookSink}.
 *
 * <p>An {@code .xls} file holds at most 65,536 rows per sheet, so POI's in-memory model is fine here. The file is
 * opened read-only; an OLE2 file that is not an Excel 97-2003 workbook (a password-protected {@code .xlsx}, an
 * Excel 95 workbook, a Word document) is recognised and refused with a message saying what it is.
 */
public final class XlsReader {
    /** Where Excel 97-2003 keeps its workbook stream (POI also accepts these spellings). */
    private static final List<String> WORKBOOK_ENTRIES = List.of("Workbook", "WORKBOOK", "BOOK", "WorkBook");
    /** Where Excel 5 and 95 kept it. */
    private static final String EXCEL_95_ENTRY = "Book";

    private XlsReader() {
    }

    /**
     * @param path  the workbook, not {@code null}.
     * @param sink  receives every sheet and row.
     * @throws ImportException  for an encrypted, truncated, oversized or otherwise unreadable workbook.
     */
    public static void read(Path path, WorkbookSink sink) throws ImportException {
        PoiLimits.applyOnce();
        String name = WorkbookFailures.fileName(path);
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                // Excel saves a password-protected .xlsx as an OLE2 container around the encrypted package.
                throw WorkbookFailures.encrypted(name, null);
            }
            if (WORKBOOK_ENTRIES.stream().noneMatch(root::hasEntry)) {
                if (root.hasEntry(EXCEL_95_ENTRY)) {
                    throw WorkbookFailures.invalid(name, Messages.get("import.workbook.excel95", name), null);
                }
                throw WorkbookFailures.invalid(name, Messages.get("import.workbook.notWorkbookOle2", name), null);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, false)) {
                readWorkbook(workbook, sink);
            }
        } catch (OldExcelFormatException e) {
            throw WorkbookFailures.invalid(name, Messages.get("import.workbook.excel95", name), e);
        } catch (EncryptedDocumentException e) {
            throw WorkbookFailures.encrypted(name, e);
        } catch (IOException | RuntimeException e) {
            throw WorkbookFailures.classify(name, e);
        }
    }

    private static void readWorkbook(HSSFWorkbook workbook, WorkbookSink sink) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            HSSFSheet sheet = workbook.getSheetAt(i);
            SheetSink rows;
            try {
                rows = sink.startSheet(workbook.getSheetName(i), false);
            } catch (RuntimeException e) {
                throw new WorkbookFailures.SinkFailure(e);
            }
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                HSSFRow row = sheet.getRow(r);
                List<RawCell> cells = row == null ? null : cells(row);
                if (cells != null) {
                    try {
                        rows.row(r + 1, cells);
                    } catch (RuntimeException e) {
                        throw new WorkbookFailures.SinkFailure(e);
                    }
                }
            }
            try {
                rows.end();
            } catch (RuntimeException e) {
                throw new WorkbookFailures.SinkFailure(e);
            }
        }
    }

    /** The row's cells from column A on, or {@code null} when none holds a value. */
    private static List<RawCell> cells(HSSFRow row) {
        List<RawCell> cells = null;
        for (int c = 0; c < row.getLastCellNum(); c++) {
            HSSFCell cell = row.getCell(c);
            RawCell raw = cell == null ? RawCell.BLANK : cell(cell);
            if (raw.isBlank()) {
                continue;
            }
            if (cells == null) {
                cells = new ArrayList<>(Math.max(8, row.getLastCellNum()));
            }
            while (cells.size() < c) {
                cells.add(RawCell.BLANK);
            }
            cells.add(raw);
        }
        return cells;
    }

    static RawCell cell(HSSFCell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            // An .xls file always stores the last calculated result next to the formula.
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC: {
                double v = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    if (t != null) {
                        return new RawCell(RawCell.Kind.DATE, t.toLocalDate().toString(), v, t.toLocalDate());
                    }
                }
                return RawCell.number(v);
            }
            case STRING:
                return RawCell.text(cell.getStringCellValue());
            case BOOLEAN:
                return RawCell.bool(cell.getBooleanCellValue());
            case ERROR:
                return RawCell.error(errorText(cell.getErrorCellValue()));
            case BLANK:
            default:
                return RawCell.BLANK;
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }
}
