package org.capexlens.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.calc.Calibration;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.ModelResult.BacktestRow;
import org.capexlens.calc.Overstatement;
import org.capexlens.calc.BreakEvenStatus;
import org.capexlens.calc.CalendarTotals;
import org.capexlens.calc.MarginModel;
import org.capexlens.text.Messages;
import org.capexlens.calc.ModelResult.CompanyYear;
import org.capexlens.calc.ModelResult.RatioRow;
import org.capexlens.calc.ModelResult.BainRow;
import org.capexlens.calc.ModelResult.PublishedFigures;
import org.capexlens.calc.ModelResult.RevenueGapRow;
import org.capexlens.scenario.PublishedInputs;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartInputs;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Source;
import org.capexlens.text.FigureFormat;

/**
 * Writes the results of one (dataset, scenario) as an {@code .xlsx} workbook: one sheet per result table
 * (companies, ratio, revenue gap, back-test, sensitivity grid), the scenario's assumptions and the sources.
 * Numbers are numeric cells with number formats; text that a spreadsheet would run as a formula (leading
 * {@code = + - @}, tab or carriage return) is prefixed with an apostrophe, as OWASP advises, so it stays text
 * (formula injection, DESIGN §8).
 */
public final class ResultsWorkbookWriter {
    private ResultsWorkbookWriter() {
    }

    /** Cell formats of the workbook. */
    private record Styles(CellStyle header, CellStyle money, CellStyle fraction, CellStyle years, CellStyle integer) {
    }

    /**
     * The workbook as bytes.
     *
     * @param result   the model result, not {@code null}.
     * @param dataset  the dataset it was computed from (for the sources sheet), not {@code null}.
     * @param grid     the sensitivity grid, or {@code null} to leave that sheet with a note.
     * @param appVersion  written into the assumptions sheet.
     */
    public static byte[] write(ModelResult result, Dataset dataset, ChartInputs.HeatmapGrid grid, String appVersion) {
        return write(result, dataset, grid, appVersion, null);
    }

    /**
     * {@link #write(ModelResult, Dataset, ChartInputs.HeatmapGrid, String)} with a {@code compare} sheet when
     * {@code comparison} holds two or more scenarios (issue 11).
     */
    public static byte[] write(ModelResult result, Dataset dataset, ChartInputs.HeatmapGrid grid, String appVersion,
            org.capexlens.calc.ScenarioComparison.Comparison comparison) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getProperties().getCoreProperties().setCreator(appVersion);
            wb.getProperties().getCoreProperties().setTitle("CapexLens results: " + result.scenario().name());
            Styles st = styles(wb);
            companies(wb.createSheet("companies"), result.companies(), st);
            ratio(wb.createSheet("ratio"), result.ratio(), st);
            gap(wb.createSheet("revenue_gap"), result.revenueGap(), st);
            publishedGap(wb.getSheet("revenue_gap"), result, st);
            backtest(wb.createSheet("backtest"), result.backtest(), st);
            bain(wb.createSheet("bain"), result, st);
            calendar(wb.createSheet("calendar"), result.calendar(), st);
            sensitivity(wb.createSheet("sensitivity"), grid, st);
            assumptions(wb.createSheet("assumptions"), result.scenario(), appVersion, st);
            sources(wb.createSheet("sources"), dataset.sources(), st);
            calibration(wb.createSheet("calibration"), Calibration.compute(dataset, result.scenario()), st);
            if (comparison != null && comparison.scenarios().size() > 1) {
                CompareSheet.write(wb, comparison);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the workbook to memory failed", e);
        }
    }

    private static Styles styles(XSSFWorkbook wb) {
        DataFormat df = wb.createDataFormat();
        CellStyle header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(df.getFormat("#,##0.000"));
        CellStyle fraction = wb.createCellStyle();
        fraction.setDataFormat(df.getFormat("0.0%"));
        CellStyle years = wb.createCellStyle();
        years.setDataFormat(df.getFormat("0.00"));
        CellStyle integer = wb.createCellStyle();
        integer.setDataFormat(df.getFormat("0"));
        return new Styles(header, money, fraction, years, integer);
    }

    private static void header(Sheet sheet, Styles st, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(st.header());
            sheet.setColumnWidth(i, Math.max(12, names[i].length() + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Neutralises text a spreadsheet would evaluate: a leading {@code = + - @}, tab or CR gets a quote mark. */
    public static String safeText(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + text;
        }
        return text;
    }

    private static void text(Row row, int col, String value) {
        row.createCell(col).setCellValue(safeText(value));
    }

    /** Issue 10: an overstatement that is a status ("adjusted loss", "n/m") says so in its cell. */
    private static void overstatementStatus(Row row, int col, CompanyYear y) {
        Overstatement why = y.earningsOverstatementStatus();
        if (why.code() != null) {
            String key = "result.overstatement." + why.code();
            text(row, col, Messages.get(key));
        }
    }

    private static void number(Row row, int col, Double value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null && Double.isFinite(value)) {
            c.setCellValue(value);
            c.setCellStyle(style);
        }
    }

    private static void companies(Sheet sheet, List<CompanyYear> rows, Styles st) {
        header(sheet, st, "company", "fiscal_year", "status", "capex", "revenue", "operating_income",
                "depreciation_reported_policy", "depreciation_scenario", "delta_depreciation",
                "adjusted_operating_income", "adjusted_operating_margin", "net_income", "adjusted_net_income",
                "earnings_overstatement", "maintenance_capex", "break_even_life_years");
        int r = 1;
        for (CompanyYear y : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, y.company());
            number(row, 1, (double) y.fiscalYear(), st.integer());
            text(row, 2, y.status().code());
            number(row, 3, y.capex(), st.money());
            number(row, 4, y.revenue(), st.money());
            number(row, 5, y.operatingIncome(), st.money());
            number(row, 6, y.depreciationReportedPolicy(), st.money());
            number(row, 7, y.depreciationScenario(), st.money());
            number(row, 8, y.deltaDepreciation(), st.money());
            number(row, 9, y.adjustedOperatingIncome(), st.money());
            number(row, 10, y.adjustedOperatingMargin(), st.fraction());
            number(row, 11, y.netIncome(), st.money());
            number(row, 12, y.adjustedNetIncome(), st.money());
            number(row, 13, y.earningsOverstatement(), st.fraction());
            overstatementStatus(row, 13, y);
            number(row, 14, y.maintenanceCapex(), st.money());
            number(row, 15, y.breakEvenLifeYears(), st.years());
            issue14Columns(row, y, st);
        }
        issue14Header(sheet, st);
    }

    // Issue 14: the reasons beside n/m and the break-even statuses, the bounded companion of the overstatement, the
    // catch-up write-off apart from run-rate ΔD, and a sheet of calendar-year figures.

    private static final String[] ISSUE14_COLUMNS = {"earnings_overstatement_status", "fiscal_year_end_month",
        "understated_depreciation_share", "catch_up_write_off", "run_rate_delta_depreciation", "break_even_status"};

    private static void issue14Header(Sheet sheet, Styles st) {
        Row head = sheet.getRow(0);
        for (int i = 0; i < ISSUE14_COLUMNS.length; i++) {
            Cell c = head.createCell(16 + i);
            c.setCellValue(ISSUE14_COLUMNS[i]);
            c.setCellStyle(st.header());
            sheet.setColumnWidth(16 + i, (ISSUE14_COLUMNS[i].length() + 2) * 256);
        }
    }

    private static void issue14Columns(Row row, CompanyYear y, Styles st) {
        Overstatement why = y.earningsOverstatementStatus();
        if (why.code() != null) {
            text(row, 16, reason(y));
        }
        number(row, 17, (double) y.fiscalYearEndMonth(), st.integer());
        number(row, 18, y.understatedDepreciationShare(), st.fraction());
        number(row, 19, y.catchUpWriteOff(), st.money());
        number(row, 20, y.runRateDeltaDepreciation(), st.money());
        text(row, 21, y.breakEvenStatus().code());
        if (y.breakEvenStatus() == BreakEvenStatus.PROFITABLE_IF_EXPENSED) {
            text(row, 15, Messages.get("result.breakEven.profitable_if_expensed"));
        } else if (y.breakEvenStatus() == BreakEvenStatus.NEEDS_MORE_THAN) {
            text(row, 15, Messages.get("result.breakEven.needs_more_than", FigureFormat.plain(MarginModel.MAX_LIFE)));
        }
    }

    /** Why an overstatement is not a percentage, in words: "n/m: adjusted net income 13 % of net income (< 20 %)". */
    static String reason(CompanyYear y) {
        return switch (y.earningsOverstatementStatus()) {
            case ADJUSTED_LOSS -> Messages.get("result.overstatement.adjusted_loss");
            case NOT_MEANINGFUL -> y.netIncome() != null && y.netIncome() > 0 && y.adjustedNetIncome() != null
                    ? Messages.get("result.overstatement.reason.small",
                            Math.round(100 * y.adjustedNetIncome() / y.netIncome()))
                    : Messages.get("result.overstatement.reason.netLoss");
            default -> "";
        };
    }

    private static void calendar(Sheet sheet, List<CalendarTotals.Row> rows, Styles st) {
        header(sheet, st, "company", "calendar_year", "months_covered", "capex", "revenue", "operating_income",
                "net_income", "depreciation_reported_policy", "depreciation_scenario", "delta_depreciation",
                "catch_up_write_off", "adjusted_operating_income", "adjusted_net_income");
        int r = 1;
        for (CalendarTotals.Row y : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, y.company());
            number(row, 1, (double) y.calendarYear(), st.integer());
            number(row, 2, (double) y.monthsCovered(), st.integer());
            Double[] v = {y.capex(), y.revenue(), y.operatingIncome(), y.netIncome(), y.depreciationReportedPolicy(),
                y.depreciationScenario(), y.deltaDepreciation(), y.catchUpWriteOff(), y.adjustedOperatingIncome(),
                y.adjustedNetIncome()};
            for (int i = 0; i < v.length; i++) {
                number(row, 3 + i, v[i], st.money());
            }
        }
    }

    private static void ratio(Sheet sheet, List<RatioRow> rows, Styles st) {
        header(sheet, st, "year", "infrastructure", "applications", "ratio", "cumulative_ratio");
        int r = 1;
        for (RatioRow y : rows) {
            Row row = sheet.createRow(r++);
            number(row, 0, (double) y.year(), st.integer());
            number(row, 1, y.infrastructure(), st.money());
            number(row, 2, y.applications(), st.money());
            number(row, 3, y.ratio(), st.years());
            number(row, 4, y.cumulativeRatio(), st.years());
        }
    }

    private static void gap(Sheet sheet, List<RevenueGapRow> rows, Styles st) {
        header(sheet, st, "year", "infrastructure", "required_revenue", "applications", "gap");
        int r = 1;
        for (RevenueGapRow y : rows) {
            Row row = sheet.createRow(r++);
            number(row, 0, (double) y.year(), st.integer());
            number(row, 1, y.infrastructure(), st.money());
            number(row, 2, y.requiredRevenue(), st.money());
            number(row, 3, y.applications(), st.money());
            number(row, 4, y.gap(), st.money());
        }
    }

    private static void backtest(Sheet sheet, List<BacktestRow> rows, Styles st) {
        header(sheet, st, "company", "period", "from_years", "to_years", "disclosed", "model", "error", "fleet_share",
                "basis");
        int r = 1;
        for (BacktestRow y : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, y.company());
            text(row, 1, y.period());
            number(row, 2, y.fromYears(), st.years());
            number(row, 3, y.toYears(), st.years());
            number(row, 4, y.disclosed(), st.money());
            number(row, 5, y.model(), st.money());
            number(row, 6, y.error(), st.fraction());
            number(row, 7, y.fleetShare(), st.fraction()); // issue 10
            text(row, 8, y.effectBasis());
        }
    }

    private static void sensitivity(Sheet sheet, ChartInputs.HeatmapGrid grid, Styles st) {
        if (grid == null) {
            sheet.createRow(0).createCell(0).setCellValue("No sensitivity grid was computed.");
            return;
        }
        Row title = sheet.createRow(0);
        text(title, 0, grid.valueLabel() + " (rows: " + grid.rowLabel() + "; columns: " + grid.colLabel() + ")");
        title.getCell(0).setCellStyle(st.header());
        Row head = sheet.createRow(1);
        text(head, 0, grid.rowLabel() + " \\ " + grid.colLabel());
        for (int j = 0; j < grid.colValues().length; j++) {
            number(head, j + 1, grid.colValues()[j], st.years());
        }
        CellStyle valueStyle = grid.valueIsFraction() ? st.fraction() : st.money();
        for (int i = 0; i < grid.rowValues().length; i++) {
            Row row = sheet.createRow(i + 2);
            number(row, 0, grid.rowValues()[i], st.years());
            for (int j = 0; j < grid.colValues().length; j++) {
                number(row, j + 1, grid.values()[i][j], valueStyle);
            }
        }
    }

    private static void assumptions(Sheet sheet, Scenario s, String appVersion, Styles st) {
        header(sheet, st, "assumption", "value");
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        Object[][] rows = {
            {"scenario", s.name()}, {"description", s.description()}, {"asserted_by", s.assertedBy()},
            {"source_url", s.sourceUrl()}, {"policy", describe(s.policy())},
            {"short_lived_share", s.shortLivedShare()},
            // Issue 14: whether companies' own shares (the dataset's companies sheet) replace the default above.
            {"company_short_lived_shares", Boolean.toString(s.companyShortLivedShares())},
            {"long_lived_life_years", s.longLivedLifeYears()},
            {"in_service_lag_years", (double) s.inServiceLagYears()},
            {"convention", s.convention().name().toLowerCase(java.util.Locale.ROOT)},
            {"capex_growth", s.capexGrowth()}, {"revenue_growth", s.revenueGrowth()},
            {"projection_end_year", (double) s.projectionEndYear()}, {"default_tax_rate", s.defaultTaxRate()},
            {"ratio_numerator", s.ratioNumerator().name().toLowerCase(java.util.Locale.ROOT)},
            {"ai_share_of_capex", s.aiShareOfCapex()}, {"ai_revenue_basis", s.aiRevenueBasis().code()},
            {"ai_revenue_entities", String.join(", ", s.aiRevenueEntities())},
            {"gpu_share_of_data_center_cost", s.gpuShareOfDataCenterCost()},
            {"end_user_gross_margin", s.endUserGrossMargin()},
            {"sustainable_capex_intensity", s.sustainableCapexIntensity()},
            {"break_even_target_margin", s.breakEvenTargetMargin()},
            {"overstatement_min_adjusted_share", s.overstatementMinAdjustedShare()}, {"app_version", appVersion}};
        int r = 1;
        for (Object[] kv : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, (String) kv[0]);
            if (kv[1] instanceof Double d) {
                number(row, 1, d, st.years());
            } else {
                text(row, 1, (String) kv[1]);
            }
        }
        for (Map.Entry<String, DepreciationPolicy> e : new java.util.TreeMap<>(s.companyOverrides()).entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, "policy override: " + e.getKey());
            text(row, 1, describe(e.getValue()));
        }
    }

    /** Plain words for a policy: "as reported", "uniform 3 years", "switch to 3 years from FY2026". */
    public static String describe(DepreciationPolicy p) {
        if (p instanceof DepreciationPolicy.Uniform u) {
            return "uniform " + FigureFormat.plain(u.lifeYears()) + " years";
        }
        if (p instanceof DepreciationPolicy.SwitchTo sw) {
            return "switch to " + FigureFormat.plain(sw.lifeYears()) + " years from FY" + sw.fromYear();
        }
        return "as reported";
    }

    private static void sources(Sheet sheet, List<Source> sources, Styles st) {
        header(sheet, st, "source", "title", "url", "published", "type");
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        int r = 1;
        for (Source s : sources) {
            Row row = sheet.createRow(r++);
            text(row, 0, s.id());
            text(row, 1, s.title());
            text(row, 2, s.url());
            text(row, 3, s.published() == null ? "" : s.published().toString());
            text(row, 4, s.type());
        }
    }

    // Issue 10: each revenue_gap row says its basis, the published row follows; the bain sheet likewise.

    private static final String[] STATED = {"stated_required_revenue", "stated_gap", "source_url"};

    /** Adds the basis column (and the stated figures' columns) to the revenue_gap sheet, then the published row. */
    private static void publishedGap(Sheet sheet, ModelResult result, Styles st) {
        Optional<PublishedFigures> p = result.publishedFigures()
                .filter(f -> f.inputs().method() == PublishedInputs.Method.SEQUOIA);
        basisColumn(sheet, 5, p.isPresent(), st);
        p.ifPresent(f -> {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            number(row, 0, (double) f.inputs().year(), st.integer());
            number(row, 1, f.spend(), st.money());
            number(row, 2, f.requiredRevenue(), st.money());
            number(row, 3, f.inputs().aiRevenue(), st.money());
            number(row, 4, f.gap(), st.money());
            stated(row, 5, f, st);
        });
    }

    private static void bain(Sheet sheet, ModelResult result, Styles st) {
        header(sheet, st, "year", "capex", "intensity", "required_revenue", "ai_revenue", "shortfall");
        int r = 1;
        for (BainRow y : result.bain()) {
            Row row = sheet.createRow(r++);
            number(row, 0, (double) y.year(), st.integer());
            number(row, 1, y.capex(), st.money());
            number(row, 2, y.intensity(), st.fraction());
            number(row, 3, y.requiredRevenue(), st.money());
            number(row, 4, y.aiRevenue(), st.money());
            number(row, 5, y.shortfall(), st.money());
        }
        Optional<PublishedFigures> p = result.publishedFigures()
                .filter(f -> f.inputs().method() == PublishedInputs.Method.BAIN);
        basisColumn(sheet, 6, p.isPresent(), st);
        p.ifPresent(f -> {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            number(row, 0, (double) f.inputs().year(), st.integer());
            number(row, 1, f.spend(), st.money());
            number(row, 2, f.parameter(), st.fraction());
            number(row, 3, f.requiredRevenue(), st.money());
            number(row, 4, f.inputs().aiRevenue(), st.money());
            number(row, 5, f.gap(), st.money());
            stated(row, 6, f, st);
        });
    }

    /** Column {@code col} says "dataset" on every row so far; with a published row to come, its columns too. */
    private static void basisColumn(Sheet sheet, int col, boolean published, Styles st) {
        Row head = sheet.getRow(0);
        text(head, col, "basis");
        head.getCell(col).setCellStyle(st.header());
        if (published) {
            for (int i = 0; i < STATED.length; i++) {
                text(head, col + 1 + i, STATED[i]);
                head.getCell(col + 1 + i).setCellStyle(st.header());
            }
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            text(sheet.getRow(r), col, "dataset");
        }
    }

    private static void stated(Row row, int col, PublishedFigures f, Styles st) {
        text(row, col, "published");
        number(row, col + 1, f.inputs().statedRequiredRevenue(), st.money());
        number(row, col + 2, f.inputs().statedGap(), st.money());
        text(row, col + 3, f.inputs().sourceUrl());
    }

    // Issue 14: the reported policy's depreciation against the filed figure, per company-year.
    private static void calibration(Sheet sheet, List<Calibration.Row> rows, Styles st) {
        header(sheet, st, "company", "fiscal_year", "modelled", "filed", "filed_definition", "filed_source", "error");
        int r = 1;
        for (Calibration.Row y : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, y.company());
            number(row, 1, (double) y.fiscalYear(), st.integer());
            number(row, 2, y.modelled(), st.money());
            number(row, 3, y.filed(), st.money());
            text(row, 4, y.filedDefinition());
            text(row, 5, y.filedSource());
            number(row, 6, y.error(), st.fraction());
        }
    }
}
