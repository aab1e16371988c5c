package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.capexlens.io.xlsx.FixtureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Tag;

/**
 * The malformed-input corpus (DESIGN §8; listed and explained in {@code src/test/resources/fixtures/README.md}):
 * every entry, loaded as the app loads a file, ends in its exact located message, within 5 seconds and a 256 MB
 * heap.
 *
 * <p>All entries are loaded one after the other by {@link CorpusProbe} in one JVM of its own started with
 * {@code -Xmx256m}, so the heap bound is the real one and not the test JVM's; the probe records each file's time
 * and peak heap. The two entries too big to commit are made here first, in a temporary folder: a workbook with a
 * million formatted but empty rows and a JSON file holding a 50 MB string.
 *
 * <p>Columns of {@link #CORPUS}: the entry (a path under {@code fixtures/}, or {@code generated/…}); the outcome
 * ({@code refused, N errors} or {@code loaded, N capex rows}); the first error of a refused file, or the first
 * warning of a loaded one ({@code -} for none); and, where it matters, the first warning of a refused file.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedCorpusTest {
    private static final Logger LOG = Logger.getLogger(MalformedCorpusTest.class.getName());
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    /** Longest a load may take, in milliseconds. */
    private static final long MAX_MILLIS = 5_000;
    /** The heap the probe JVM gets, in MB (DESIGN §7: imports stream in bounded memory). */
    private static final int HEAP_MB = 256;
    private static final String MANY_SHEETS = "companies, capex, financials, useful_lives, chip_revenue, ai_revenue, "
            + "sources";

    private static final String CORPUS = """
            workbooks/missing-column.xlsx               | refused, 1 error   | missing-column.xlsx:capex:1:capex_usd_b: missing required column capex_usd_b; the header row has: company, fiscal_year, status, source, note; every header found is another column's, so none can stand for it |
            workbooks/missing-column-companies.xlsx     | refused, 1 error   | missing-column-companies.xlsx:companies:1:fiscal_year_end_month: missing required column fiscal_year_end_month; the header row has: company, name, role; every header found is another column's, so none can stand for it |
            workbooks/missing-column-financials.xlsx    | refused, 1 error   | missing-column-financials.xlsx:financials:1:fiscal_year: missing required column fiscal_year; the header row has: company, revenue_usd_b, operating_income_usd_b, net_income_usd_b, d_and_a_usd_b, tax_rate, status, source; every header found is another column's, so none can stand for it |
            workbooks/missing-column-useful-lives.xlsx  | refused, 1 error   | missing-column-useful-lives.xlsx:useful_lives:1:life_years: missing required column life_years; the header row has: company, asset_class, effective_from, disclosed_effect_usd_b, effect_metric, effect_period, source; every header found is another column's, so none can stand for it |
            workbooks/missing-column-chip-revenue.xlsx  | refused, 1 error   | missing-column-chip-revenue.xlsx:chip_revenue:1:vendor: missing required column vendor; the header row has: fiscal_year, data_center_revenue_usd_b, total_revenue_usd_b, status, source; every header found is another column's, so none can stand for it |
            workbooks/missing-column-ai-revenue.xlsx    | refused, 1 error   | missing-column-ai-revenue.xlsx:ai_revenue:1:basis: missing required column basis; the header row has: entity, period_end, revenue_usd_b, status, source, note; every header found is another column's, so none can stand for it |
            workbooks/missing-column-sources.xlsx       | refused, 1 error   | missing-column-sources.xlsx:sources:1:title: missing required column title; the header row has: source, url, published, accessed, type; every header found is another column's, so none can stand for it |
            broken/csv/missing-column                   | refused, 1 error   | capex.csv:capex:1:capex_usd_b: missing required column capex_usd_b; the header row has: company, fiscal_year, status, source; every header found is another column's, so none can stand for it |
            broken/json/wrong-type-every-number.json    | refused, 15 errors | wrong-type-every-number.json:companies:3:fiscal_year_end_month: expected the month the fiscal year ends, 1-12 or a month name such as June, found “Juneteenth” |
            workbooks/capex-text-in-number.xlsx         | refused, 1 error   | capex-text-in-number.xlsx:capex:6:capex_usd_b: expected a number in USD billions, found “abc” |
            workbooks/xls-text-in-number.xls            | refused, 1 error   | xls-text-in-number.xls:capex:6:capex_usd_b: expected a number in USD billions, found “abc” |
            broken/csv/wrong-type                       | refused, 1 error   | capex.csv:capex:3:capex_usd_b: expected a number in USD billions, found “abc” |
            broken/json/wrong-type-string.json          | refused, 1 error   | wrong-type-string.json:capex:2:capex_usd_b: expected a number in USD billions, found “abc” |
            broken/json/wrong-type-object.json          | refused, 1 error   | wrong-type-object.json:capex:2:capex_usd_b: expected a number or text, found an object |
            workbooks/capex-na-required.xlsx            | loaded, 6 capex rows | capex-na-required.xlsx:capex:6:capex_usd_b: expected a number in USD billions, found no value “n/a”; row skipped |
            broken/csv/na-required                      | loaded, 2 capex rows | capex.csv:capex:3:capex_usd_b: expected a number in USD billions, found no value “n/a”; row skipped |
            workbooks/error-value.xlsx                  | loaded, 6 capex rows | error-value.xlsx:capex:6:capex_usd_b: the cell holds the error value #DIV/0! instead of a number; row skipped |
            edge/csv/date-formats                       | loaded, 1 capex row  | date-formats:financials::: no financials sheet: margins and earnings effects cannot be computed |
            broken/csv/impossible-date                  | refused, 1 error   | useful_lives.csv:useful_lives:2:effective_from: expected a date such as 2024-06-30 (or 30 Jun 2024), found “2023-02-30” |
            workbooks/bad-date.xlsx                     | refused, 1 error   | bad-date.xlsx:useful_lives:3:effective_from: expected a date such as 2024-06-30 (or 30 Jun 2024), found “2022-13-01” |
            workbooks/runrate-no-date.xlsx              | refused, 1 error   | runrate-no-date.xlsx:ai_revenue:3:period_end: a run-rate is a snapshot at a date: expected the date in period_end, found an empty cell |
            broken/csv/run-rate-no-period               | refused, 1 error   | ai_revenue.csv:ai_revenue:3:period_end: a run-rate is a snapshot at a date: expected the date in period_end, found an empty cell |
            broken/csv/duplicate                        | refused, 1 error   | capex.csv:capex:5:fiscal_year: duplicate row for Meta FY2024: row 3 already has it |
            workbooks/duplicate-company-year.xlsx       | refused, 1 error   | duplicate-company-year.xlsx:capex:7:fiscal_year: duplicate row for Meta FY2023: row 6 already has it |
            broken/json/duplicate-rows.json             | refused, 3 errors  | duplicate-rows.json:companies:3:company: duplicate row for Meta: row 1 already has it |
            workbooks/unknown-company.xlsx              | refused, 1 error   | unknown-company.xlsx:capex:6:company: unknown company “Amazon”: expected a company listed in the companies sheet |
            broken/csv/unknown-company                  | refused, 1 error   | capex.csv:capex:3:company: unknown company “Amazon”: expected a company listed in the companies sheet |
            broken/csv/unknown-source                   | refused, 1 error   | capex.csv:capex:3:source: unknown source “meta-cash-flow”: expected a source id listed in the sources sheet |
            workbooks/negative-capex.xlsx               | refused, 1 error   | negative-capex.xlsx:capex:6:capex_usd_b: capex_usd_b must not be negative, found “-27.045” |
            broken/csv/negative-capex                   | refused, 1 error   | capex.csv:capex:2:capex_usd_b: capex_usd_b must not be negative, found “-5” |
            broken/csv/absurd-values                    | refused, 2 errors  | capex.csv:capex:3:capex_usd_b: expected USD billions, found “1.0E15”, which is more than $10 trillion; were the figures entered in dollars or millions? |
            workbooks/life-zero.xlsx                    | refused, 1 error   | life-zero.xlsx:useful_lives:3:life_years: expected a useful life greater than 0 and at most 50 years, found “0” |
            broken/csv/life-years                       | refused, 2 errors  | useful_lives.csv:useful_lives:3:life_years: expected a useful life greater than 0 and at most 50 years, found “0” |
            workbooks/all-sheets-empty.xlsx             | refused, 2 errors  | all-sheets-empty.xlsx:companies::: sheet companies is empty, but every dataset needs its rows |
            generated/million-empty-rows.xlsx           | loaded, 7 capex rows | - |
            workbooks/formula-cached.xlsx               | loaded, 7 capex rows | - |
            workbooks/xls-formula-cached.xls            | loaded, 7 capex rows | - |
            workbooks/formula-no-value.xlsx             | loaded, 6 capex rows | formula-no-value.xlsx:capex:6:capex_usd_b: the formula =27045/1000 has no saved result (open and save the file in a spreadsheet program to calculate it); row skipped |
            good/good.xlsx                              | loaded, 7 capex rows | - |
            workbooks/inline-strings.xlsx               | loaded, 7 capex rows | - |
            workbooks/zip-bomb.xlsx                     | refused, 1 error   | zip-bomb.xlsx:::: zip-bomb.xlsx was not opened: unpacked, it would expand to an implausible size (more than 100 times its packed size, or a part larger than 512 MB). It may be damaged or built to exhaust memory; nothing was loaded |
            workbooks/truncated.xlsx                    | refused, 1 error   | truncated.xlsx:::: truncated.xlsx is damaged or incomplete (perhaps cut off while copying or downloading) and could not be read as a workbook; nothing was loaded |
            workbooks/truncated.xls                     | refused, 1 error   | truncated.xls:::: truncated.xls is damaged or incomplete (perhaps cut off while copying or downloading) and could not be read as a workbook; nothing was loaded |
            workbooks/encrypted.xlsx                    | refused, 1 error   | encrypted.xlsx:::: encrypted.xlsx is protected by a password; remove the password in Excel and save it again (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, then clear the password) |
            workbooks/password.xls                      | refused, 1 error   | password.xls:::: password.xls is protected by a password; remove the password in Excel and save it again (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, then clear the password) |
            workbooks/html-table.xls                    | refused, 1 error   | html-table.xls:::: html-table.xls is a web page (HTML), not a spreadsheet, even if its name ends in .xls; open it in a spreadsheet program and save it as .xlsx or .csv |
            workbooks/capex-download.xls                | refused, 1 error   | capex-download.xls:::: capex-download.xls holds only the capex sheet, but every dataset also needs a companies sheet. Save each sheet as a CSV file named after it (companies.csv, capex.csv …), put the files in one folder and open the folder | capex-download.xls:::: capex-download.xls is a CSV text file, not an Excel workbook, although its name ends in .xls; it was read as CSV (rename it to .csv to avoid this notice)
            workbooks/dataset-saved-as.xlsx             | loaded, 7 capex rows | dataset-saved-as.xlsx:::: dataset-saved-as.xlsx is a JSON text file, not an Excel workbook, although its name ends in .xlsx; it was read as JSON (rename it to .json to avoid this notice) |
            workbooks/excel95.xls                       | refused, 1 error   | excel95.xls:::: excel95.xls was saved by Excel 95 or older, a format CapexLens cannot read; open it in Excel and save it as .xlsx |
            workbooks/word-document.xlsx                | refused, 1 error   | word-document.xlsx:::: word-document.xlsx is a zip archive but not an Excel workbook (it may be a Word or PowerPoint file); expected an .xlsx file |
            workbooks/word-document.xls                 | refused, 1 error   | word-document.xls:::: word-document.xls is an Office file but not an Excel workbook (it may be a Word or PowerPoint file); expected an .xls or .xlsx file |
            workbooks/random-bytes.xlsx                 | refused, 1 error   | random-bytes.xlsx:::: random-bytes.xlsx is neither a spreadsheet (.xlsx, .xls) nor a CSV or JSON file |
            workbooks/empty.xlsx                        | refused, 1 error   | empty.xlsx:::: empty.xlsx is empty (0 bytes): expected a workbook, CSV or JSON file |
            good/capex-utf16.csv                        | refused, 1 error   | capex-utf16.csv:::: capex-utf16.csv holds only the capex sheet, but every dataset also needs a companies sheet. Save each sheet as a CSV file named after it (companies.csv, capex.csv …), put the files in one folder and open the folder |
            broken/csv/utf16-be                         | refused, 1 error   | capex.csv:capex:4:capex_usd_b: expected a number in USD billions, found “vierundvierzig” |
            good/capex-semicolon.csv                    | refused, 7 errors  | capex-semicolon.csv:capex:2:capex_usd_b: cannot tell whether “23,886” means 23.886 or 23886: no figure in this file or folder shows whether its decimal mark is a point or a comma. Write one figure of the column with its decimals (e.g. 1.5 or 1,5), or the figures without thousands separators, or save the sheet as .xlsx |
            broken/csv/semicolon-decimal-comma          | refused, 3 errors  | capex.csv:capex:2:capex_usd_b: cannot tell whether “27,045” means 27.045 or 27045: no figure in this file or folder shows whether its decimal mark is a point or a comma. Write one figure of the column with its decimals (e.g. 1.5 or 1,5), or the figures without thousands separators, or save the sheet as .xlsx |
            broken/csv/windows-1252                     | loaded, 1 capex row  | companies.csv:::: companies.csv is not UTF-8 text (line 3 has the first byte that is not), so it was read as Windows-1252 (Western European); if letters look wrong, save it as CSV UTF-8 |
            broken/csv/quoted-newline                   | refused, 1 error   | capex.csv:capex:5:capex_usd_b: expected a number in USD billions, found “abc” |
            broken/csv/unterminated-quote               | refused, 1 error   | capex.csv:capex:3:note: the quote opened at row 3 is never closed: add the closing quote, or double a quote meant as text ("") |
            broken/csv/my-data.csv                      | refused, 1 error   | my-data.csv::1:: cannot tell which sheet my-data.csv holds: its name is none of %SHEETS%, and its first row (Meta, 2023, 27.045, reported) lacks the required columns of every sheet. Name the file after its sheet (e.g. capex.csv) or start it with the header row of one: companies (company, fiscal_year_end_month, role); capex (company, fiscal_year, capex_usd_b); financials (company, fiscal_year); useful_lives (company, effective_from, life_years); chip_revenue (vendor, fiscal_year); ai_revenue (entity, revenue_usd_b, basis); sources (source, title); claims (claim, who, what); gpu_prices (date, gpu_model, usd_per_hour, contract_type) |
            good/csv/capex.csv                          | refused, 1 error   | capex.csv:::: capex.csv holds only the capex sheet, but every dataset also needs a companies sheet. Save each sheet as a CSV file named after it (companies.csv, capex.csv …), put the files in one folder and open the folder |
            good/csv/financials.csv                     | refused, 1 error   | financials.csv:::: financials.csv holds only the financials sheet, but every dataset also needs the companies and capex sheets. Save each sheet as a CSV file named after it (companies.csv, capex.csv …), put the files in one folder and open the folder |
            broken/json/top-level-array.json            | refused, 1 error   | top-level-array.json:::: expected an object whose members are the sheets (%SHEETS%), found an array |
            broken/json/missing-comma.json              | refused, 1 error   | missing-comma.json:capex:1:: the file is not valid JSON: a comma is missing before line 7, column 5 |
            broken/json/truncated.json                  | refused, 1 error   | truncated.json:chip_revenue:2:total_revenue_usd_b: the file ends before its JSON is complete (line 30, column 115); it may have been cut off |
            broken/json/deep-nesting.json               | refused, 1 error   | deep-nesting.json:deep::: the file nests objects or arrays more than 64 levels deep (reading stopped at line 1, column 389); a dataset needs 3 |
            generated/fifty-megabyte-string.json        | refused, 1 error   | fifty-megabyte-string.json:capex:1:note: the text starting at line 1, column 40 is longer than 1,000,000 characters, more than CapexLens reads in one value |
            """;

    /** One corpus entry; {@code alsoWarning} is {@code null} where not asserted. */
    record Entry(String entry, String outcome, String message, String alsoWarning) {
        @Override
        public String toString() {
            return entry;
        }
    }

    /** What the probe saw for one file. */
    private record Probed(long millis, long peakHeapMb, long liveHeapMb, String outcome, int errors, int capexRows,
            String firstError, String firstWarning) {
    }

    /** Static, so that it exists before {@code @BeforeAll}; shared by every entry of the class. */
    @TempDir
    static Path generated;

    private final Map<String, Probed> probed = new HashMap<>();
    private long probeHeapMb;
    private String readme;

    static List<Entry> corpus() {
        List<Entry> entries = new ArrayList<>();
        for (String line : CORPUS.strip().split("\n")) {
            String[] parts = line.split("\\|", -1);
            String also = parts[3].strip();
            entries.add(new Entry(parts[0].strip(), parts[1].strip(), parts[2].strip().replace("%SHEETS%",
                    MANY_SHEETS), also.isEmpty() ? null : also));
        }
        return entries;
    }

    private Path path(Entry e) {
        return e.entry().startsWith("generated/") ? generated.resolve(e.entry().substring("generated/".length()))
                : FIXTURES.resolve(e.entry());
    }

    @BeforeAll
    void loadTheWholeCorpusInAJvmOf256Megabytes() throws Exception {
        readme = Files.readString(FIXTURES.resolve("README.md"), StandardCharsets.UTF_8);
        FixtureGenerator.writeWithEmptyRows(generated.resolve("million-empty-rows.xlsx"), 1_000_000);
        writeFiftyMegabyteString(generated.resolve("fifty-megabyte-string.json"));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + HEAP_MB + "m", "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("log4j.provider", "java.util.logging.config.file")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add(CorpusProbe.class.getName());
        command.add(FIXTURES.resolve("good").toString());
        List<Entry> entries = corpus();
        for (Entry e : entries) {
            command.add(path(e).toString());
        }
        Path log = generated.resolve("probe.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done && p.exitValue() == 0, () -> "the corpus probe failed:\n" + out);
        Map<String, Entry> byPath = new HashMap<>();
        entries.forEach(e -> byPath.put(path(e).toString(), e));
        for (String line : out.lines().toList()) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("HEAP")) {
                probeHeapMb = Long.parseLong(f[1]);
            } else if (f[0].equals("CORPUS")) {
                probed.put(byPath.get(f[1]).entry(), new Probed(Long.parseLong(f[2]), Long.parseLong(f[3]),
                        Long.parseLong(f[4]), f[5], Integer.parseInt(f[6]), Integer.parseInt(f[7]), unescape(f[8]),
                        unescape(f[9])));
            }
        }
        String report = report(entries);
        LOG.info(report);
        // Kept for the record (slowest file, peak heap): target/ is the build folder surefire runs in.
        Files.writeString(Path.of("target", "malformed-corpus-report.txt"), report, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyFileEndsInItsExactLocatedMessageWithinFiveSecondsAnd256Megabytes(Entry e) {
        Probed p = probed.get(e.entry());
        assertTrue(p != null, "the probe did not report " + e.entry());
        assertTrue(probeHeapMb > 0 && probeHeapMb <= HEAP_MB, "probe heap " + probeHeapMb + " MB");
        assertTrue(p.outcome().equals("LOADED") || p.outcome().equals("REFUSED"),
                () -> e.entry() + " ended in " + p.outcome() + " " + p.firstError());
        if (p.outcome().equals("LOADED")) {
            assertEquals(e.outcome(), "loaded, " + p.capexRows() + (p.capexRows() == 1 ? " capex row" : " capex rows"));
            assertEquals(e.message(), p.firstWarning().isEmpty() ? "-" : p.firstWarning());
        } else {
            assertEquals(e.outcome(), "refused, " + p.errors() + (p.errors() == 1 ? " error" : " errors"));
            assertEquals(e.message(), p.firstError());
            if (e.alsoWarning() != null) {
                assertEquals(e.alsoWarning(), p.firstWarning());
            }
        }
        assertTrue(p.millis() < MAX_MILLIS, () -> e.entry() + " took " + p.millis() + " ms");
        assertTrue(p.peakHeapMb() <= HEAP_MB, () -> e.entry() + " peaked at " + p.peakHeapMb() + " MB");
        assertTrue(readme.contains("`" + e.entry() + "`"), () -> "fixtures/README.md does not list " + e.entry());
    }

    /** {@code {"capex": [{"company": "Meta", "note": "xxx…"}]}} with 50 × 2^20 x: the string opens at column 40. */
    private static void writeFiftyMegabyteString(Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.write("{\"capex\": [{\"company\": \"Meta\", \"note\": \"");
            char[] chunk = "x".repeat(1 << 20).toCharArray();
            for (int i = 0; i < 50; i++) {
                w.write(chunk);
            }
            w.write("\"}]}");
        }
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Time and heap of every entry, slowest first, for the log. */
    private String report(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.removeIf(e -> !probed.containsKey(e.entry()));
        sorted.sort((a, b) -> Long.compare(probed.get(b.entry()).millis(), probed.get(a.entry()).millis()));
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "malformed corpus: %d entries in a %d MB heap%n%-45s %8s %10s %10s  %s%n", entries.size(), probeHeapMb,
                "entry", "ms", "peak MB", "live MB", "outcome"));
        for (Entry e : sorted) {
            Probed p = probed.get(e.entry());
            b.append(String.format(Locale.ROOT, "%-45s %8d %10d %10d  %s%n", e.entry(), p.millis(), p.peakHeapMb(),
                    p.liveHeapMb(), p.outcome()));
        }
        return b.toString();
    }
}
