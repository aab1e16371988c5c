package org.capexlens.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Role;
import org.capexlens.domain.SheetNames;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;

/**
 * Synthetic datasets for benchmarks, the memory tests and the dashboard's responsiveness check: every sheet filled
 * and consistent (every company, vendor and source id resolves, no duplicate rows, every value within the
 * importer's limits), so that a file written from them loads without an error or a warning. The figures only have
 * the shape and magnitude of real ones; they are made up and must never be shown as data.
 *
 * <p>Two kinds:
 * <ul>
 * <li>{@link #dataset(int, int, long)}: {@code N} companies × {@code Y} fiscal years of capex and financials, with
 *     useful-life histories, chip-vendor revenue and AI-lab revenue (the 1,000 × 30 recompute target);</li>
 * <li>{@link #capexSheet(int)}: a capex sheet of any length over 1,000 companies (the 200,000-row import target),
 *     with its companies and sources sheets.</li>
 * </ul>
 * Either is written as {@code .xlsx} (streamed by SXSSF, text as shared strings, as Excel writes it), a folder of
 * CSV files or a JSON file:
 * <pre>
 * java -cp target/test-classes:target/classes:&lt;dependency classpath&gt; org.capexlens.bench.SyntheticData \
 *     dataset 1000 30 out/synthetic-1000x30.xlsx      # N companies, Y years [seed]
 * java -cp … org.capexlens.bench.SyntheticData capex 200000 out/capex-200k.xlsx   # or a folder, or .json
 * </pre>
 */
public final class SyntheticData {
    /** Companies of {@link #capexSheet(int)}: 1,000 companies, so 200,000 rows are 200 fiscal years each. */
    public static final int CAPEX_SHEET_COMPANIES = 1_000;
    /** First fiscal year of {@link #capexSheet(int)}. */
    public static final int CAPEX_SHEET_FIRST_YEAR = 1901;
    /** Last fiscal year of {@link #dataset(int, int, long)}. */
    public static final int LAST_YEAR = 2025;

    /**
     * One sheet, its rows made on demand so that a 200,000-row sheet is never held in memory.
     *
     * @param sheet   the sheet name.
     * @param header  the column names.
     * @param rows    how many data rows.
     * @param row     row {@code i} (0-based) as cells: {@link String}, {@link Integer}, {@link Double},
     *                {@link LocalDate} or {@code null} for an empty cell.
     */
    public record Table(String sheet, List<String> header, int rows, IntFunction<List<Object>> row) {
    }

    private SyntheticData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !(args[0].equals("dataset") || args[0].equals("capex"))) {
            System.err.println("usage: SyntheticData dataset COMPANIES YEARS OUT [SEED]");
            System.err.println("       SyntheticData capex ROWS OUT");
            System.err.println("OUT ending in .xlsx or .json is one file; anything else is a folder of CSV files");
            System.exit(1);
            return;
        }
        long t = System.nanoTime();
        List<Table> tables;
        Path out;
        if (args[0].equals("dataset")) {
            out = Path.of(args[3]);
            long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
            tables = tables(dataset(Integer.parseInt(args[1]), Integer.parseInt(args[2]), seed));
        } else {
            out = Path.of(args[2]);
            tables = capexSheet(Integer.parseInt(args[1]));
        }
        write(tables, out);
        System.out.printf(Locale.ROOT, "wrote %s (%s) in %.1f s%n", out, describe(tables), (System.nanoTime() - t) / 1e9);
    }

    /** {@code sheet=rows, …} for a log line. */
    public static String describe(List<Table> tables) {
        List<String> parts = new ArrayList<>();
        for (Table t : tables) {
            parts.add(t.sheet() + "=" + t.rows());
        }
        return String.join(", ", parts);
    }

    // ---- the 1,000 × 30 dataset ---------------------------------------------------------------------------------

    /**
     * {@code companies} companies with {@code years} fiscal years each, ending in {@link #LAST_YEAR}: one in 25 is
     * an AI lab and one in 50 a chip vendor, the rest hyperscalers. Every company has capex and financials for
     * every year and a useful-life history of two or three entries; chip vendors have data-center revenue, AI labs
     * a year-end run-rate for the last five years and recognised revenue for the last three.
     *
     * @param companies  at least 1.
     * @param years      1 to 300 (fiscal years stay within 1900-2200).
     * @param seed       the same seed gives the same dataset.
     */
    public static Dataset dataset(int companies, int years, long seed) {
        if (companies < 1 || years < 1 || years > 300) {
            throw new IllegalArgumentException("need 1+ companies and 1-300 years, got " + companies + " x " + years);
        }
        Random r = new Random(seed);
        int first = LAST_YEAR - years + 1;
        List<Company> cs = new ArrayList<>();
        List<CapexRow> capex = new ArrayList<>();
        List<FinancialsRow> financials = new ArrayList<>();
        List<UsefulLifeChange> lives = new ArrayList<>();
        List<ChipRevenueRow> chips = new ArrayList<>();
        List<AiRevenueRow> ai = new ArrayList<>();
        int digits = Math.max(4, Integer.toString(companies - 1).length());
        for (int c = 0; c < companies; c++) {
            String id = String.format(Locale.ROOT, "C%0" + digits + "d", c);
            Role role = c % 50 == 49 ? Role.CHIP_VENDOR : c % 25 == 24 ? Role.AI_LAB : Role.HYPERSCALER;
            int yearEnd = 1 + r.nextInt(12);
            cs.add(new Company(id, "Company " + id.substring(1), yearEnd, role));
            double cx = round(0.2 + r.nextDouble() * 3);
            double rev = round(5 + r.nextDouble() * 60);
            double margin = 0.1 + r.nextDouble() * 0.3;
            for (int y = first; y <= LAST_YEAR; y++) {
                capex.add(new CapexRow(id, y, cx, Status.REPORTED, "src-capex", y == first ? "first year" : ""));
                double oi = round(rev * margin);
                financials.add(new FinancialsRow(id, y, rev, oi, round(oi * 0.8), round(cx * 0.6),
                        round(0.15 + r.nextDouble() * 0.1), Status.REPORTED, "src-financials"));
                if (role == Role.CHIP_VENDOR) {
                    chips.add(new ChipRevenueRow(id, y, round(rev * 0.6), rev, Status.REPORTED, "src-chips"));
                }
                // Growth that cannot pass the importer's $10 trillion plausibility limit in 300 years.
                cx = round(Math.min(cx * (1 + r.nextDouble() * 0.25), 2_000 + r.nextDouble()));
                rev = round(Math.min(rev * (1 + r.nextDouble() * 0.15), 5_000 + r.nextDouble()));
            }
            LocalDate start = LocalDate.of(first, 1, 1);
            lives.add(new UsefulLifeChange(id, "servers", start, 3 + r.nextInt(2), null, "", "", "src-lives"));
            int changes = 1 + r.nextInt(2);
            for (int k = 1; k <= changes && years > 2 * k; k++) {
                int year = first + k * years / (changes + 1);
                LocalDate from = LocalDate.of(year, 1 + r.nextInt(12), 1);
                boolean last = k == changes;
                lives.add(new UsefulLifeChange(id, "servers", from, 4 + k + (r.nextBoolean() ? 0.5 : 0),
                        last ? round(0.1 + r.nextDouble() * 3) : null, last ? "operating income" : "",
                        last ? "FY" + year : "", "src-lives"));
            }
            if (role == Role.AI_LAB) {
                double runRate = round(0.1 + r.nextDouble());
                for (int y = Math.max(first, LAST_YEAR - 4); y <= LAST_YEAR; y++) {
                    ai.add(new AiRevenueRow(id, LocalDate.of(y, 12, 31), runRate, RevenueBasis.RUN_RATE,
                            Status.REPORTED, "src-ai", ""));
                    if (y >= LAST_YEAR - 2) {
                        ai.add(new AiRevenueRow(id, LocalDate.of(y, 12, 31), round(runRate * 0.7),
                                RevenueBasis.RECOGNIZED, Status.ESTIMATE, "src-ai", "synthetic"));
                    }
                    runRate = round(runRate * (1.5 + r.nextDouble()));
                }
            }
        }
        List<Source> sources = new ArrayList<>();
        for (String s : List.of("capex", "financials", "lives", "chips", "ai")) {
            sources.add(new Source("src-" + s, "Synthetic " + s + " figures (benchmark data, not real)",
                    "https://example.org/capexlens/synthetic/" + s, LocalDate.of(2026, 1, 15), null, "synthetic"));
        }
        return new Dataset(cs, capex, financials, lives, chips, ai, sources);
    }

    /** Three decimals, as published figures in USD billions have. */
    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** A dataset as the seven sheets of DESIGN §2, with the canonical column names. */
    public static List<Table> tables(Dataset d) {
        return List.of(
                table(SheetNames.COMPANIES, List.of("company", "name", "fiscal_year_end_month", "role"), d.companies(),
                        c -> Arrays.asList(c.id(), c.name(), c.fiscalYearEndMonth(), c.role().code())),
                table(SheetNames.CAPEX, List.of("company", "fiscal_year", "capex_usd_b", "status", "source", "note"),
                        d.capex(), c -> Arrays.asList(c.company(), c.fiscalYear(), c.capexUsdB(), c.status().code(),
                                blankToNull(c.source()), blankToNull(c.note()))),
                table(SheetNames.FINANCIALS, List.of("company", "fiscal_year", "revenue_usd_b", "operating_income_usd_b",
                        "net_income_usd_b", "d_and_a_usd_b", "tax_rate", "status", "source"), d.financials(),
                        f -> Arrays.asList(f.company(), f.fiscalYear(), f.revenueUsdB(), f.operatingIncomeUsdB(),
                                f.netIncomeUsdB(), f.dAndAUsdB(), f.taxRate(), f.status().code(),
                                blankToNull(f.source()))),
                table(SheetNames.USEFUL_LIVES, List.of("company", "asset_class", "effective_from", "life_years",
                        "disclosed_effect_usd_b", "effect_metric", "effect_period", "source"), d.usefulLives(),
                        l -> Arrays.asList(l.company(), l.assetClass(), l.effectiveFrom(), l.lifeYears(),
                                l.disclosedEffectUsdB(), blankToNull(l.effectMetric()), blankToNull(l.effectPeriod()),
                                blankToNull(l.source()))),
                table(SheetNames.CHIP_REVENUE, List.of("vendor", "fiscal_year", "data_center_revenue_usd_b",
                        "total_revenue_usd_b", "status", "source"), d.chipRevenue(),
                        c -> Arrays.asList(c.vendor(), c.fiscalYear(), c.dataCenterRevenueUsdB(), c.totalRevenueUsdB(),
                                c.status().code(), blankToNull(c.source()))),
                table(SheetNames.AI_REVENUE, List.of("entity", "period_end", "revenue_usd_b", "basis", "status",
                        "source", "note"), d.aiRevenue(),
                        a -> Arrays.asList(a.entity(), a.periodEnd(), a.revenueUsdB(), a.basis().code(),
                                a.status().code(), blankToNull(a.source()), blankToNull(a.note()))),
                table(SheetNames.SOURCES, List.of("source", "title", "url", "published", "accessed", "type"),
                        d.sources(), s -> Arrays.asList(s.id(), s.title(), blankToNull(s.url()), s.published(),
                                s.accessed(), blankToNull(s.type()))));
    }

    private static <T> Table table(String sheet, List<String> header, List<T> rows,
            java.util.function.Function<T, List<Object>> cells) {
        return new Table(sheet, header, rows.size(), i -> cells.apply(rows.get(i)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // ---- the long capex sheet -----------------------------------------------------------------------------------

    /**
     * A companies sheet of {@link #CAPEX_SHEET_COMPANIES} companies, a sources sheet of three sources and a capex
     * sheet of {@code rows} rows: row {@code i} is company {@code i % 1000} in fiscal year {@code 1901 + i / 1000},
     * so every row is a distinct company-year (up to 300,000 rows). One row in five is an estimate, one in ten has
     * a note.
     */
    public static List<Table> capexSheet(int rows) {
        if (rows < 0 || rows > CAPEX_SHEET_COMPANIES * (2200 - CAPEX_SHEET_FIRST_YEAR + 1)) {
            throw new IllegalArgumentException("rows must be 0-300,000, was " + rows);
        }
        return List.of(
                new Table(SheetNames.COMPANIES, List.of("company", "name", "fiscal_year_end_month", "role"),
                        CAPEX_SHEET_COMPANIES, c -> Arrays.asList(capexSheetCompany(c), "Company number " + c,
                                c % 12 + 1, c % 3 == 0 ? "chip_vendor" : "hyperscaler")),
                new Table(SheetNames.SOURCES, List.of("source", "title", "url", "published", "accessed", "type"), 3,
                        s -> Arrays.asList("src-" + s, "Benchmark source " + s, "https://example.org/source/" + s,
                                null, "2026-11-01", "primary")),
                new Table(SheetNames.CAPEX, List.of("company", "fiscal_year", "capex_usd_b", "status", "source",
                        "note"), rows, i -> Arrays.asList(capexSheetCompany(i % CAPEX_SHEET_COMPANIES),
                                CAPEX_SHEET_FIRST_YEAR + i / CAPEX_SHEET_COMPANIES, 0.5 + (i % 9_973) * 0.0137,
                                i % 5 == 0 ? "estimate" : "reported", "src-" + i % 3,
                                i % 10 == 0 ? "note for row " + (i + 2) : null)));
    }

    private static String capexSheetCompany(int c) {
        return String.format(Locale.ROOT, "C%04d", c);
    }

    // ---- writers -------------------------------------------------------------------------------------------------

    /** Writes {@code tables} as {@code .xlsx} or {@code .json} by the name of {@code out}, else as a CSV folder. */
    public static void write(List<Table> tables, Path out) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        if (name.endsWith(".xlsx")) {
            writeXlsx(tables, out);
        } else if (name.endsWith(".json")) {
            writeJson(tables, out);
        } else {
            writeCsvFolder(tables, out);
        }
    }

    /**
     * An {@code .xlsx} workbook, one sheet per table, streamed by SXSSF with text in the shared-string table (as
     * Excel writes it); numbers are numeric cells, dates are date cells formatted {@code yyyy-mm-dd}.
     */
    public static void writeXlsx(List<Table> tables, Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Table t : tables) {
                Sheet sheet = wb.createSheet(t.sheet());
                Row header = sheet.createRow(0);
                for (int c = 0; c < t.header().size(); c++) {
                    header.createCell(c).setCellValue(t.header().get(c));
                }
                for (int i = 0; i < t.rows(); i++) {
                    Row row = sheet.createRow(i + 1);
                    List<Object> cells = t.row().apply(i);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
        }
    }

    /** A folder with one UTF-8 CSV file per table, named after the sheet; RFC 4180 quoting, ISO dates. */
    public static void writeCsvFolder(List<Table> tables, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Table t : tables) {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(dir.resolve(t.sheet() + ".csv"),
                    StandardCharsets.UTF_8), 1 << 16)) {
                w.write(String.join(",", t.header()));
                w.write('\n');
                for (int i = 0; i < t.rows(); i++) {
                    List<Object> cells = t.row().apply(i);
                    for (int c = 0; c < cells.size(); c++) {
                        if (c > 0) {
                            w.write(',');
                        }
                        Object v = cells.get(c);
                        if (v != null) {
                            w.write(csvField(v));
                        }
                    }
                    w.write('\n');
                }
            }
        }
    }

    private static String csvField(Object v) {
        String s = v instanceof Double d ? plain(d) : v.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** A double as the shortest text that reads back to it, without an exponent for the magnitudes used here. */
    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : java.math.BigDecimal.valueOf(d).toPlainString();
    }

    /** A JSON object whose members are the sheets, each an array of row objects; empty cells are left out. */
    public static void writeJson(List<Table> tables, Path file) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            for (Table t : tables) {
                g.writeArrayFieldStart(t.sheet());
                for (int i = 0; i < t.rows(); i++) {
                    List<Object> cells = t.row().apply(i);
                    g.writeStartObject();
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v == null) {
                            continue;
                        }
                        String name = t.header().get(c);
                        if (v instanceof Integer n) {
                            g.writeNumberField(name, n);
                        } else if (v instanceof Double d) {
                            g.writeNumberField(name, d);
                        } else {
                            g.writeStringField(name, v.toString());
                        }
                    }
                    g.writeEndObject();
                    g.writeRaw('\n');
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }
}
