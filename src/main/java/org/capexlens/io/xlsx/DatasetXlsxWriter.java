package org.capexlens.io.xlsx;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.domain.Dataset;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.DatasetRows;
import org.capexlens.io.WriteException;

/**
 * Writes a dataset as a workbook the app reads back (canonical headers, numbers as numbers, dates as
 * {@code yyyy-mm-dd} date cells), atomically: the file {@code sec-import} and the dashboard's EDGAR update write.
 */
public final class DatasetXlsxWriter {
    private static final int MAX_WIDTH = 70;

    private DatasetXlsxWriter() {
    }

    /**
     * @throws WriteException  naming the file and the reason when it cannot be written; an existing file is then
     *                         untouched.
     */
    public static void write(Dataset dataset, Path file) throws WriteException {
        AtomicFiles.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Font bold = wb.createFont();
                bold.setBold(true);
                CellStyle header = wb.createCellStyle();
                header.setFont(bold);
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                for (String name : DatasetRows.sheets(dataset)) {
                    sheet(wb.createSheet(name), DatasetRows.header(name), DatasetRows.rows(dataset, name), header,
                            date);
                }
                wb.write(out);
            }
        });
    }

    private static void sheet(XSSFSheet sheet, List<String> header, List<List<Object>> rows, CellStyle bold,
            CellStyle date) {
        int[] width = new int[header.size()];
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(bold);
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
                if (v instanceof Integer i) {
                    cell.setCellValue(i.doubleValue());
                } else if (v instanceof Double d) {
                    cell.setCellValue(d);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(String.valueOf(v));
                }
                width[c] = Math.max(width[c], String.valueOf(v).length());
            }
        }
        for (int c = 0; c < width.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(8, width[c] + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
