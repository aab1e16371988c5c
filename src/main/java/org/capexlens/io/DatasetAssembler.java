package org.capexlens.io;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
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
import org.capexlens.text.Messages;

/**
 * Turns the raw rows that any format reader streams into a validated {@link Dataset}: header matching, typed cell
 * parsing, row checks and the cross-sheet checks (unknown company or source, duplicates). One instance per load.
 *
 * <p>Use: pass it to a format reader as the {@link WorkbookSink}, then call {@link #finish()}.
 */
public final class DatasetAssembler implements WorkbookSink {
    /** Above this, a money figure in USD billions is taken for a unit mistake (dollars or millions). */
    static final double MAX_PLAUSIBLE_USD_B = 10_000;
    /** Above this, a useful life is taken for a typo. */
    static final double MAX_PLAUSIBLE_LIFE_YEARS = 50;
    /** How many messages of one kind in one column are listed before they are summarised. */
    static final int SAME_KIND_LIMIT = 20;
    /** Sheets every dataset needs: a file without them, or with them empty, is refused. */
    static final List<String> REQUIRED_SHEETS = List.of(SheetNames.COMPANIES, SheetNames.CAPEX);

    private final String file;
    private final List<ImportMessage> messages = new ArrayList<>();
    private final Map<String, Integer> kindCounts = new HashMap<>();
    private final Map<String, ImportMessage> kindFirst = new LinkedHashMap<>();
    private final Map<String, SheetState<?>> sheets = new LinkedHashMap<>();
    private boolean singleCsvFile;

    // What a cell must hold, for messages. Looked up once per load, not once per row: a resource-bundle lookup per
    // row was a tenth of the time of a 200,000-row import.
    private final String expectCompanyId = Messages.get("import.expect.companyId");
    private final String expectMoney = Messages.get("import.expect.money");
    private final String expectTaxRate = Messages.get("import.expect.taxRate");
    private final String expectLife = Messages.get("import.expect.life");
    private final String expectEntity = Messages.get("import.expect.entity");
    private final String expectSourceId = Messages.get("import.expect.sourceId");
    private final String expectTitle = Messages.get("import.expect.title");

    /** Status codes as files spell them; a cell spelled exactly so needs no case folding. */
    private static final Map<String, Status> STATUS_CODES = new HashMap<>();
    /** A web address as the sources sheet expects it. */
    private static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://\\S+");

    static {
        for (Status s : Status.values()) {
            STATUS_CODES.put(s.code(), s);
        }
    }

    /** A row that became a record, with where it came from. */
    private record Row<T>(T value, int row) {
    }

    /** What was read of one known sheet. */
    private static final class SheetState<T> {
        final SheetSchema.Sheet schema;
        final String nameInFile;
        /** The file its messages name: the assembler's file, or the sheet's own file in a folder of CSV files. */
        final String file;
        final Map<String, String> headers = new HashMap<>();
        final List<Row<T>> rows = new ArrayList<>();
        boolean headerSeen;
        boolean broken;

        SheetState(SheetSchema.Sheet schema, String nameInFile, String file) {
            this.schema = schema;
            this.nameInFile = nameInFile;
            this.file = file;
        }

        String header(String column) {
            return headers.getOrDefault(column, column);
        }
    }

    /**
     * @param file  the file name used in every message (not the full path), not {@code null}.
     */
    public DatasetAssembler(String file) {
        this.file = file;
    }

    /**
     * Says that the file is one CSV file, which holds one sheet: when a required sheet is missing, the message then
     * tells how to provide the others (a folder of CSV files) instead of naming each missing sheet.
     */
    void singleCsvFile() {
        singleCsvFile = true;
    }

    /** The file name messages carry. */
    public String file() {
        return file;
    }

    /** Adds a message found outside the rows (by a format reader), e.g. a warning about the encoding. */
    @Override
    public void add(ImportMessage message) {
        messages.add(message);
    }

    private void add(ImportMessage message, String kind) {
        String key = kind + "|" + message.location().sheet() + "|" + message.location().column() + "|"
                + message.severity();
        int n = kindCounts.merge(key, 1, Integer::sum);
        if (n <= SAME_KIND_LIMIT) {
            messages.add(message);
        }
        kindFirst.putIfAbsent(key, message);
    }

    @Override
    public SheetSink startSheet(String sheetName, boolean decimalComma) {
        return startSheet(sheetName, decimalComma, file);
    }

    @Override
    public SheetSink startSheet(String sheetName, boolean decimalComma, String fileName) {
        String sheetFile = fileName == null ? file : fileName;
        if (HeaderNames.normalize(sheetName).equals(HeaderNames.normalize(SheetNames.README))) {
            return IGNORE;
        }
        var schema = SheetSchema.forSheetName(sheetName);
        if (schema.isEmpty()) {
            messages.add(ImportMessage.warning(Location.ofSheet(sheetFile, sheetName),
                    Messages.get("import.sheet.unknown", sheetName, String.join(", ", SheetNames.ALL))));
            return IGNORE;
        }
        String canonical = schema.get().name();
        if (sheets.containsKey(canonical)) {
            messages.add(ImportMessage.error(Location.ofSheet(sheetFile, sheetName),
                    Messages.get("import.sheet.duplicate", sheetName, sheets.get(canonical).nameInFile)));
            return IGNORE;
        }
        return switch (canonical) {
            case SheetNames.COMPANIES -> sink(schema.get(), sheetName, sheetFile, decimalComma, this::company);
            case SheetNames.CAPEX -> sink(schema.get(), sheetName, sheetFile, decimalComma, this::capex);
            case SheetNames.FINANCIALS -> sink(schema.get(), sheetName, sheetFile, decimalComma, this::financials);
            case SheetNames.USEFUL_LIVES -> sink(schema.get(), sheetName, sheetFile, decimalComma, this::usefulLife);
            case SheetNames.CHIP_REVENUE -> sink(schema.get(), sheetName, sheetFile, decimalComma, this::chipRevenue);
            case SheetNames.AI_REVENUE -> sink(schema.get(), sheetName, sheetFile, decimalComma, this::aiRevenue);
            case SheetNames.SOURCES -> sink(schema.get(), sheetName, sheetFile, decimalComma, this::source);
            default -> throw new IllegalStateException("no builder for sheet " + canonical);
        };
    }

    private static final SheetSink IGNORE = new SheetSink() {
        @Override
        public void row(int rowNumber, List<RawCell> cells) {
            // not a data sheet
        }

        @Override
        public void end() {
            // nothing to do
        }
    };

    private <T> SheetSink sink(SheetSchema.Sheet schema, String nameInFile, String sheetFile, boolean decimalComma,
            Function<RowReader, T> builder) {
        SheetState<T> state = new SheetState<>(schema, nameInFile, sheetFile);
        sheets.put(schema.name(), state);
        return new SheetSink() {
            private final Map<String, Integer> index = new HashMap<>();

            @Override
            public void row(int rowNumber, List<RawCell> cells) {
                if (state.broken || allBlank(cells)) {
                    return;
                }
                if (!state.headerSeen) {
                    header(state, rowNumber, cells, index);
                    return;
                }
                RowReader r = new RowReader(sheetFile, nameInFile, rowNumber, index, state.headers, cells, decimalComma,
                        DatasetAssembler.this::add);
                T value;
                try {
                    value = builder.apply(r);
                } catch (IllegalArgumentException e) {
                    // A record invariant the row checks did not foresee: still a located message, never a crash.
                    r.error("", "invariant", Messages.get("import.row.invalid", e.getMessage()));
                    return;
                }
                if (value != null && !r.rejected()) {
                    state.rows.add(new Row<>(value, rowNumber));
                }
            }

            @Override
            public void end() {
                if (!state.headerSeen && REQUIRED_SHEETS.contains(state.schema.name())) {
                    // As good as missing: without this, a workbook of empty sheets loaded as an empty dataset.
                    messages.add(ImportMessage.error(Location.ofSheet(sheetFile, nameInFile),
                            Messages.get("import.sheet.requiredEmpty", nameInFile)));
                } else if (!state.headerSeen) {
                    messages.add(ImportMessage.warning(Location.ofSheet(sheetFile, nameInFile),
                            Messages.get("import.sheet.empty", nameInFile)));
                }
            }
        };
    }

    private static boolean allBlank(List<RawCell> cells) {
        for (RawCell c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void header(SheetState<?> state, int rowNumber, List<RawCell> cells, Map<String, Integer> index) {
        state.headerSeen = true;
        List<String> found = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            RawCell c = cells.get(i);
            if (c == null || c.isBlank()) {
                continue;
            }
            String h = c.text().replace("\uFEFF", "").trim();
            found.add(h);
            var column = state.schema.column(h);
            Location at = new Location(state.file, state.nameInFile, rowNumber, h);
            if (column.isEmpty()) {
                messages.add(ImportMessage.warning(at, Messages.get("import.header.unknown", h)));
            } else if (index.containsKey(column.get().name())) {
                messages.add(ImportMessage.warning(at,
                        Messages.get("import.header.duplicate", h, state.header(column.get().name()))));
            } else {
                index.put(column.get().name(), i);
                state.headers.put(column.get().name(), h);
            }
        }
        for (String required : state.schema.requiredColumns()) {
            if (!index.containsKey(required)) {
                state.broken = true;
                messages.add(ImportMessage.error(new Location(state.file, state.nameInFile, rowNumber, required),
                        Messages.get("import.header.missing", required, String.join(", ", found))));
            }
        }
        if (!state.broken && state.schema.column("status").isPresent() && !index.containsKey("status")) {
            messages.add(ImportMessage.warning(new Location(state.file, state.nameInFile, rowNumber, "status"),
                    Messages.get("import.header.noStatus")));
        }
    }

    // ---- row builders ------------------------------------------------------------------------------------------

    private Company company(RowReader r) {
        String id = r.requiredText("company", expectCompanyId);
        String name = r.text("name");
        Integer month = month(r, "fiscal_year_end_month");
        Role role = r.choice("role", Role::parse, "hyperscaler, chip_vendor, ai_lab or app", null);
        if (r.rejected()) {
            return null;
        }
        return new Company(id, name == null ? id : name, month, role);
    }

    private static Integer month(RowReader r, String column) {
        RawCell c = r.cell(column);
        if (c.kind() == RawCell.Kind.NUMBER && c.number() == Math.rint(c.number()) && c.number() >= 1
                && c.number() <= 12) {
            return (int) c.number();
        }
        String t = r.text(column);
        if (t != null) {
            if (t.length() <= 2 && RowReader.allDigits(t) && Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= 12) {
                return Integer.parseInt(t);
            }
            for (Month m : Month.values()) {
                String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                if (t.equalsIgnoreCase(full) || t.equalsIgnoreCase(full.substring(0, 3))) {
                    return m.getValue();
                }
            }
        }
        r.error(column, "month", Messages.get("import.cell.notMonth", RowReader.quote(c.text())));
        return null;
    }

    private Status status(RowReader r) {
        return r.choice("status", DatasetAssembler::parseStatus, "reported, guidance, estimate or scenario",
                Status.REPORTED);
    }

    /** {@link Status#parse}, without case folding for a cell spelled as files spell it. */
    private static Optional<Status> parseStatus(String text) {
        Status exact = STATUS_CODES.get(text);
        return exact != null ? Optional.of(exact) : Status.parse(text);
    }

    private Double money(RowReader r, String column, boolean required, boolean allowNegative) {
        Double v = r.number(column, expectMoney, required);
        if (v == null) {
            return null;
        }
        if (!allowNegative && v < 0) {
            r.error(column, "negative", Messages.get("import.cell.negative", column, RowReader.quote(format(v))));
            return null;
        }
        if (Math.abs(v) > MAX_PLAUSIBLE_USD_B) {
            r.error(column, "absurd", Messages.get("import.cell.implausible", RowReader.quote(format(v))));
            return null;
        }
        return v;
    }

    private CapexRow capex(RowReader r) {
        String company = r.requiredText("company", expectCompanyId);
        Integer year = r.fiscalYear("fiscal_year");
        Double capex = money(r, "capex_usd_b", true, false);
        Status status = status(r);
        if (r.rejected()) {
            return null;
        }
        return new CapexRow(company, year, capex, status, r.text("source"), r.text("note"));
    }

    private FinancialsRow financials(RowReader r) {
        String company = r.requiredText("company", expectCompanyId);
        Integer year = r.fiscalYear("fiscal_year");
        Double revenue = money(r, "revenue_usd_b", false, false);
        Double oi = money(r, "operating_income_usd_b", false, true);
        Double ni = money(r, "net_income_usd_b", false, true);
        Double da = money(r, "d_and_a_usd_b", false, false);
        Double tax = taxRate(r);
        Status status = status(r);
        if (r.rejected()) {
            return null;
        }
        if (revenue == null && oi == null && ni == null && da == null && tax == null) {
            r.warning("", "nofigures", Messages.get("import.row.noFigures"));
            return null;
        }
        Map<String, String> figureSources = new HashMap<>();
        for (String figure : List.of(FinancialsRow.REVENUE, FinancialsRow.OPERATING_INCOME, FinancialsRow.NET_INCOME,
                FinancialsRow.D_AND_A, FinancialsRow.TAX_RATE)) {
            String own = r.text(figureSourceColumn(figure));
            if (own != null) {
                figureSources.put(figure, own);
            }
        }
        return new FinancialsRow(company, year, revenue, oi, ni, da, tax, status, r.text("source"), figureSources);
    }

    /** {@code revenue_usd_b} -> {@code revenue_source}: the column naming one figure's own source. */
    static String figureSourceColumn(String figure) {
        return figure.replace("_usd_b", "") + "_source";
    }

    private Double taxRate(RowReader r) {
        RawCell c = r.cell("tax_rate");
        boolean percentSign = c.kind() == RawCell.Kind.TEXT && c.text().trim().endsWith("%");
        Double v = r.number("tax_rate", expectTaxRate, false);
        if (v == null) {
            return null;
        }
        double fraction = percentSign || Math.abs(v) > 1 ? v / 100 : v;
        if (fraction < -1 || fraction > 1) {
            r.error("tax_rate", "taxrate", Messages.get("import.cell.taxRate", RowReader.quote(c.text())));
            return null;
        }
        return fraction;
    }

    private UsefulLifeChange usefulLife(RowReader r) {
        String company = r.requiredText("company", expectCompanyId);
        String assetClass = r.text("asset_class");
        LocalDate from = r.date("effective_from", true);
        Double life = r.number("life_years", expectLife, true);
        if (life != null && (life <= 0 || life > MAX_PLAUSIBLE_LIFE_YEARS)) {
            r.error("life_years", "life", Messages.get("import.cell.life", RowReader.quote(format(life))));
        }
        Double effect = money(r, "disclosed_effect_usd_b", false, true);
        if (r.rejected()) {
            return null;
        }
        return new UsefulLifeChange(company, assetClass == null ? "servers" : assetClass, from, life, effect,
                r.text("effect_metric"), r.text("effect_period"), r.text("source"));
    }

    private ChipRevenueRow chipRevenue(RowReader r) {
        String vendor = r.requiredText("vendor", expectCompanyId);
        Integer year = r.fiscalYear("fiscal_year");
        Double dc = money(r, "data_center_revenue_usd_b", false, false);
        Double total = money(r, "total_revenue_usd_b", false, false);
        Status status = status(r);
        if (r.rejected()) {
            return null;
        }
        if (dc == null && total == null) {
            r.warning("", "nofigures", Messages.get("import.row.noFigures"));
            return null;
        }
        return new ChipRevenueRow(vendor, year, dc, total, status, r.text("source"));
    }

    private AiRevenueRow aiRevenue(RowReader r) {
        String entity = r.requiredText("entity", expectEntity);
        RevenueBasis basis = r.choice("basis", RevenueBasis::parse, "recognized or run_rate", null);
        LocalDate end;
        if (r.cell("period_end").isBlank() && basis == RevenueBasis.RUN_RATE) {
            r.error("period_end", "runrate", Messages.get("import.cell.runRateNoDate"));
            end = null;
        } else {
            end = r.date("period_end", true);
        }
        Double revenue = money(r, "revenue_usd_b", true, false);
        Status status = status(r);
        if (r.rejected()) {
            return null;
        }
        return new AiRevenueRow(entity, end, revenue, basis, status, r.text("source"), r.text("note"));
    }

    private Source source(RowReader r) {
        String id = r.requiredText("source", expectSourceId);
        String title = r.requiredText("title", expectTitle);
        String url = r.text("url");
        if (url != null && !URL.matcher(url).matches()) {
            r.warning("url", "url", Messages.get("import.cell.url", RowReader.quote(url)));
        }
        LocalDate published = r.date("published", false);
        LocalDate accessed = r.date("accessed", false);
        if (r.rejected()) {
            return null;
        }
        return new Source(id, title, url, published, accessed, r.text("type"));
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    // ---- cross-sheet checks ------------------------------------------------------------------------------------

    /**
     * Runs the cross-sheet checks and returns the dataset.
     *
     * @return the dataset with its warnings.
     * @throws ImportException  when any error was found; it carries every message (errors and warnings).
     */
    public ImportResult finish() throws ImportException {
        if (sheets.isEmpty()) {
            messages.add(ImportMessage.error(Location.ofFile(file),
                    Messages.get("import.file.noSheets", String.join(", ", SheetNames.ALL))));
            throw fail();
        }
        List<String> missing = REQUIRED_SHEETS.stream().filter(s -> !sheets.containsKey(s)).toList();
        if (singleCsvFile && !missing.isEmpty()) {
            // One CSV file is one sheet: the fix is a folder of them, not a sheet added to this file.
            messages.add(ImportMessage.error(Location.ofFile(file), Messages.get("import.csv.incomplete", file,
                    sheets.values().iterator().next().nameInFile, String.join(" and ", missing), missing.size())));
            throw fail();
        }
        for (String required : missing) {
            messages.add(ImportMessage.error(Location.ofSheet(file, required),
                    Messages.get("import.sheet.missing", required)));
        }
        Map<String, String> degraded = new LinkedHashMap<>();
        degraded.put(SheetNames.FINANCIALS, Messages.get("import.sheet.optionalMissing.financials"));
        degraded.put(SheetNames.USEFUL_LIVES, Messages.get("import.sheet.optionalMissing.usefulLives"));
        degraded.put(SheetNames.CHIP_REVENUE, Messages.get("import.sheet.optionalMissing.chipRevenue"));
        degraded.put(SheetNames.AI_REVENUE, Messages.get("import.sheet.optionalMissing.aiRevenue"));
        degraded.put(SheetNames.SOURCES, Messages.get("import.sheet.optionalMissing.sources"));
        degraded.forEach((sheet, message) -> {
            if (!sheets.containsKey(sheet)) {
                messages.add(ImportMessage.warning(Location.ofSheet(file, sheet), message));
            }
        });
        List<Row<Company>> companies = rows(SheetNames.COMPANIES);
        List<Row<CapexRow>> capex = rows(SheetNames.CAPEX);
        List<Row<FinancialsRow>> financials = rows(SheetNames.FINANCIALS);
        List<Row<UsefulLifeChange>> lives = rows(SheetNames.USEFUL_LIVES);
        List<Row<ChipRevenueRow>> chips = rows(SheetNames.CHIP_REVENUE);
        List<Row<AiRevenueRow>> ai = rows(SheetNames.AI_REVENUE);
        List<Row<Source>> sources = rows(SheetNames.SOURCES);

        Set<String> companyIds = new HashSet<>();
        duplicates(SheetNames.COMPANIES, companies, Company::id, Company::id, "company");
        companies.forEach(c -> companyIds.add(c.value().id()));
        Set<String> sourceIds = new HashSet<>();
        duplicates(SheetNames.SOURCES, sources, Source::id, Source::id, "source");
        sources.forEach(s -> sourceIds.add(s.value().id()));

        duplicates(SheetNames.CAPEX, capex, c -> new CompanyYear(c.company(), c.fiscalYear()),
                c -> c.company() + " FY" + c.fiscalYear(), "fiscal_year");
        duplicates(SheetNames.FINANCIALS, financials, f -> new CompanyYear(f.company(), f.fiscalYear()),
                f -> f.company() + " FY" + f.fiscalYear(), "fiscal_year");
        duplicates(SheetNames.CHIP_REVENUE, chips, c -> new CompanyYear(c.vendor(), c.fiscalYear()),
                c -> c.vendor() + " FY" + c.fiscalYear(), "fiscal_year");
        duplicates(SheetNames.USEFUL_LIVES, lives,
                l -> l.company() + " " + l.assetClass() + " from " + l.effectiveFrom(), "effective_from");
        duplicates(SheetNames.AI_REVENUE, ai,
                a -> a.entity() + " " + a.basis().code() + " at " + a.periodEnd(), "period_end");

        // A sheet refused for a missing column has no rows: checking ids against it would call every id unknown
        // and bury the one real error under hundreds.
        if (readable(SheetNames.COMPANIES)) {
            knownCompany(SheetNames.CAPEX, capex, CapexRow::company, "company", companyIds);
            knownCompany(SheetNames.FINANCIALS, financials, FinancialsRow::company, "company", companyIds);
            knownCompany(SheetNames.USEFUL_LIVES, lives, UsefulLifeChange::company, "company", companyIds);
            knownCompany(SheetNames.CHIP_REVENUE, chips, ChipRevenueRow::vendor, "vendor", companyIds);
        }
        if (readable(SheetNames.SOURCES)) {
            knownSource(SheetNames.CAPEX, capex, CapexRow::source, sourceIds);
            knownSource(SheetNames.FINANCIALS, financials, FinancialsRow::source, sourceIds);
            for (String figure : List.of(FinancialsRow.REVENUE, FinancialsRow.OPERATING_INCOME,
                    FinancialsRow.NET_INCOME, FinancialsRow.D_AND_A, FinancialsRow.TAX_RATE)) {
                knownFigureSource(financials, figure, sourceIds);
            }
            knownSource(SheetNames.USEFUL_LIVES, lives, UsefulLifeChange::source, sourceIds);
            knownSource(SheetNames.CHIP_REVENUE, chips, ChipRevenueRow::source, sourceIds);
            knownSource(SheetNames.AI_REVENUE, ai, AiRevenueRow::source, sourceIds);
        }
        summariseCapped();
        if (messages.stream().anyMatch(m -> m.severity() == Severity.ERROR)) {
            throw fail();
        }
        Dataset dataset = new Dataset(values(companies), values(capex), values(financials), values(lives),
                values(chips), values(ai), values(sources));
        return new ImportResult(dataset, messages, file);
    }

    /** Whether {@code sheet} is in the file and its header was usable. */
    private boolean readable(String sheet) {
        SheetState<?> s = sheets.get(sheet);
        return s != null && !s.broken;
    }

    private ImportException fail() {
        return new ImportException(ImportException.Kind.INVALID, messages);
    }

    @SuppressWarnings("unchecked")
    private <T> List<Row<T>> rows(String sheet) {
        SheetState<?> s = sheets.get(sheet);
        return s == null ? List.of() : (List<Row<T>>) (List<?>) s.rows;
    }

    private static <T> List<T> values(List<Row<T>> rows) {
        List<T> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.value()));
        return out;
    }

    private Location at(String sheet, int row, String column) {
        SheetState<?> s = sheets.get(sheet);
        return s == null ? new Location(file, sheet, row, column)
                : new Location(s.file, s.nameInFile, row, s.header(column));
    }

    /** The key of a row of the sheets with one row per company (or vendor) and fiscal year. */
    private record CompanyYear(String company, int fiscalYear) {
        /**
         * Spread wide: a record's default hash (31 × company + year) makes company C0001 in one year collide with
         * C0002 31 years earlier, and ids that differ in their last character are the rule in long sheets.
         */
        @Override
        public int hashCode() {
            return company.hashCode() * 0x0100_0193 ^ fiscalYear;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CompanyYear k && k.fiscalYear == fiscalYear && k.company.equals(company);
        }
    }

    private <T> void duplicates(String sheet, List<Row<T>> rows, Function<T, String> key, String column) {
        duplicates(sheet, rows, key, key, column);
    }

    /**
     * Errors for rows whose key an earlier row has.
     *
     * @param key    what makes a row unique; a small record rather than text, so that 200,000 rows cost no string
     *               building.
     * @param label  the key as a message names it, built only for a duplicate.
     */
    private <T> void duplicates(String sheet, List<Row<T>> rows, Function<T, ?> key, Function<T, String> label,
            String column) {
        Map<Object, Integer> first = new HashMap<>(rows.size() * 4 / 3 + 1);
        for (Row<T> r : rows) {
            Integer earlier = first.putIfAbsent(key.apply(r.value()), r.row());
            if (earlier != null) {
                add(ImportMessage.error(at(sheet, r.row(), column), Messages.get("import.row.duplicate",
                        label.apply(r.value()), Integer.toString(earlier))), "duplicate");
            }
        }
    }

    private <T> void knownCompany(String sheet, List<Row<T>> rows, Function<T, String> company, String column,
            Set<String> known) {
        for (Row<T> r : rows) {
            String c = company.apply(r.value());
            if (!known.contains(c)) {
                add(ImportMessage.error(at(sheet, r.row(), column), Messages.get("import.row.unknownCompany",
                        RowReader.quote(c), sheets.get(SheetNames.COMPANIES).nameInFile)), "unknowncompany");
            }
        }
    }

    private <T> void knownSource(String sheet, List<Row<T>> rows, Function<T, String> source, Set<String> known) {
        for (Row<T> r : rows) {
            String s = source.apply(r.value());
            if (s.isEmpty()) {
                add(ImportMessage.warning(at(sheet, r.row(), "source"), Messages.get("import.row.noSource")),
                        "nosource");
            } else if (!known.contains(s)) {
                add(ImportMessage.error(at(sheet, r.row(), "source"), Messages.get("import.row.unknownSource",
                        RowReader.quote(s), sheets.get(SheetNames.SOURCES).nameInFile)), "unknownsource");
            }
        }
    }

    private void knownFigureSource(List<Row<FinancialsRow>> rows, String figure, Set<String> known) {
        String column = figureSourceColumn(figure);
        for (Row<FinancialsRow> r : rows) {
            String s = r.value().figureSources().get(figure);
            if (s != null && !known.contains(s)) {
                add(ImportMessage.error(at(SheetNames.FINANCIALS, r.row(), column), Messages.get(
                        "import.row.unknownSource", RowReader.quote(s), sheets.get(SheetNames.SOURCES).nameInFile)),
                        "unknownsource");
            }
        }
    }

    private void summariseCapped() {
        for (var e : kindFirst.entrySet()) {
            int n = kindCounts.get(e.getKey());
            if (n > SAME_KIND_LIMIT) {
                ImportMessage first = e.getValue();
                Location l = first.location();
                messages.add(new ImportMessage(first.severity(), new Location(l.file(), l.sheet(), 0, l.column()),
                        Messages.get("import.more", Integer.toString(n - SAME_KIND_LIMIT))));
            }
        }
    }
}
