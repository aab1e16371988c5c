package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.domain.GpuPrice;
import org.capexlens.io.load.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional {@code gpu_prices} sheet of issue 11, read from each format (xlsx, xls, ods, CSV folder, JSON) with
 * header synonyms, to the same rows; a file without it loads as before, without a warning.
 */
class GpuPricesSheetTest {
    @TempDir
    Path dir;

    /** Sheet → header + rows; the gpu_prices header uses synonyms (Price, GPU, Contract). */
    private static Map<String, List<List<Object>>> tables(boolean withPrices) {
        Map<String, List<List<Object>>> t = new LinkedHashMap<>();
        t.put("companies", List.of(List.of("company", "fiscal_year_end_month", "role"),
                List.of("Meta", 12.0, "hyperscaler")));
        t.put("capex", List.of(List.of("company", "fiscal_year", "capex_usd_b", "status", "source"),
                List.of("Meta", 2024.0, 39.2, "reported", "s1")));
        t.put("sources", List.of(List.of("source", "title", "url"), List.of("s1", "T", "https://example.org")));
        if (withPrices) {
            t.put("gpu_prices", List.of(List.of("Date", "GPU", "Price", "Contract", "source", "note"),
                    List.of("2025-10-01", "H100", 1.7, "1-year contract", "s1", "secondary"),
                    List.of("2026-06-25", "H100", 2.42, "Spot", "s1", "")));
        }
        return t;
    }

    private static void assertPrices(ImportResult r) {
        List<GpuPrice> p = r.dataset().gpuPrices();
        assertEquals(2, p.size(), r.fileName());
        assertEquals(new GpuPrice(LocalDate.of(2025, 10, 1), "H100", 1.7, "1_year_contract", "s1", "secondary"),
                p.get(0));
        assertEquals(new GpuPrice(LocalDate.of(2026, 6, 25), "H100", 2.42, "spot", "s1", ""), p.get(1));
        assertEquals(2, r.dataset().rowCounts().get("gpu_prices"));
        assertNoGpuWarning(r);
    }

    /** The minimal files lack four optional sheets (four expected warnings); none is about gpu_prices. */
    private static void assertNoGpuWarning(ImportResult r) {
        assertEquals(4, r.warnings().size(), r.fileName() + ": " + r.warnings());
        assertTrue(r.warnings().stream().noneMatch(w -> w.toString().contains("gpu")), r.warnings().toString());
    }

    private Path json(Map<String, List<List<Object>>> t) throws Exception {
        StringBuilder sb = new StringBuilder("{");
        t.forEach((sheet, rows) -> {
            sb.append(sb.length() > 1 ? ", " : "").append('"').append(sheet).append("\": [");
            for (int i = 1; i < rows.size(); i++) {
                sb.append(i > 1 ? ", " : "").append('{');
                for (int c = 0; c < rows.get(0).size(); c++) {
                    Object v = rows.get(i).get(c);
                    sb.append(c > 0 ? ", " : "").append('"').append(rows.get(0).get(c)).append("\": ")
                            .append(v instanceof String s ? '"' + s + '"' : v.toString());
                }
                sb.append('}');
            }
            sb.append(']');
        });
        return Files.writeString(dir.resolve("d.json"), sb.append('}').toString(), StandardCharsets.UTF_8);
    }

    private Path csv(Map<String, List<List<Object>>> t) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("csv"));
        for (var e : t.entrySet()) {
            StringBuilder sb = new StringBuilder();
            for (List<Object> row : e.getValue()) {
                sb.append(String.join(",", row.stream().map(GpuPricesSheetTest::text).toList())).append('\n');
            }
            Files.writeString(folder.resolve(e.getKey() + ".csv"), sb.toString(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static String text(Object v) {
        return v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : v.toString();
    }

    private Path workbook(Workbook wb, String name, Map<String, List<List<Object>>> t) throws Exception {
        try (wb) {
            for (var e : t.entrySet()) {
                Sheet s = wb.createSheet(e.getKey());
                for (int r = 0; r < e.getValue().size(); r++) {
                    Row row = s.createRow(r);
                    List<Object> values = e.getValue().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        if (values.get(c) instanceof Double d) {
                            row.createCell(c).setCellValue(d);
                        } else {
                            row.createCell(c).setCellValue(values.get(c).toString());
                        }
                    }
                }
            }
            Path file = dir.resolve(name);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
            return file;
        }
    }

    private Path ods(Map<String, List<List<Object>>> t) throws Exception {
        StringBuilder sb = new StringBuilder("<office:document-content xmlns:office=\"urn:oasis:names:tc:"
                + "opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>");
        for (var e : t.entrySet()) {
            sb.append("<table:table table:name=\"").append(e.getKey()).append("\">");
            for (List<Object> row : e.getValue()) {
                sb.append("<table:table-row>");
                for (Object v : row) {
                    if (v instanceof Double d) {
                        sb.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(d)
                                .append("\"><text:p>").append(d).append("</text:p></table:table-cell>");
                    } else {
                        sb.append("<table:table-cell office:value-type=\"string\"><text:p>").append(v)
                                .append("</text:p></table:table-cell>");
                    }
                }
                sb.append("</table:table-row>");
            }
            sb.append("</table:table>");
        }
        sb.append("</office:spreadsheet></office:body></office:document-content>");
        Path file = dir.resolve("d.ods");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("mimetype"));
            z.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return file;
    }

    @Test
    void jsonReadsTheSheet() throws Exception {
        assertPrices(DatasetReader.read(json(tables(true))));
    }

    @Test
    void aCsvFolderReadsTheSheet() throws Exception {
        assertPrices(DatasetReader.read(csv(tables(true))));
    }

    @Test
    void xlsxReadsTheSheet() throws Exception {
        assertPrices(DatasetReader.read(workbook(new XSSFWorkbook(), "d.xlsx", tables(true))));
    }

    @Test
    void xlsReadsTheSheet() throws Exception {
        assertPrices(DatasetReader.read(workbook(new HSSFWorkbook(), "d.xls", tables(true))));
    }

    @Test
    void odsReadsTheSheet() throws Exception {
        assertPrices(DatasetReader.read(ods(tables(true))));
    }

    @Test
    void aFileWithoutTheSheetLoadsAsBeforeWithoutAWarning() throws Exception {
        ImportResult r = DatasetReader.read(json(tables(false)));
        assertTrue(r.dataset().gpuPrices().isEmpty());
        assertFalse(r.dataset().rowCounts().containsKey("gpu_prices"));
        assertNoGpuWarning(r);
    }

    @Test
    void aBadPriceOrAnUnknownSourceIsALocatedError() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.json"), "{\"companies\": [{\"company\": \"Meta\", "
                + "\"fiscal_year_end_month\": 12, \"role\": \"hyperscaler\"}], \"capex\": [{\"company\": \"Meta\", "
                + "\"fiscal_year\": 2024, \"capex_usd_b\": 39.2, \"status\": \"reported\", \"source\": \"s1\"}], "
                + "\"sources\": [{\"source\": \"s1\", \"title\": \"T\"}], \"gpu_prices\": ["
                + "{\"date\": \"2025-10-01\", \"gpu_model\": \"H100\", \"usd_per_hour\": -1, \"contract_type\": \"spot\"},"
                + "{\"date\": \"2025-10-01\", \"gpu_model\": \"H100\", \"usd_per_hour\": 2, \"contract_type\": \"spot\","
                + " \"source\": \"nowhere\"},"
                + "{\"date\": \"soon\", \"gpu_model\": \"H100\", \"usd_per_hour\": 2, \"contract_type\": \"spot\"}]}",
                StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> DatasetReader.read(f));
        String all = String.join("\n", e.messages().stream().map(ImportMessage::format).toList());
        assertTrue(all.contains("bad.json:gpu_prices:1:usd_per_hour: a GPU-hour price must be greater than 0, "
                + "found -1"), all);
        assertTrue(all.contains("bad.json:gpu_prices:2:source: unknown source"), all);
        assertTrue(all.contains("bad.json:gpu_prices:3:date: "), all);
    }
}
