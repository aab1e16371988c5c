package org.capexlens.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.calc.ModelResult;

/**
 * The company table of a model result as CSV (RFC 4180): a header row, comma-separated cells, CRLF line ends,
 * cells with a comma, quote or line break in double quotes. Numbers use '.' and no exponent; an unknown figure is
 * an empty cell. A text cell that begins with {@code = + - @}, a tab or a carriage return gets a leading
 * {@code '} so that a spreadsheet never runs it as a formula (DESIGN §8).
 */
public final class CompanyCsv {
    /** The column names, the same as the members of the JSON company rows. */
    public static final List<String> HEADER = List.of("company", "fiscal_year", "status", "capex", "revenue",
            "operating_income", "depreciation_reported_policy", "depreciation_scenario", "delta_depreciation",
            "adjusted_operating_income", "adjusted_operating_margin", "net_income", "adjusted_net_income",
            "earnings_overstatement", "maintenance_capex", "break_even_life_years",
            "earnings_overstatement_status",
            // issue 14
            "fiscal_year_end_month", "understated_depreciation_share", "catch_up_write_off",
            "run_rate_delta_depreciation", "break_even_status");

    private CompanyCsv() {
    }

    /**
     * @param rows  the company rows, not {@code null}.
     * @return the CSV text, header first, every line ending in CRLF.
     */
    public static String toCsv(List<ModelResult.CompanyYear> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, HEADER.stream().map(CompanyCsv::text).toList());
        for (ModelResult.CompanyYear c : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(text(c.company()));
            cells.add(Integer.toString(c.fiscalYear()));
            cells.add(text(c.status().code()));
            for (Double v : new Double[] {c.capex(), c.revenue(), c.operatingIncome(),
                c.depreciationReportedPolicy(), c.depreciationScenario(), c.deltaDepreciation(),
                c.adjustedOperatingIncome(), c.adjustedOperatingMargin(), c.netIncome(), c.adjustedNetIncome(),
                c.earningsOverstatement(), c.maintenanceCapex(), c.breakEvenLifeYears()}) {
                cells.add(number(v));
            }
            String why = c.earningsOverstatementStatus().code();
            cells.add(why == null ? "" : text(why));
            cells.add(Integer.toString(c.fiscalYearEndMonth()));
            cells.add(number(c.understatedDepreciationShare()));
            cells.add(number(c.catchUpWriteOff()));
            cells.add(number(c.runRateDeltaDepreciation()));
            cells.add(text(c.breakEvenStatus().code()));
            line(sb, cells);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append(String.join(",", cells)).append("\r\n");
    }

    /** A number with '.' and without exponent or trailing zeros; empty when unknown or not finite. */
    static String number(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A text cell, neutralised against formula injection and quoted when needed. */
    static String text(String s) {
        String t = s == null ? "" : s;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            t = "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
