package org.capexlens.export;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.ScenarioComparison;

/**
 * The {@code compare} sheet of the results workbook (issue 11): one row per figure, one column per compared
 * scenario (the current one first), then one column per other scenario with its difference from the current one.
 */
final class CompareSheet {
    private CompareSheet() {
    }

    static void write(XSSFWorkbook wb, ScenarioComparison.Comparison c) {
        Sheet sheet = wb.createSheet("compare");
        CellStyle bold = wb.createCellStyle();
        org.apache.poi.ss.usermodel.Font f = wb.createFont();
        f.setBold(true);
        bold.setFont(f);
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.000"));
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        List<ScenarioComparison.Figures> all = c.scenarios();
        Row h = sheet.createRow(0);
        h.createCell(0).setCellValue("figure");
        h.createCell(1).setCellValue("company");
        h.createCell(2).setCellValue("year");
        for (int j = 0; j < all.size(); j++) {
            h.createCell(3 + j).setCellValue(ResultsWorkbookWriter.safeText(all.get(j).scenario().name()));
        }
        for (int j = 1; j < all.size(); j++) {
            h.createCell(2 + all.size() + j).setCellValue(ResultsWorkbookWriter.safeText(
                    "Δ " + all.get(j).scenario().name()));
        }
        h.forEach(cell -> cell.setCellStyle(bold));
        sheet.createFreezePane(3, 1);
        int[] r = {1};
        Line line = (figure, company, year, style, values) -> {
            Row row = sheet.createRow(r[0]++);
            row.createCell(0).setCellValue(figure);
            row.createCell(1).setCellValue(ResultsWorkbookWriter.safeText(company));
            row.createCell(2).setCellValue(year);
            for (int j = 0; j < values.length; j++) {
                if (values[j] != null && Double.isFinite(values[j])) {
                    row.createCell(3 + j).setCellValue(values[j]);
                    row.getCell(3 + j).setCellStyle(style);
                }
                if (j > 0 && values[j] != null && values[0] != null) {
                    row.createCell(2 + values.length + j).setCellValue(values[j] - values[0]);
                    row.getCell(2 + values.length + j).setCellStyle(style);
                }
            }
        };
        line.add("delta_depreciation_usd_b", "", c.from() + "-" + c.to(), money,
                all.stream().map(x -> (Double) x.deltaDepreciation()).toArray(Double[]::new));
        for (String company : c.companies()) {
            line.add("adjusted_operating_margin", company, Integer.toString(c.fiscalYear()), pct, all.stream()
                    .map(x -> row(x, company) == null ? null : row(x, company).adjustedOperatingMargin())
                    .toArray(Double[]::new));
            line.add("earnings_overstatement", company, Integer.toString(c.fiscalYear()), pct, all.stream()
                    .map(x -> row(x, company) == null ? null : row(x, company).earningsOverstatement())
                    .toArray(Double[]::new));
        }
        ScenarioComparison.Figures base = all.get(0);
        line.add("ratio", "", base.ratio() == null ? "" : Integer.toString(base.ratio().year()), money, all.stream()
                .map(x -> x.ratio() == null ? null : x.ratio().ratio()).toArray(Double[]::new));
        line.add("revenue_gap_usd_b", "", base.revenueGap() == null ? "" : Integer.toString(base.revenueGap().year()),
                money, all.stream().map(x -> x.revenueGap() == null ? null : (Double) x.revenueGap().gap())
                        .toArray(Double[]::new));
        line.add("bain_shortfall_usd_b", "", base.bain() == null ? "" : Integer.toString(base.bain().year()), money,
                all.stream().map(x -> x.bain() == null ? null : (Double) x.bain().shortfall())
                        .toArray(Double[]::new));
        for (int i = 0; i < 3 + 2 * all.size(); i++) {
            sheet.setColumnWidth(i, 22 * 256);
        }
    }

    private static ModelResult.CompanyYear row(ScenarioComparison.Figures f, String company) {
        return f.companies().get(company);
    }

    @FunctionalInterface
    private interface Line {
        void add(String figure, String company, String year, CellStyle style, Double[] values);
    }
}
