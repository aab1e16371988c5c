package org.capexlens.tools;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Claim;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.GpuPrice;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;

/**
 * Builds the default dataset {@code data/ai-economics.xlsx} from {@code data/reference/*.csv} and nothing else.
 * The selection rules are documented in {@code data/README.md}; every rule is applied here in code so that the
 * workbook can be regenerated and checked ({@code DefaultDatasetGeneratorTest}).
 *
 * <p>Run from the project root with the test class path (commands in {@code data/README.md}):
 * <pre>java -cp target/test-classes:target/classes:DEPENDENCIES org.capexlens.tools.DefaultDatasetGenerator</pre>
 * Arguments (all optional): an output {@code .xlsx} path (default {@code data/ai-economics.xlsx}) and
 * {@code --csv DIR} to also write the data sheets as a folder of CSV files.
 *
 * <p>Test scope on purpose: the POI-writing code must not ship in the app.
 */
public final class DefaultDatasetGenerator {
    /** Where the reference CSV files are, relative to the project root. */
    public static final Path REFERENCE_DIR = Path.of("data", "reference");
    /** The committed workbook, relative to the project root. */
    public static final Path OUTPUT = Path.of("data", "ai-economics.xlsx");

    /**
     * What the generator produces.
     *
     * @param dataset  the data sheets.
     * @param readme   the lines of prose of the {@code README} sheet, in order.
     */
    public record Content(Dataset dataset, List<String> readme) {
        public Content {
            Objects.requireNonNull(dataset, "dataset");
            readme = List.copyOf(readme);
        }
    }

    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4}-\\d{2}-\\d{2})(?![\\d-])");
    private static final Pattern YEAR = Pattern.compile("(?:FY)?(\\d{4})");
    private static final Pattern FISCAL_QUARTER = Pattern.compile("Q([1-4]) FY(\\d{4})\\b.*");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    private final Path referenceDir;
    private final Map<String, ReferenceCsv> files = new HashMap<>();
    private final Map<String, Source> sourcesByUrl = new LinkedHashMap<>();
    private final Map<String, String> typeByUrl = new HashMap<>();
    private final List<Company> companies = new ArrayList<>();
    /** Rows whose citation waits for a later phase (see {@link #cite}), per phase. */
    private final Map<Phase, List<ReferenceCsv.Row>> deferred = new EnumMap<>(Phase.class);
    /** The placeholder a deferred row was given → the source id it got when its phase opened. */
    private final Map<String, String> deferredIds = new HashMap<>();
    /** Rows of this phase and earlier ones are cited at once. */
    private Phase open = Phase.NOW;

    private DefaultDatasetGenerator(Path referenceDir) {
        this.referenceDir = referenceDir;
    }

    /**
     * Writes the workbook (and optionally a CSV folder).
     *
     * @param args  {@code [OUTPUT.xlsx] [--csv DIR]}.
     */
    public static void main(String[] args) throws IOException {
        Path out = OUTPUT;
        Path csv = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--csv") && i + 1 < args.length) {
                csv = Path.of(args[++i]);
            } else {
                out = Path.of(args[i]);
            }
        }
        Content content = build(REFERENCE_DIR);
        writeXlsx(content, out);
        System.out.println("wrote " + out + " " + content.dataset().rowCounts());
        if (csv != null) {
            writeCsvFolder(content, csv);
            System.out.println("wrote " + csv);
        }
    }

    /**
     * Builds the dataset from the reference files.
     *
     * @param referenceDir  the folder holding {@code capex.csv}, {@code financials.csv} … (normally
     *                      {@link #REFERENCE_DIR}).
     * @return the data sheets and the README prose.
     * @throws IOException  when a reference file cannot be read.
     * @throws IllegalStateException  when a reference row no longer says what a selection rule expects.
     */
    public static Content build(Path referenceDir) throws IOException {
        return new DefaultDatasetGenerator(referenceDir).run();
    }

    /** Writes {@code content} as an {@code .xlsx} workbook (see {@link DatasetWorkbookWriter#writeXlsx}). */
    public static void writeXlsx(Content content, Path file) throws IOException {
        DatasetWorkbookWriter.writeXlsx(content, file);
    }

    /** Writes the data sheets of {@code content} as one RFC 4180 CSV file per sheet into {@code dir}. */
    public static void writeCsvFolder(Content content, Path dir) throws IOException {
        DatasetWorkbookWriter.writeCsvFolder(content, dir);
    }

    /** Builds from {@link #REFERENCE_DIR} and writes the data sheets as CSV files into {@code dir}. */
    public static void writeCsvFolder(Path dir) throws IOException {
        writeCsvFolder(build(REFERENCE_DIR), dir);
    }

    private Content run() throws IOException {
        for (String name : List.of("capex.csv", "depreciation.csv", "financials.csv", "useful_life_changes.csv",
                "nvidia_revenue.csv", "ai_app_revenue.csv", "gpu_lifetime_evidence.csv", "claims.csv",
                "market_context.csv", "sequoia_method.csv", "gpu_prices.csv", "ppe_classes.csv")) {
            ReferenceCsv f = ReferenceCsv.read(referenceDir.resolve(name));
            files.put(name, f);
            if (f.header().contains("source_type")) {
                for (ReferenceCsv.Row r : f.rows()) {
                    typeByUrl.merge(r.get("source_url"), r.get("source_type"),
                            (a, b) -> a.equals(b) ? a : "");
                }
            }
        }
        companies();
        List<CapexRow> capex = capex();
        List<FinancialsRow> financials = financials();
        List<UsefulLifeChange> lives = usefulLives();
        List<ChipRevenueRow> chips = chipRevenue();
        List<AiRevenueRow> ai = aiRevenue();
        // Claims last, so that their sources take the next ids and no earlier id moves.
        List<Claim> claims = ClaimPicks.build(files, this::cite, lives, this::fiscalYearEndMonth);
        // GPU rental prices (issue 11) after the claims, for the same reason.
        List<GpuPrice> gpuPrices = gpuPrices();
        // Audit 2026-12 rows after all of these, so that their new sources take the next ids and no earlier id moves.
        openPhase(Phase.LATE);
        // Issue 14 calibration inputs next, in the order of their reference ids, for the same reason; those numbered
        // 150-199 (added December 2026) wait for the last phase.
        citeCalibrationInputs(capex, financials);
        // Rows numbered 150-199 (December 2026, issue 14: opening fleets and later calibration inputs) after
        // everything shipped before.
        openPhase(Phase.LAST);
        capex = capex.stream().map(c -> new CapexRow(c.company(), c.fiscalYear(), c.capexUsdB(), c.status(),
                resolve(c.source()), c.note(), c.definition())).toList();
        financials = financials.stream().map(this::resolve).toList();
        ai = ai.stream().map(a -> new AiRevenueRow(a.entity(), a.periodEnd(), a.revenueUsdB(), a.basis(), a.status(),
                resolve(a.source()), a.note())).toList();
        capex = capex.stream().map(this::withFinanceLeases).toList();
        financials = financials.stream().map(this::withPeDepreciation).toList();
        // Issue 10 back-test comparator last, for the same reason.
        lives = lives.stream().map(this::withEffectComparator).toList();
        // Issue 14: companies' own short-lived shares, cited after everything else so that no earlier id moves.
        withShortLivedShares();
        Dataset dataset = new Dataset(companies, capex, financials, lives, chips, ai,
                new ArrayList<>(sourcesByUrl.values()), claims, gpuPrices);
        return new Content(dataset, readme());
    }

    /** Every row of gpu_prices.csv, as it is (all secondary sources, said so in each note). */
    private List<GpuPrice> gpuPrices() {
        List<GpuPrice> out = new ArrayList<>();
        for (ReferenceCsv.Row r : file("gpu_prices.csv").rows()) {
            out.add(new GpuPrice(LocalDate.parse(r.get("date")), r.get("gpu_model"),
                    Double.parseDouble(r.get("usd_per_hour")), r.get("contract_type"), cite(r), r.get("note")));
        }
        return out;
    }

    private ReferenceCsv file(String name) {
        return Objects.requireNonNull(files.get(name), name);
    }

    // ---- sources -----------------------------------------------------------------------------------------------

    /**
     * The source id of a reference row, registering its source on first use. Ids are {@code src-001},
     * {@code src-002} … in order of first use (capex, financials, useful lives, chip revenue, AI revenue).
     *
     * @throws IllegalStateException  when the row's {@code source_url} is not a web address: such rows never
     *                                 supply a figure.
     */
    private String cite(ReferenceCsv.Row row) {
        Phase phase = phaseOf(row);
        if (phase.compareTo(open) > 0) {
            List<ReferenceCsv.Row> waiting = deferred.computeIfAbsent(phase, p -> new ArrayList<>());
            waiting.add(row);
            return DEFERRED + phase + ":" + (waiting.size() - 1);
        }
        String url = row.get("source_url");
        if (!URL.matcher(url).matches()) {
            throw new IllegalStateException(row + ": source_url is not a URL (" + url + "); not usable");
        }
        Source s = sourcesByUrl.get(url);
        if (s == null) {
            String title = row.get("source_title");
            String id = String.format(Locale.ROOT, "src-%03d", sourcesByUrl.size() + 1);
            s = new Source(id, title, url, dateInTitle(title), null, typeByUrl.getOrDefault(url, ""));
            sourcesByUrl.put(url, s);
        }
        return s.id();
    }

    /**
     * When a reference row's source is cited, so that sources added later take the next ids and no id a shipped
     * dataset has moves: {@code NOW} in order of use; {@code LATE}, rows numbered 100 and up (the December 2026
     * audit and what followed it), after everything else of their run; {@code LAST}, rows numbered 150 to 199 (issue
     * 14: opening fleets and later calibration inputs), after the issue 14 calibration inputs.
     */
    private enum Phase { NOW, LATE, LAST }

    private static final String DEFERRED = "deferred:";
    /** Audit rows that replace a source cited by no other row: cited in place, the new page takes the old id. */
    private static final Set<String> IN_PLACE = Set.of("ai_app_revenue-200", "ai_app_revenue-201");

    private static Phase phaseOf(ReferenceCsv.Row row) {
        if (!row.fields().containsKey("id")) {
            return Phase.NOW;
        }
        String id = row.get("id");
        int n = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
        if (n >= 150 && n < 200) {
            return Phase.LAST;
        }
        return n >= 100 && !IN_PLACE.contains(id) ? Phase.LATE : Phase.NOW;
    }

    /** Opens {@code phase}: the rows that waited for it are cited now, in the order they were first used. */
    private void openPhase(Phase phase) {
        open = phase;
        List<ReferenceCsv.Row> waiting = deferred.getOrDefault(phase, List.of());
        for (int i = 0; i < waiting.size(); i++) {
            deferredIds.put(DEFERRED + phase + ":" + i, cite(waiting.get(i)));
        }
    }

    /** The source id behind a placeholder {@link #cite} returned for a deferred row; any other id as it is. */
    private String resolve(String source) {
        return source == null ? null : deferredIds.getOrDefault(source, source);
    }

    private FinancialsRow resolve(FinancialsRow f) {
        String rowSource = resolve(f.source());
        Map<String, String> own = new LinkedHashMap<>();
        f.figureSources().forEach((figure, id) -> {
            String s = resolve(id);
            if (!s.equals(rowSource)) {
                own.put(figure, s);
            }
        });
        return new FinancialsRow(f.company(), f.fiscalYear(), f.revenueUsdB(), f.operatingIncomeUsdB(),
                f.netIncomeUsdB(), f.dAndAUsdB(), f.taxRate(), f.status(), rowSource, own);
    }

    // ---- issue 14: calibration inputs -------------------------------------------------------------------------

    /**
     * Finance-lease additions per company-year: the capex of Microsoft and Amazon leaves out P&amp;E acquired under
     * finance leases, which their filed P&amp;E depreciation includes (Amazon's note says so; Microsoft's finance-lease
     * right-of-use assets sit in property and equipment). Only the sourced years; none is estimated.
     */
    private static final Map<String, String> FINANCE_LEASE_REFS = Map.ofEntries(
            Map.entry("Microsoft:2023", "capex-011"), Map.entry("Microsoft:2024", "capex-012"),
            Map.entry("Microsoft:2025", "capex-013"),
            Map.entry("Amazon:2023", "capex-044"), Map.entry("Amazon:2024", "capex-045"),
            Map.entry("Amazon:2025", "capex-046"),
            Map.entry("Microsoft:2018", "capex-170"), Map.entry("Microsoft:2019", "capex-171"),
            Map.entry("Microsoft:2020", "capex-172"), Map.entry("Microsoft:2021", "capex-173"),
            Map.entry("Microsoft:2022", "capex-174"),
            Map.entry("Amazon:2018", "capex-163"), Map.entry("Amazon:2019", "capex-164"),
            Map.entry("Amazon:2020", "capex-165"));

    /** P&amp;E depreciation from the 10-K notes, the calibration's comparator where D&amp;A holds more. */
    private static final Map<String, String> PE_DEPRECIATION_REFS = Map.ofEntries(
            Map.entry("Microsoft:2017", "depreciation-101"), Map.entry("Microsoft:2018", "depreciation-102"),
            Map.entry("Microsoft:2020", "depreciation-103"), Map.entry("Microsoft:2021", "depreciation-104"),
            Map.entry("Microsoft:2022", "depreciation-105"), Map.entry("Microsoft:2023", "depreciation-106"),
            Map.entry("Microsoft:2024", "depreciation-107"), Map.entry("Microsoft:2025", "depreciation-108"),
            Map.entry("Amazon:2022", "depreciation-112"), Map.entry("Amazon:2023", "depreciation-113"),
            Map.entry("Amazon:2024", "depreciation-114"),
            Map.entry("Microsoft:2019", "depreciation-170"), Map.entry("Amazon:2018", "depreciation-160"),
            Map.entry("Amazon:2021", "depreciation-180"));

    /**
     * Cites the issue 14 inputs that some row uses in the order of their reference ids (capex-011 before
     * depreciation-101 before capex-170), not in row order: a row added later (a higher id) for an earlier year then
     * takes the next source id and no source id cited before it moves.
     */
    private void citeCalibrationInputs(List<CapexRow> capex, List<FinancialsRow> financials) {
        List<ReferenceCsv.Row> used = new ArrayList<>();
        for (CapexRow c : capex) {
            String ref = FINANCE_LEASE_REFS.get(c.company() + ":" + c.fiscalYear());
            if (ref != null) {
                used.add(file("capex.csv").byId(ref));
            }
        }
        for (FinancialsRow f : financials) {
            String ref = PE_DEPRECIATION_REFS.get(f.company() + ":" + f.fiscalYear());
            if (ref != null) {
                used.add(file("depreciation.csv").byId(ref));
            }
        }
        used.sort(Comparator.comparingInt(DefaultDatasetGenerator::idNumber));
        used.forEach(this::cite);
    }

    /** The number at the end of a reference row id: 170 for {@code capex-170}. */
    private static int idNumber(ReferenceCsv.Row row) {
        String id = row.get("id");
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }

    private CapexRow withFinanceLeases(CapexRow c) {
        String ref = FINANCE_LEASE_REFS.get(c.company() + ":" + c.fiscalYear());
        if (ref == null) {
            return c;
        }
        ReferenceCsv.Row r = file("capex.csv").byId(ref);
        expect(r, "entity", c.company());
        expectYear(r, c.fiscalYear());
        String src = cite(r);
        return new CapexRow(c.company(), c.fiscalYear(), c.capexUsdB(), c.status(), c.source(),
                c.note() + "; finance-lease additions ref " + ref, c.definition(),
                Double.parseDouble(r.get("value")), src.equals(c.source()) ? "" : src);
    }

    private FinancialsRow withPeDepreciation(FinancialsRow f) {
        String ref = PE_DEPRECIATION_REFS.get(f.company() + ":" + f.fiscalYear());
        if (ref == null) {
            return f;
        }
        ReferenceCsv.Row r = file("depreciation.csv").byId(ref);
        expect(r, "entity", f.company());
        expectYear(r, f.fiscalYear());
        String src = cite(r);
        Map<String, String> own = new LinkedHashMap<>(f.figureSources());
        if (!src.equals(f.source())) {
            own.put(FinancialsRow.DEPRECIATION_PE, src);
        }
        return new FinancialsRow(f.company(), f.fiscalYear(), f.revenueUsdB(), f.operatingIncomeUsdB(),
                f.netIncomeUsdB(), f.dAndAUsdB(), f.taxRate(), f.status(), f.source(), own,
                Double.parseDouble(r.get("value")));
    }

    // ---- issue 14: companies' own short-lived shares ------------------------------------------------------------

    /** Servers' life and the long-lived life the model used in 2018, years (useful_lives; DESIGN §3.2 default). */
    private static final double SERVER_LIFE_2018 = 4;
    private static final double LONG_LIVED_LIFE = 20;

    /**
     * Meta's short-lived share, the only one estimated: Meta alone disclosed, before 2021, how its P&amp;E
     * depreciation splits between servers/network and the rest. With 2018's split d = network equipment / total
     * P&amp;E depreciation (depreciation-148 / depreciation-149: 2.94 / 3.68 = 0.7989) and equal vintages (steady
     * state), d = (s/Ls) / (s/Ls + (1 − s)/Ll), so s = (d/Ll) / ((1 − d)/Ls + d/Ll) = 0.03995 / (0.05027 + 0.03995)
     * = 0.4428 with Ls = 4 and Ll = 20; shipped rounded to 0.44. Fitted on a year before 2021, so the 2021–2025
     * calibration stays out of sample.
     */
    private void withShortLivedShares() {
        ReferenceCsv.Row network = file("depreciation.csv").byId("depreciation-148");
        ReferenceCsv.Row total = file("depreciation.csv").byId("depreciation-149");
        expect(network, "entity", "Meta");
        expect(total, "entity", "Meta");
        expectYear(network, 2018);
        expectYear(total, 2018);
        double d = Double.parseDouble(network.get("value")) / Double.parseDouble(total.get("value"));
        double s = (d / LONG_LIVED_LIFE) / ((1 - d) / SERVER_LIFE_2018 + d / LONG_LIVED_LIFE);
        double share = Math.round(s * 100) / 100.0;
        // One source for both figures: the 10-K 2020 page of depreciation-148 also states the 3.68 of 2018
        // (depreciation-149's note), so no page is listed that nothing cites.
        String source = cite(network);
        companies.replaceAll(c -> c.id().equals("Meta") ? c.withShortLivedShare(share, source,
                "estimate: from Meta's 2018 depreciation split (network equipment 2.94 of 3.68) with servers 4 y "
                        + "and long-lived 20 y, steady state; fitted on a year before 2021, so 2021–2025 "
                        + "calibration stays out of sample") : c);
        withAmazonEquipment();
    }

    /**
     * Issue 10: Amazon's short-lived part split into servers and network equipment, whose lives its useful_lives
     * rows change, and other equipment (heavy and fulfilment equipment), whose stated lives (10 y; 3–7 y) no server
     * change touches. The split is the 10-K 2025 P&amp;E note's first breakdown of equipment, at 31 December 2024
     * (ppe_classes-123/124/135): servers and networking S = 113.2, heavy H = 52.2, other O = equipment 218.893 − S − H
     * = 53.493. A gross balance holds about a life's worth of spending, so each class's yearly spending is its
     * balance / its life (servers and network 6 y, the life in force at that date; heavy 10 y; other 5 y, the middle
     * of 3–7): servers' part f = (S/6) / (S/6 + H/10 + O/5) = 18.867 / 34.786 = 0.5424. Amazon's short-lived part
     * stays the default 0.5 (which its filed depreciation supports), so s = 0.5 f = 0.27 and e = 0.5 − 0.27 = 0.23,
     * depreciated over (H + O) / (H/10 + O/5) = 105.693 / 15.919 = 6.64 y, shipped as 6.6. No back-test figure
     * enters it.
     */
    private void withAmazonEquipment() {
        ReferenceCsv ppe = file("ppe_classes.csv");
        ReferenceCsv.Row servers = ppe.byId("ppe_classes-123");
        ReferenceCsv.Row heavy = ppe.byId("ppe_classes-124");
        ReferenceCsv.Row equipment = ppe.byId("ppe_classes-135");
        ReferenceCsv.Row heavyLife = ppe.byId("ppe_classes-138");
        ReferenceCsv.Row otherLife = ppe.byId("ppe_classes-139");
        for (ReferenceCsv.Row r : List.of(servers, heavy, equipment, heavyLife, otherLife)) {
            expect(r, "entity", "Amazon");
        }
        expectYear(servers, 2024);
        expectYear(heavy, 2024);
        expectYear(equipment, 2024);
        double sv = Double.parseDouble(servers.get("value"));
        double hv = Double.parseDouble(heavy.get("value"));
        double ov = Double.parseDouble(equipment.get("value")) - sv - hv;
        double lh = Double.parseDouble(heavyLife.get("value"));
        double lo = Double.parseDouble(otherLife.get("value"));
        double serverFraction = (sv / AMAZON_SERVER_LIFE_2024) / (sv / AMAZON_SERVER_LIFE_2024 + hv / lh + ov / lo);
        double share = Math.round(AMAZON_SHORT_LIVED_PART * serverFraction * 100) / 100.0;
        double equipmentShare = Math.round((AMAZON_SHORT_LIVED_PART - share) * 100) / 100.0;
        double equipmentLife = Math.round((hv + ov) / (hv / lh + ov / lo) * 10) / 10.0;
        // The split's page and the lives' page; the equipment total's page is the third figure's.
        String source = cite(servers);
        String totalSource = cite(equipment);
        String livesSource = cite(heavyLife);
        companies.replaceAll(c -> c.id().equals("Amazon") ? c.withShortLivedShare(share, source,
                "estimate: servers and network are 0.54 of Amazon's equipment spending (10-K 2025 P&E note at "
                        + "2024-12-31: servers and networking 113.2, heavy 52.2, other 53.5 of 218.9, each over its "
                        + "life: 6, 10 and 5 y), so 0.27 of the default 0.5; other equipment 0.23 over 6.6 y "
                        + "(stated lives 10 and 3–7 y), untouched by server-life changes; equipment total "
                        + totalSource + ", lives " + livesSource)
                .withEquipment(equipmentShare, equipmentLife) : c);
    }

    /** Amazon's server and network life at 31 December 2024 (useful_lives: 6 y from 2024-01-01). */
    private static final double AMAZON_SERVER_LIFE_2024 = 6;
    /** The short-lived part the split divides: the model's default share (DESIGN §3.2). */
    private static final double AMAZON_SHORT_LIVED_PART = 0.5;

    private static boolean isUrl(ReferenceCsv.Row row) {
        return URL.matcher(row.get("source_url")).matches();
    }

    /** The ISO date written in a title, e.g. "(2025-07-31)", or {@code null}. */
    static LocalDate dateInTitle(String title) {
        Matcher m = ISO_DATE.matcher(title);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- companies ---------------------------------------------------------------------------------------------

    private void companies() {
        // CIKs (issue 16): from the sec.gov/Archives/edgar/data/<cik>/ addresses of the reference rows (Microsoft,
        // Alphabet, Amazon, Meta, Oracle) and, for the two without one, from EDGAR pages found with the search
        // tool: Nvidia https://www.sec.gov/Archives/edgar/data/1045810/000104581024000124/0001045810-24-000124.txt
        // ("CENTRAL INDEX KEY: 0001045810"), CoreWeave
        // https://www.sec.gov/Archives/edgar/data/1769628/000095012325001589/filename1.htm ("CIK No. 0001769628").
        // OpenAI and Anthropic file nothing with the SEC: no CIK.
        companies.add(new Company("Microsoft", "Microsoft", 6, Role.HYPERSCALER, "789019"));
        companies.add(new Company("Alphabet", "Alphabet (Google)", 12, Role.HYPERSCALER, "1652044"));
        companies.add(new Company("Amazon", "Amazon", 12, Role.HYPERSCALER, "1018724"));
        companies.add(new Company("Meta", "Meta Platforms", 12, Role.HYPERSCALER, "1326801"));
        companies.add(new Company("Oracle", "Oracle", 5, Role.HYPERSCALER, "1341439"));
        companies.add(new Company("CoreWeave", "CoreWeave", 12, Role.HYPERSCALER, "1769628"));
        companies.add(new Company("Nvidia", "Nvidia", 1, Role.CHIP_VENDOR, "1045810"));
        companies.add(new Company("OpenAI", "OpenAI", 12, Role.AI_LAB));
        companies.add(new Company("Anthropic", "Anthropic", 12, Role.AI_LAB));
    }

    private int fiscalYearEndMonth(String company) {
        return companies.stream().filter(c -> c.id().equals(company)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown company " + company)).fiscalYearEndMonth();
    }

    // ---- capex -------------------------------------------------------------------------------------------------

    /**
     * One capex row to take: the reference row, the company-year it must describe and the definition.
     *
     * @param plus      a second reference row of the same company-year whose value is added ({@code null}: none);
     *                  the row cites {@code ref}'s source and names {@code plus} in the note.
     * @param basis     the {@code definition} column when the reference row's metric does not say it
     *                  ({@code null}: from the metric, {@link #capexDefinition}).
     */
    private record CapexPick(String ref, String company, int year, String definition, String plus, String basis) {
        CapexPick(String ref, String company, int year, String definition) {
            this(ref, company, year, definition, null, null);
        }
    }

    private static final String MSFT_CASH = "cash additions to property and equipment (cash flow statement); "
            + "excludes finance leases";
    private static final String PURCHASES = "purchases of property and equipment (cash flow statement)";
    private static final String AMZN_PURCHASES = PURCHASES + "; excludes finance leases; gross of proceeds "
            + "from sales and incentives";
    /** Meta's headline capex (audit 2026-12 row A1): one definition for every year. */
    private static final String META_HEADLINE = "company-reported capital expenditures including principal payments "
            + "on finance leases";
    private static final String META_SUM = "capital expenditures including principal payments on finance leases, "
            + "Meta's headline definition: purchases of property and equipment + principal payments on finance leases "
            + "(cash flow statement), ";
    private static final String INCL_PRINCIPAL = "incl. finance-lease principal";
    private static final String ORCL_CAPEX = "capital expenditures (cash flow statement)";

    private static List<CapexPick> capexPicks() {
        List<CapexPick> p = new ArrayList<>();
        p.add(new CapexPick("capex-083", "Microsoft", 2017, MSFT_CASH + "; opening fleet (issue 14)"));
        for (int i = 1; i <= 8; i++) {
            p.add(new CapexPick(ref("capex", i), "Microsoft", 2017 + i, MSFT_CASH));
        }
        p.add(new CapexPick("capex-084", "Alphabet", 2017, PURCHASES + "; opening fleet (issue 14)"));
        for (int i = 20; i <= 27; i++) {
            p.add(new CapexPick(ref("capex", i), "Alphabet", 1998 + i, PURCHASES));
        }
        p.add(new CapexPick("capex-082", "Alphabet", 2026, "latest guidance, raised with the Q1 2026 results; "
                + "supersedes 175–185 disclosed in the SEC filing of 2026-02-04 (capex-029)"));
        // Issue 14: Amazon's cash purchases of 2015–2017 (capex-160…162, 10-K 2017, gross of incentives like
        // capex-030…037), the fleet that 2018–2021 still depreciates.
        for (int i = 160; i <= 162; i++) {
            p.add(new CapexPick(ref("capex", i), "Amazon", 1855 + i, AMZN_PURCHASES + "; opening fleet (issue 14)"));
        }
        for (int i = 30; i <= 37; i++) {
            String extra = i == 37 ? "; AP reported $125B for 2025 (capex-038, rounded or net), not used" : "";
            p.add(new CapexPick(ref("capex", i), "Amazon", 1988 + i, AMZN_PURCHASES + extra));
        }
        // Audit 2026-12 A12: Amazon's 'capital expenditures' are net of proceeds and incentives (its free-cash-flow
        // line "purchases of property and equipment, net", e.g. https://www.filingradar.com/company/AMZN/filings/
        // 0001018724-25-000086: "TTM purchases of property and equipment, net, from $(54,979) million to
        // $(102,953) million"), the 2018-2025 rows above are gross.
        p.add(new CapexPick("capex-047", "Amazon", 2026, "guidance 'about $200 billion' (Q4 2025 call, "
                + "2026-02-05), a point value; on Amazon's cash-capex basis, NET of proceeds from sales and incentives "
                + "('purchases of property and equipment, net'), a few per cent below the gross purchases of the "
                + "2018–2025 rows (2025: 131.8 gross)"));
        // Audit 2026-12 A1: Meta on its headline definition, "capital expenditures, including principal payments on
        // finance leases", every year. 2019 and 2024 are the releases' own figures; 2020-2023 add the two cash-flow
        // lines (no release text for them in the stored pages; the sum reproduces the releases where both are
        // known: 2019 15.102 + 0.552 = 15.654 vs 15.65, 2024 37.256 + 1.969 = 39.225 vs 39.23).
        p.add(new CapexPick("capex-048", "Meta", 2018, "company-reported capital expenditures of 2018, taken as the "
                + "headline definition: 2019 is the first year Facebook reported capex 'including principal payments "
                + "on finance leases' (capex-049), the 2018 release reports 'Capital expenditures' with no such "
                + "component; any 2018 capital-lease principal (not found in stored pages) is missing", null,
                INCL_PRINCIPAL));
        p.add(new CapexPick("capex-049", "Meta", 2019, META_HEADLINE));
        p.add(new CapexPick("capex-050", "Meta", 2020, META_SUM + "15.115 + 0.604 (capex-200)", "capex-200", null));
        p.add(new CapexPick("capex-051", "Meta", 2021, META_SUM + "18.567 + 0.677 (capex-201)", "capex-201", null));
        p.add(new CapexPick("capex-052", "Meta", 2022, META_SUM + "31.186 + 0.850 (capex-055)", "capex-055", null));
        p.add(new CapexPick("capex-053", "Meta", 2023, META_SUM + "27.045 + 1.058 (capex-056)", "capex-056", null));
        p.add(new CapexPick("capex-202", "Meta", 2024, META_HEADLINE + " (release); purchases of P&E 37.256 "
                + "(capex-054) + principal 1.969 (capex-057) = 39.225"));
        p.add(new CapexPick("capex-058", "Meta", 2025, META_HEADLINE));
        p.add(new CapexPick("capex-081", "Meta", 2026, "latest guidance, raised with the Q1 2026 results; "
                + "supersedes 115–135 of the Q4 2025 release (capex-060), whose capex includes principal payments "
                + "on finance leases"));
        // Issue 14: Oracle's fleet bought before FY2020 (capex-150…155 = FY2014–FY2019, secondary tables of the
        // 10-K line); without them nothing bought before FY2020 depreciates.
        for (int i = 150; i <= 155; i++) {
            p.add(new CapexPick(ref("capex", i), "Oracle", 1864 + i, ORCL_CAPEX + "; opening fleet (issue 14)"));
        }
        for (int i = 62; i <= 67; i++) {
            p.add(new CapexPick(ref("capex", i), "Oracle", 1958 + i, ORCL_CAPEX));
        }
        p.add(new CapexPick("capex-080", "Oracle", 2026, ORCL_CAPEX + "; reported after the fiscal year ended "
                + "2026-05-31 (press citing Reuters); supersedes the guidance of ~$50B (capex-070) and $25B "
                + "(capex-069)"));
        p.add(new CapexPick("capex-073", "CoreWeave", 2025, "latest guidance (Nov 2025); supersedes the May 2025 "
                + "range 20–23 (capex-072); the reference data has no reported full-year figure"));
        p.add(new CapexPick("capex-075", "CoreWeave", 2026, "guidance (reported 2026-03-06)"));
        return p;
    }

    private static String ref(String file, int n) {
        return String.format(Locale.ROOT, "%s-%03d", file, n);
    }

    private List<CapexRow> capex() {
        ReferenceCsv f = file("capex.csv");
        List<CapexRow> rows = new ArrayList<>();
        for (CapexPick p : capexPicks()) {
            rows.add(capexRow(p, f));
        }
        return rows;
    }

    /** The capex row of one pick, its source cited now. */
    private CapexRow capexRow(CapexPick p, ReferenceCsv f) {
        ReferenceCsv.Row r = f.byId(p.ref());
        expect(r, "entity", p.company());
        expectYear(r, p.year());
        boolean guidance = r.get("period_type").equals("guidance");
        Status status = guidance ? Status.GUIDANCE : status(r);
        StringBuilder note = new StringBuilder("ref ").append(p.ref()).append("; ").append(p.definition());
        double value;
        Optional<Double> v = r.number("value");
        if (p.plus() != null) {
            ReferenceCsv.Row plus = f.byId(p.plus());
            expect(plus, "entity", p.company());
            expectYear(plus, p.year());
            v = Optional.of(new BigDecimal(r.get("value")).add(new BigDecimal(plus.get("value"))).doubleValue());
        }
        Optional<Double> low = r.number("value_low");
        Optional<Double> high = r.number("value_high");
        if (v.isPresent()) {
            value = v.get();
        } else if (low.isPresent() && high.isPresent()) {
            value = midpoint(low.get(), high.get());
            note.append("; midpoint of guidance range ").append(plain(low.get())).append('–')
                    .append(plain(high.get())).append(" (USD bn)");
        } else {
            throw new IllegalStateException(r + ": no value and no range");
        }
        return new CapexRow(p.company(), p.year(), value, status, cite(r), note.toString(),
                !FILL_DEFINITIONS ? "" : p.basis() != null ? p.basis() : sumDefinition(p, r));
    }

    /**
     * The {@code definition} of a capex row (issue 16), from the reference row's metric text: what the figure
     * counts, in the short fixed wording {@code validate} compares. Guidance that does not say what it counts gets
     * none (the check skips it).
     */
    // Issue 16: on since Meta's series is one definition (audit 2026-12 row A1); before that the shipped workbook
    // would have carried validate's mixed-definition warning. The pre-correction copy with definitions is
    // src/test/resources/fixtures/sec/ai-economics-2026-12-before-correction.xlsx (MixedCapexDefinitionsTest).
    static final boolean FILL_DEFINITIONS = true;

    /** The definition of a summed pick is the headline one: the sum is purchases of P&E + finance-lease principal. */
    private static String sumDefinition(CapexPick p, ReferenceCsv.Row r) {
        return p.plus() != null ? INCL_PRINCIPAL : capexDefinition(r.get("metric"));
    }

    static String capexDefinition(String metric) {
        String m = metric.toLowerCase(Locale.ROOT);
        if (m.contains("principal payments on finance leases")) {
            return "incl. finance-lease principal";
        }
        if (m.contains("including finance leases") || m.contains("incl. finance leases")) {
            return "incl. finance leases";
        }
        if (m.contains("guidance")) {
            return "";
        }
        if (m.contains("purchases of property and equipment") || m.contains("additions to property and equipment")
                || m.startsWith("capital expenditures (cash flow statement)")
                || m.startsWith("capital expenditures (company-reported)")) {
            return "purchases of P&E";
        }
        return "";
    }

    private static double midpoint(double low, double high) {
        return new BigDecimal(plain(low)).add(new BigDecimal(plain(high))).divide(BigDecimal.valueOf(2))
                .doubleValue();
    }

    // ---- financials --------------------------------------------------------------------------------------------

    /** A figure taken for a financials row. */
    private record Figure(double value, ReferenceCsv.Row row) {
    }

    /** The D&A line used per company (the company's own cash-flow line; definitions differ). */
    private static final Map<String, String> D_AND_A_LINE = Map.of(
            "Microsoft", "Depreciation, amortization, and other (cash flow statement)",
            "Alphabet", "Depreciation of property and equipment (cash flow statement)",
            "Amazon", "Depreciation and amortization (incl. capitalized content, operating lease assets, other)",
            "Meta", "Depreciation and amortization (cash flow statement)",
            "Oracle", "Depreciation (cash flow statement; excludes amortization of intangibles)");

    private static final List<String> FIGURE_ORDER = List.of(FinancialsRow.REVENUE, FinancialsRow.OPERATING_INCOME,
            FinancialsRow.NET_INCOME, FinancialsRow.D_AND_A, FinancialsRow.TAX_RATE);

    private List<FinancialsRow> financials() {
        // company -> fiscal year -> figure column -> figure
        Map<String, TreeMap<Integer, Map<String, Figure>>> table = new LinkedHashMap<>();
        companies.forEach(c -> table.put(c.id(), new TreeMap<>()));
        for (ReferenceCsv.Row r : file("financials.csv").rows()) {
            String figure = switch (r.get("metric")) {
                case "revenue" -> FinancialsRow.REVENUE;
                case "operating_income" -> FinancialsRow.OPERATING_INCOME;
                case "net_income" -> FinancialsRow.NET_INCOME;
                case "tax_rate" -> FinancialsRow.TAX_RATE;
                default -> null; // cloud_* and ppe_* are not columns of the sheet
            };
            if (figure == null || !isUrl(r)) {
                continue;
            }
            double value;
            if (figure.equals(FinancialsRow.TAX_RATE)) {
                expect(r, "unit", "percent");
                value = new BigDecimal(r.get("value")).movePointLeft(2).doubleValue();
            } else {
                expect(r, "unit", "USD billions");
                value = Double.parseDouble(r.get("value"));
            }
            put(table, r.get("company"), year(r.get("fiscal_year"), r), figure, new Figure(value, r));
        }
        for (ReferenceCsv.Row r : file("depreciation.csv").rows()) {
            String line = D_AND_A_LINE.get(r.get("entity"));
            String periodType = r.get("period_type");
            // Only the company's own line, only full fiscal years: no quarters, no trailing twelve months.
            if (line == null || !line.equals(r.get("metric"))
                    || !(periodType.equals("fiscal_year") || periodType.equals("calendar_year")) || !isUrl(r)) {
                continue;
            }
            expect(r, "unit", "USD billions");
            put(table, r.get("entity"), year(r.get("period"), r), FinancialsRow.D_AND_A,
                    new Figure(Double.parseDouble(r.get("value")), r));
        }
        // Audit 2026-12 A6: Alphabet 2021 and 2022 as the sums of the filed quarters, the presentation of 2020, 2023
        // and 2024 (whose full-year values equal their filed quarters' sums on the same page: 2,899 + 3,178 + 3,289 +
        // 3,539 = 12,905; 2,635 + 2,824 + 4,551 + 1,936 = 11,946; 3,413 + 3,708 + 3,985 + 4,205 = 15,311), in place
        // of the re-presented 10.273 / 13.475 of later 10-Ks (depreciation-013, -014).
        ReferenceCsv dep = file("depreciation.csv");
        for (int year = 2021; year <= 2022; year++) {
            BigDecimal sum = BigDecimal.ZERO;
            ReferenceCsv.Row first = null;
            for (int q = 1; q <= 4; q++) {
                ReferenceCsv.Row r = dep.byId(ref("depreciation", 200 + (year - 2021) * 4 + q - 1));
                expect(r, "entity", "Alphabet");
                expect(r, "period", "Q" + q + " " + year);
                sum = sum.add(new BigDecimal(r.get("value")));
                first = first == null ? r : first;
            }
            table.get("Alphabet").get(year).put(FinancialsRow.D_AND_A, new Figure(sum.doubleValue(), first));
        }
        List<FinancialsRow> rows = new ArrayList<>();
        table.forEach((company, years) -> years.forEach((year, figures) -> rows.add(financialsRow(company, year,
                figures))));
        return rows;
    }

    private static void put(Map<String, TreeMap<Integer, Map<String, Figure>>> table, String company, int year,
            String figure, Figure value) {
        TreeMap<Integer, Map<String, Figure>> years = table.get(company);
        if (years == null) {
            throw new IllegalStateException(value.row() + ": company " + company + " is not in the companies list");
        }
        Map<String, Figure> figures = years.computeIfAbsent(year, y -> new HashMap<>());
        Figure earlier = figures.get(figure);
        // Two values for one company-year-figure: keep the filing one; between equals keep the first.
        if (earlier == null || (!isFiling(earlier.row()) && isFiling(value.row()))) {
            figures.put(figure, value);
        }
    }

    private static boolean isFiling(ReferenceCsv.Row r) {
        return r.get("confidence").equals("filing");
    }

    private FinancialsRow financialsRow(String company, int year, Map<String, Figure> figures) {
        Map<String, String> sourceOf = new LinkedHashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        boolean estimate = false;
        for (String figure : FIGURE_ORDER) {
            Figure f = figures.get(figure);
            if (f != null) {
                String id = cite(f.row());
                sourceOf.put(figure, id);
                uses.merge(id, 1, Integer::sum);
                estimate |= f.row().get("confidence").equals("estimate");
            }
        }
        // The row cites the source most of its figures share (first in column order on a tie); the others get
        // a per-figure source.
        String rowSource = null;
        int best = 0;
        for (var e : uses.entrySet()) {
            if (e.getValue() > best) {
                rowSource = e.getKey();
                best = e.getValue();
            }
        }
        Map<String, String> own = new LinkedHashMap<>();
        for (var e : sourceOf.entrySet()) {
            if (!e.getValue().equals(rowSource)) {
                own.put(e.getKey(), e.getValue());
            }
        }
        return new FinancialsRow(company, year, value(figures, FinancialsRow.REVENUE),
                value(figures, FinancialsRow.OPERATING_INCOME), value(figures, FinancialsRow.NET_INCOME),
                value(figures, FinancialsRow.D_AND_A), value(figures, FinancialsRow.TAX_RATE),
                estimate ? Status.ESTIMATE : Status.REPORTED, rowSource, own);
    }

    private static Double value(Map<String, Figure> figures, String figure) {
        Figure f = figures.get(figure);
        return f == null ? null : f.value();
    }

    // ---- useful lives ------------------------------------------------------------------------------------------

    /**
     * One useful-life entry: the reference row it comes from, the class and date, the life, and (for a change
     * with a stated effect) the effect in USD billions with our sign (positive raises operating income).
     */
    private record LifePick(String ref, String company, String assetClass, LocalDate from, double life,
            Double effect, String metric, String period, String basis, double share) {
    }

    /** Audit 2026-12 row A8: the stated effects that were forecasts (on the assets held at the change date). */
    private static final String EXPECTED = UsefulLifeChange.EXPECTED;
    /** Audit 2026-12 row A8: the effects reported after the period. */
    private static final String ACTUAL = UsefulLifeChange.ACTUAL;

    /**
     * Amazon 2025 ("a subset of our servers and networking equipment", 10-K 2024): the filings and the press give no
     * size for the subset. A scenario assumption, not a sourced figure and not fitted to the stated −0.7: half of the
     * fleet, the middle of the possible range (0, 1]. data/README.md gives the reasoning.
     */
    static final double AMAZON_2025_SUBSET_SHARE = 0.5;

    private static final LocalDate START = LocalDate.of(2015, 1, 1);

    private static List<LifePick> lifePicks() {
        return List.of(
                start("useful_life_changes-002", "Microsoft", "servers", 3),
                new LifePick("useful_life_changes-002", "Microsoft", "servers", LocalDate.of(2020, 7, 1), 4, 2.7,
                        "operating income", "FY2021", EXPECTED, 1),
                new LifePick("useful_life_changes-007", "Microsoft", "servers", LocalDate.of(2022, 7, 1), 6, 3.7,
                        "operating income", "FY2023", EXPECTED, 1),
                start("useful_life_changes-002", "Microsoft", "network", 2),
                change("useful_life_changes-002", "Microsoft", "network", LocalDate.of(2020, 7, 1), 4),
                change("useful_life_changes-007", "Microsoft", "network", LocalDate.of(2022, 7, 1), 6),
                start("useful_life_changes-003", "Alphabet", "servers", 3),
                new LifePick("useful_life_changes-003", "Alphabet", "servers", LocalDate.of(2021, 1, 1), 4, 2.1,
                        "operating income", "2021", EXPECTED, 1),
                new LifePick("useful_life_changes-008", "Alphabet", "servers", LocalDate.of(2023, 1, 1), 6, 3.9,
                        "depreciation expense", "2023", ACTUAL, 1),
                start("useful_life_changes-003", "Alphabet", "network", 3),
                change("useful_life_changes-003", "Alphabet", "network", LocalDate.of(2021, 1, 1), 5),
                change("useful_life_changes-008", "Alphabet", "network", LocalDate.of(2023, 1, 1), 6),
                start("useful_life_changes-001", "Amazon", "servers", 3),
                new LifePick("useful_life_changes-001", "Amazon", "servers", LocalDate.of(2020, 1, 1), 4, 2.3,
                        "operating income", "2020", EXPECTED, 1),
                new LifePick("useful_life_changes-005", "Amazon", "servers", LocalDate.of(2022, 1, 1), 5, 0.973,
                        "depreciation and amortization expense", "Q1 2022", ACTUAL, 1),
                new LifePick("useful_life_changes-012", "Amazon", "servers", LocalDate.of(2024, 1, 1), 6, 0.9,
                        "net income", "Q1 2024", EXPECTED, 1),
                new LifePick("useful_life_changes-014", "Amazon", "servers", LocalDate.of(2025, 1, 1), 5, -0.7,
                        "operating income", "2025", EXPECTED, AMAZON_2025_SUBSET_SHARE),
                start("useful_life_changes-005", "Amazon", "network", 5),
                change("useful_life_changes-005", "Amazon", "network", LocalDate.of(2022, 1, 1), 6),
                new LifePick("useful_life_changes-014", "Amazon", "network", LocalDate.of(2025, 1, 1), 5, null, "", "",
                        "", AMAZON_2025_SUBSET_SHARE),
                start("useful_life_changes-006", "Meta", "servers", 4),
                change("useful_life_changes-006", "Meta", "servers", LocalDate.of(2022, 4, 1), 4.5),
                change("useful_life_changes-006", "Meta", "servers", LocalDate.of(2022, 10, 1), 5),
                new LifePick("useful_life_changes-013", "Meta", "servers", LocalDate.of(2025, 1, 1), 5.5, 2.9,
                        "depreciation expense", "2025", EXPECTED, 1),
                start("useful_life_changes-018", "Oracle", "servers", 4),
                new LifePick("useful_life_changes-018", "Oracle", "servers", LocalDate.of(2022, 6, 1), 5, 0.131,
                        "operating income", "Q1 FY2023", ACTUAL, 1),
                start("useful_life_changes-011", "CoreWeave", "servers", 5),
                change("useful_life_changes-011", "CoreWeave", "servers", LocalDate.of(2023, 1, 1), 6));
    }

    /**
     * Issue 10: a back-tested change compared with another statement of its effect than the one its life row cites,
     * attached last so that the new source takes the next id and no earlier id moves.
     *
     * @param metricPrefix  how the reference row's metric must begin (checked, so a changed row fails loudly).
     */
    private record EffectComparator(String company, LocalDate from, String ref, String metricPrefix, String metric,
            String period, String basis) {
    }

    private static final List<EffectComparator> EFFECT_COMPARATORS = List.of(
            // Alphabet 2021: the reduction in depreciation the 10-Q reported for the six months ended 30 June 2021
            // (+1.6, Calcbench quoting it) — a realised effect, as Alphabet 2023, Amazon 2022 and Oracle FY2023 are
            // compared with — rather than the forecast for the year relayed by the press (+2.1, -003, DuDil).
            new EffectComparator("Alphabet", LocalDate.of(2021, 1, 1), "useful_life_changes-004",
                    "Reduction in depreciation expense", "depreciation expense", "H1 2021", ACTUAL),
            // Amazon Q1 2024 as its results release words it, "approximately $0.9 billion lower depreciation
            // expense" within the operating-income guidance (-100), not as the press read it, a contribution to
            // net income (-012): compared before tax, not after.
            new EffectComparator("Amazon", LocalDate.of(2024, 1, 1), "useful_life_changes-100",
                    "Expected reduction in depreciation", "depreciation expense", "Q1 2024", EXPECTED));

    private UsefulLifeChange withEffectComparator(UsefulLifeChange c) {
        for (EffectComparator e : EFFECT_COMPARATORS) {
            if (!(c.company().equals(e.company()) && c.assetClass().equals("servers")
                    && c.effectiveFrom().equals(e.from()))) {
                continue;
            }
            ReferenceCsv.Row r = file("useful_life_changes.csv").byId(e.ref());
            expect(r, "entity", e.company());
            expect(r, "period", e.period());
            if (!r.get("metric").startsWith(e.metricPrefix())) {
                throw new IllegalStateException(r + " no longer states '" + e.metricPrefix() + "'");
            }
            return new UsefulLifeChange(c.company(), c.assetClass(), c.effectiveFrom(), c.lifeYears(),
                    r.number("value").orElseThrow(), e.metric(), e.period(), cite(r), c.fleetShare(), e.basis());
        }
        return c;
    }

    private static LifePick start(String ref, String company, String assetClass, double life) {
        return new LifePick(ref, company, assetClass, START, life, null, "", "", "", 1);
    }

    private static LifePick change(String ref, String company, String assetClass, LocalDate from, double life) {
        return new LifePick(ref, company, assetClass, from, life, null, "", "", "", 1);
    }

    private List<UsefulLifeChange> usefulLives() {
        ReferenceCsv f = file("useful_life_changes.csv");
        List<UsefulLifeChange> rows = new ArrayList<>();
        for (LifePick p : lifePicks()) {
            ReferenceCsv.Row r = f.byId(p.ref());
            expect(r, "entity", p.company());
            String life = plain(p.life());
            String stated = r.get("from_years") + " " + r.get("to_years") + " " + r.get("effective_period") + " "
                    + r.get("source_location");
            if (!Pattern.compile("(?<![\\d.])" + Pattern.quote(life) + "(?![\\d.])").matcher(stated).find()) {
                throw new IllegalStateException(r + " does not state a life of " + life + " years");
            }
            if (p.effect() != null) {
                double stat = r.number("value").orElseThrow(() -> new IllegalStateException(r + ": no effect"));
                if (Math.abs(p.effect()) != stat) {
                    throw new IllegalStateException(r + " states an effect of " + stat + ", not " + p.effect());
                }
                boolean shorten = r.get("direction").equals("shorten");
                if ((p.effect() < 0) != shorten) {
                    throw new IllegalStateException(r + ": sign of the effect does not match " + r.get("direction"));
                }
            }
            String said = (r.get("asset_class") + " " + r.get("source_location")).toLowerCase(Locale.ROOT);
            if (p.share() < 1 && !said.contains("subset")) {
                throw new IllegalStateException(r + " does not say the change applies to a subset of the class");
            }
            if (p.effect() != null && p.basis().equals(EXPECTED) != (r.get("metric").toLowerCase(Locale.ROOT).contains("expected")
                    || r.get("source_location").toLowerCase(Locale.ROOT).contains("anticipate"))) {
                throw new IllegalStateException(r + " does not read as a " + (p.basis().isEmpty() ? "stated"
                        : p.basis()) + " effect");
            }
            rows.add(new UsefulLifeChange(p.company(), p.assetClass(), p.from(), p.life(), p.effect(), p.metric(),
                    p.period(), cite(r), p.share(), p.basis()));
        }
        return rows;
    }

    // ---- chip revenue ------------------------------------------------------------------------------------------

    /** Nvidia's fiscal year with the reference rows of its total and (when a full-year figure exists) DC revenue. */
    private record ChipPick(int year, String totalRef, String dataCenterRef) {
    }

    private List<ChipRevenueRow> chipRevenue() {
        ReferenceCsv f = file("nvidia_revenue.csv");
        List<ChipPick> picks = List.of(
                new ChipPick(2020, "nvidia_revenue-001", "nvidia_revenue-002"),
                new ChipPick(2021, "nvidia_revenue-003", null),
                new ChipPick(2022, "nvidia_revenue-008", null),
                new ChipPick(2023, "nvidia_revenue-012", "nvidia_revenue-013"),
                new ChipPick(2024, "nvidia_revenue-014", "nvidia_revenue-015"),
                new ChipPick(2025, "nvidia_revenue-016", "nvidia_revenue-017"),
                new ChipPick(2026, "nvidia_revenue-027", "nvidia_revenue-019"));
        List<ChipRevenueRow> rows = new ArrayList<>();
        for (ChipPick p : picks) {
            ReferenceCsv.Row total = f.byId(p.totalRef());
            expect(total, "metric", "Total revenue");
            expect(total, "period_type", "fiscal_year");
            expectYear(total, p.year());
            ReferenceCsv.Row dc = p.dataCenterRef() == null ? null : f.byId(p.dataCenterRef());
            if (dc != null) {
                expect(dc, "metric", "Data Center revenue");
                expect(dc, "period_type", "fiscal_year");
                expectYear(dc, p.year());
            }
            // The sheet has one source column: it cites the data-center figure's source (the one the ratios use);
            // the total's source, when different, is still listed in the sources sheet (data/README.md).
            String source = dc == null ? cite(total) : cite(dc);
            cite(total);
            Status status = status(total) == Status.ESTIMATE || (dc != null && status(dc) == Status.ESTIMATE)
                    ? Status.ESTIMATE : Status.REPORTED;
            rows.add(new ChipRevenueRow("Nvidia", p.year(), dc == null ? null : dc.number("value").orElseThrow(),
                    total.number("value").orElseThrow(), status, source));
        }
        rows.add(annualisedFirstQuarter(f, 2027, "nvidia_revenue-028", "nvidia_revenue-029"));
        return rows;
    }

    /**
     * A fiscal year not yet reported, as an estimate: its first reported quarter × 4 (a run-rate, not a forecast; a
     * growing company's year will come out higher). It lets the ratio and the revenue gap reach the calendar year
     * that fiscal year mostly covers, marked as estimated there (data/README.md, "chip_revenue").
     */
    private ChipRevenueRow annualisedFirstQuarter(ReferenceCsv f, int year, String totalRef, String dcRef) {
        ReferenceCsv.Row total = f.byId(totalRef);
        ReferenceCsv.Row dc = f.byId(dcRef);
        expect(total, "metric", "Total revenue (quarter)");
        expect(dc, "metric", "Data Center revenue (quarter)");
        for (ReferenceCsv.Row q : List.of(total, dc)) {
            expect(q, "period_type", "quarter");
            expect(q, "period", "Q1 FY" + year);
        }
        String source = cite(dc);
        cite(total);
        return new ChipRevenueRow("Nvidia", year, 4 * dc.number("value").orElseThrow(),
                4 * total.number("value").orElseThrow(), Status.ESTIMATE, source);
    }

    // ---- AI revenue --------------------------------------------------------------------------------------------

    /**
     * One AI revenue row: the reference row, the entity as written in the sheet, the basis, and what the note adds
     * (for "over X" rows: the source's own wording of X).
     */
    private record AiPick(String ref, String entity, RevenueBasis basis, String overWording, String extra) {
    }

    private static final String MENLO = "Enterprise generative AI spend (Menlo Ventures)";

    private static List<AiPick> aiPicks() {
        RevenueBasis rec = RevenueBasis.RECOGNIZED;
        RevenueBasis rr = RevenueBasis.RUN_RATE;
        return List.of(
                new AiPick("ai_app_revenue-004", "OpenAI", rr, null, "annualized revenue run-rate"),
                new AiPick("ai_app_revenue-006", "OpenAI", rr, null, "annualized revenue run-rate (FT); kept over "
                        + "the $1.6B of ai_app_revenue-005, whose source ties it to 2023 as a whole, not to December"),
                new AiPick("ai_app_revenue-010", "OpenAI", rr, null, "annualized revenue run-rate"),
                new AiPick("ai_app_revenue-011", "OpenAI", rr, null, "annualized revenue run-rate"),
                new AiPick("ai_app_revenue-013", "OpenAI", rec, null, "revenue of calendar 2025 (The Information)"),
                // Audit 2026-12 A9: the CFO's own statement, in place of the Nov 2025 target (ai_app_revenue-014).
                new AiPick("ai_app_revenue-200", "OpenAI", rr, "over $20bn", "annualized revenue (ARR) at end-2025 "
                        + "as stated by CFO Sarah Friar, Jan 2026 ('$2B ARR in 2023, $6B in 2024, and $20B+ in 2025')"),
                new AiPick("ai_app_revenue-015", "OpenAI", rr, null, "annualized revenue run-rate"),
                new AiPick("ai_app_revenue-026", "Anthropic", rr, null, "run-rate revenue (Bloomberg)"),
                new AiPick("ai_app_revenue-027", "Anthropic", rr, null, "run-rate revenue"),
                new AiPick("ai_app_revenue-028", "Anthropic", rr, null, "run-rate revenue, 'roughly $9 billion'"),
                new AiPick("ai_app_revenue-029", "Anthropic", rr, null, "run-rate revenue stated with the Series G"),
                new AiPick("ai_app_revenue-030", "Anthropic", rr, "surpassed $30 billion", "run-rate revenue"),
                new AiPick("ai_app_revenue-031", "Anthropic", rr, "crossed $47 billion", "run-rate revenue, "
                        + "'earlier in May'; dated at the month's end"),
                new AiPick("ai_app_revenue-034", "Microsoft AI business", rr, "surpassed $13 billion", "annual "
                        + "revenue run-rate of Microsoft's AI business (includes infrastructure resale), fiscal Q2 "
                        + "FY2025"),
                new AiPick("ai_app_revenue-035", "Microsoft AI business", rr, "passed $37 billion", "annual revenue "
                        + "run-rate of Microsoft's AI business (includes infrastructure resale), fiscal Q3 FY2026"),
                new AiPick("ai_app_revenue-036", "Cursor (Anysphere)", rr, null, "ARR"),
                new AiPick("ai_app_revenue-037", "Cursor (Anysphere)", rr, null, "ARR"),
                new AiPick("ai_app_revenue-038", "Cursor (Anysphere)", rr, null, "ARR"),
                new AiPick("ai_app_revenue-039", "Cursor (Anysphere)", rr, null, "ARR"),
                new AiPick("ai_app_revenue-040", "Cursor (Anysphere)", rr, null, "ARR"),
                new AiPick("ai_app_revenue-041", "Cursor (Anysphere)", rr, "$1B+", "ARR"),
                new AiPick("ai_app_revenue-042", "Cursor (Anysphere)", rr, null, "annualized revenue (TechCrunch)"),
                // Audit 2026-12 A10: a citable page in place of a server backup file (ai_app_revenue-044).
                new AiPick("ai_app_revenue-201", "Midjourney", rec, null, "approximate revenue of calendar 2023; "
                        + "secondary profile, Midjourney publishes no figures"),
                new AiPick("ai_app_revenue-046", "Midjourney", rr, null, "ARR reached in 2025 (month not stated; "
                        + "dated at the year's end); blog, not confirmed by a primary source"),
                new AiPick("ai_app_revenue-047", MENLO, rec, null, "enterprise spending on generative AI in "
                        + "calendar 2023; an aggregate across vendors that overlaps the lab and app rows"),
                new AiPick("ai_app_revenue-048", MENLO, rec, null, "enterprise spending on generative AI in "
                        + "calendar 2024; an aggregate across vendors that overlaps the lab and app rows"),
                new AiPick("ai_app_revenue-049", MENLO, rec, null, "enterprise spending on generative AI in "
                        + "calendar 2025; an aggregate across vendors that overlaps the lab and app rows"));
    }

    private List<AiRevenueRow> aiRevenue() {
        ReferenceCsv f = file("ai_app_revenue.csv");
        List<AiRevenueRow> rows = new ArrayList<>();
        for (AiPick p : aiPicks()) {
            ReferenceCsv.Row r = f.byId(p.ref());
            String entity = r.get("entity");
            if (!p.entity().startsWith(entity)) {
                throw new IllegalStateException(r + " is about " + entity + ", not " + p.entity());
            }
            String type = r.get("period_type");
            if (!Set.of("run_rate", "calendar_year").contains(type)) {
                throw new IllegalStateException(r + ": period_type " + type + " is not revenue");
            }
            StringBuilder note = new StringBuilder("ref ").append(p.ref()).append("; ").append(p.extra());
            double value;
            Optional<Double> v = r.number("value");
            if (v.isPresent()) {
                if (p.overWording() != null) {
                    throw new IllegalStateException(r + " has a point value");
                }
                value = v.get();
            } else {
                if (p.overWording() == null || r.number("value_low").isEmpty() || r.number("value_high").isPresent()) {
                    throw new IllegalStateException(r + " is not an 'over X' row");
                }
                value = r.number("value_low").get();
                note.append("; at least (source says ").append(p.overWording()).append(')');
            }
            String company = entity.startsWith("Microsoft") ? "Microsoft" : null;
            LocalDate end = periodEnd(r.get("period"), company == null ? 12 : fiscalYearEndMonth(company), r);
            rows.add(new AiRevenueRow(p.entity(), end, value, p.basis(), status(r), cite(r), note.toString()));
        }
        return rows;
    }

    /**
     * The last day of a stated period: "Dec 2023" and "end-2025" give the month's or year's last day, "2023" gives
     * 31 December, "Q2 FY2025 …" gives the last day of that fiscal quarter.
     */
    static LocalDate periodEnd(String period, int fiscalYearEndMonth, Object where) {
        String p = period.trim();
        Matcher q = FISCAL_QUARTER.matcher(p);
        if (q.matches()) {
            int quarter = Integer.parseInt(q.group(1));
            int fy = Integer.parseInt(q.group(2));
            return YearMonth.of(fy, fiscalYearEndMonth).minusMonths(3L * (4 - quarter)).atEndOfMonth();
        }
        if (p.matches("end-\\d{4}") || p.matches("\\d{4}")) {
            return LocalDate.of(Integer.parseInt(p.substring(p.length() - 4)), 12, 31);
        }
        try {
            return YearMonth.parse(p, MONTH_YEAR).atEndOfMonth();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": cannot date the period '" + period + "'", e);
        }
    }

    // ---- README sheet ------------------------------------------------------------------------------------------

    private static List<String> readme() {
        return List.of(
                "CapexLens default dataset: AI infrastructure spend vs. AI revenue",
                "Every figure comes only from the reference data in data/reference/ (sourced public figures); "
                        + "data/README.md states the selection rules, the judgement calls and what is missing. "
                        + "Regenerate with org.capexlens.tools.DefaultDatasetGenerator.",
                "Units: money is USD billions (1 = $1,000,000,000); tax_rate is a fraction (0.18 = 18 %); "
                        + "life_years is years (fractions such as 5.5 allowed).",
                "Fiscal years: fiscal_year is the calendar year in which the fiscal year ends. Microsoft's ends "
                        + "30 June (FY2025 = Jul 2024–Jun 2025), Oracle's 31 May, Nvidia's in late January (FY2026 "
                        + "ended 2026-01-25); Alphabet, Amazon, Meta, CoreWeave, OpenAI and Anthropic use calendar "
                        + "years.",
                "companies: one row per company: id, display name, month in which its fiscal year ends, role "
                        + "(hyperscaler, chip_vendor, ai_lab, app); short_lived_share (with its source and note): "
                        + "the company's own share of capex that is short-lived compute, where one is known (only "
                        + "Meta's, an estimate); the other companies take the scenario's default share.",
                "capex: one row per company and fiscal year; one capex definition per row, never two added "
                        + "together. note starts with the reference row id and states the definition; guidance "
                        + "ranges are entered at their midpoint.",
                "financials: revenue, operating income, net income, D&A (each company's own line, definitions "
                        + "differ) and the effective tax rate per fiscal year; the *_source columns name a "
                        + "figure's source when it differs from the row's source.",
                "useful_lives: each company's server (and, where stated separately, network) useful-life "
                        + "history: a starting row dated 2015-01-01, then every change from its effective date.",
                "useful_lives sign convention: disclosed_effect_usd_b > 0 raises operating income / lowers "
                        + "depreciation (a longer life); < 0 lowers it (a shorter life). effect_metric and "
                        + "effect_period say what the company's stated effect measures and over which period.",
                "useful_lives fleet_share: the share of the class a change applies to (1 = all of it). Amazon "
                        + "2025 changed 'a subset' of its servers and gave no size: its 0.5 is a scenario "
                        + "assumption, not a sourced figure. effect_basis: expected (a forecast on the assets held "
                        + "at the change date) or actual (reported after the period).",
                "chip_revenue: Nvidia's total and data-center revenue per fiscal year; data-center revenue is empty "
                        + "where the reference data has only quarters. FY2027 (to January 2027) is an estimate: "
                        + "the reported first quarter x 4, a run-rate rather than a forecast; the ratio and the "
                        + "revenue gap mark calendar 2026, which rests on it, as estimated.",
                "ai_revenue: revenue of AI labs and apps and an enterprise-spend aggregate. basis recognized = "
                        + "booked over the calendar year ending period_end; run_rate = an annualized snapshot at "
                        + "period_end (not booked revenue). Never add the two, and note the overlaps.",
                "sources: every row of every sheet cites a source id listed here with its title and URL; "
                        + "published is filled only when the title states a date.",
                "status: reported = published by the company or reported by press; guidance = the company's own "
                        + "forward-looking figure; estimate = a third party's estimate or claim; scenario = "
                        + "produced by an app assumption (never in this file).",
                "claims: published claims of the debate (Burry, Nvidia's memo, Sequoia, each company's stated "
                        + "server life): who, when, what, the figure or range and its unit, the scope and period, "
                        + "the assumptions, the model metric it is checked against, and the source.",
                "gpu_prices: H100 rental prices in USD per GPU-hour (date, contract type, source); all from "
                        + "secondary sources and sparse: the GPU economic life fitted on them is indicative only.");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static Status status(ReferenceCsv.Row r) {
        return r.get("confidence").equals("estimate") ? Status.ESTIMATE : Status.REPORTED;
    }

    private static void expect(ReferenceCsv.Row r, String column, String expected) {
        if (!r.get(column).equals(expected)) {
            throw new IllegalStateException(r + ": " + column + " is '" + r.get(column) + "', expected '"
                    + expected + "'");
        }
    }

    private static void expectYear(ReferenceCsv.Row r, int year) {
        if (year(r.get("period"), r) != year) {
            throw new IllegalStateException(r + ": period " + r.get("period") + " is not fiscal year " + year);
        }
    }

    /** The fiscal year of "FY2024", "2024" or "FY2020 (ended 2020-01-26)". */
    private static int year(String period, Object where) {
        Matcher m = YEAR.matcher(period.trim());
        if (!m.lookingAt()) {
            throw new IllegalStateException(where + ": '" + period + "' is not a fiscal year");
        }
        return Integer.parseInt(m.group(1));
    }

    /** A number without a trailing ".0": 180, 32.5, 0.973. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
