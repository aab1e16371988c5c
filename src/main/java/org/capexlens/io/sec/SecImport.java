package org.capexlens.io.sec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.io.YearRanges;
import org.capexlens.text.Messages;

/**
 * Puts the filings' figures into a dataset: for each company-facts file whose CIK a company of the base dataset
 * carries, the capex and financials rows of every fiscal year the filings cover (from {@code since}) are replaced
 * by the filed figures, each citing a source row of its own (accession, form, filing date, period, concept and the
 * filing-index address). Years the filings do not cover (guidance, estimates) and every other sheet stay as they
 * are. A figure the filings lack for a covered year is left empty with a note, never zero.
 */
public final class SecImport {
    private static final String INDEX_URL = "https://www.sec.gov/Archives/edgar/data/%s/%s/%s-index.htm";

    private final ConceptMapping mapping;
    private final LocalDate accessed;
    private final Integer since;

    /**
     * @param mapping   the concept mapping, not {@code null}.
     * @param accessed  the date written as the sources' {@code accessed} (the day of the import).
     * @param since     the first fiscal year to take, or {@code null}: each company's first year in the base
     *                  dataset (its last ten filed years when it has none).
     */
    public SecImport(ConceptMapping mapping, LocalDate accessed, Integer since) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.accessed = Objects.requireNonNull(accessed, "accessed");
        this.since = since;
    }

    /** The filing-index address of an accession number. */
    public static String indexUrl(String cik, String accn) {
        return String.format(INDEX_URL, cik, accn.replace("-", ""), accn);
    }

    /** Imports {@code files} into {@code base}. */
    public SecImportResult apply(Dataset base, List<CompanyFacts> files) {
        Map<String, Company> byCik = new HashMap<>();
        base.companies().stream().filter(c -> !c.cik().isEmpty()).forEach(c -> byCik.putIfAbsent(c.cik(), c));
        boolean carriesTax = base.financials().stream().anyMatch(f -> f.taxRate() != null);
        List<String> notes = new ArrayList<>();
        Map<String, CompanyFacts> matched = new LinkedHashMap<>();
        for (CompanyFacts f : files) {
            Company c = byCik.get(f.cik());
            if (c == null) {
                notes.add(Messages.get("sec.note.unmatched", f.file(), f.cik(), f.entityName()));
            } else {
                matched.put(c.id(), f);
                notes.addAll(f.skipped());
            }
        }
        List<CapexRow> capex = new ArrayList<>();
        List<FinancialsRow> financials = new ArrayList<>();
        List<Source> sources = new ArrayList<>(base.sources());
        List<FigureChange> changes = new ArrayList<>();
        int[] unchanged = {0};
        List<String> matchedIds = new ArrayList<>();
        for (Company company : base.companies()) {
            CompanyFacts facts = matched.get(company.id());
            if (facts == null) {
                continue;
            }
            matchedIds.add(company.id());
            new CompanyUpdate(company, facts, carriesTax).run(base, capex, financials, sources, changes, notes,
                    unchanged);
        }
        // Rows of companies not updated stay; updated companies' rows are rebuilt in year order.
        List<CapexRow> allCapex = new ArrayList<>(base.capex().stream()
                .filter(r -> !matched.containsKey(r.company())).toList());
        allCapex.addAll(capex);
        List<FinancialsRow> allFin = new ArrayList<>(base.financials().stream()
                .filter(r -> !matched.containsKey(r.company())).toList());
        allFin.addAll(financials);
        Map<String, Integer> order = new HashMap<>();
        base.companies().forEach(c -> order.putIfAbsent(c.id(), order.size()));
        allCapex.sort(Comparator.comparing((CapexRow r) -> order.getOrDefault(r.company(), Integer.MAX_VALUE))
                .thenComparingInt(CapexRow::fiscalYear));
        allFin.sort(Comparator.comparing((FinancialsRow r) -> order.getOrDefault(r.company(), Integer.MAX_VALUE))
                .thenComparingInt(FinancialsRow::fiscalYear));
        Dataset out = new Dataset(base.companies(), allCapex, allFin, base.usefulLives(), base.chipRevenue(),
                base.aiRevenue(), sources, base.claims());
        return new SecImportResult(out, changes, notes, matchedIds, unchanged[0]);
    }

    /** The work for one matched company. */
    private final class CompanyUpdate {
        private final Company company;
        private final CompanyFacts facts;
        private final boolean carriesTax;

        CompanyUpdate(Company company, CompanyFacts facts, boolean carriesTax) {
            this.company = company;
            this.facts = facts;
            this.carriesTax = carriesTax;
        }

        void run(Dataset base, List<CapexRow> capexOut, List<FinancialsRow> finOut, List<Source> sources,
                List<FigureChange> changes, List<String> notes, int[] unchanged) {
            Map<String, TreeMap<Integer, SecFigure>> byColumn = new LinkedHashMap<>();
            TreeSet<Integer> covered = new TreeSet<>();
            for (String column : mapping.columns()) {
                if (column.equals(FinancialsRow.TAX_RATE) && !carriesTax) {
                    continue;
                }
                TreeMap<Integer, SecFigure> figures = AnnualFigures.pick(facts,
                        mapping.column(column, company.cik()), company.fiscalYearEndMonth());
                byColumn.put(column, figures);
                covered.addAll(figures.keySet());
            }
            int first = since != null ? since : firstBaseYear(base).orElse(covered.isEmpty() ? 0
                    : covered.last() - 9);
            covered.removeIf(y -> y < first);
            Map<Integer, CapexRow> oldCapex = new HashMap<>();
            base.capex().stream().filter(r -> r.company().equals(company.id()))
                    .forEach(r -> oldCapex.put(r.fiscalYear(), r));
            Map<Integer, FinancialsRow> oldFin = new HashMap<>();
            base.financials().stream().filter(r -> r.company().equals(company.id()))
                    .forEach(r -> oldFin.put(r.fiscalYear(), r));
            for (String column : byColumn.keySet()) {
                definitionBreak(column, byColumn.get(column), covered, notes);
            }
            for (int year : covered) {
                SecFigure capex = byColumn.get(ConceptMapping.CAPEX).get(year);
                if (capex != null && !plausible(ConceptMapping.CAPEX, capex.value())) {
                    notes.add(Messages.get("sec.note.implausible", company.id(), String.valueOf(year),
                            ConceptMapping.CAPEX, plain(capex.value()), filingText(capex.filing())));
                    capex = null;
                }
                CapexRow was = oldCapex.remove(year);
                if (capex != null && was != null && !was.definition().isEmpty()
                        && !was.definition().equals(capex.entry().definitionOrLabel())) {
                    notes.add(Messages.get("sec.note.definitionChange", company.id(), String.valueOf(year),
                            was.definition(), capex.entry().definitionOrLabel()));
                }
                if (capex != null) {
                    String src = source(capex, ConceptMapping.CAPEX, sources);
                    capexOut.add(new CapexRow(company.id(), year, capex.value(), Status.REPORTED, src,
                            note(capex), capex.entry().definitionOrLabel()));
                }
                record(changes, unchanged, ConceptMapping.CAPEX, year, was == null ? null : was.capexUsdB(), capex,
                        notes);
                FinancialsRow old = oldFin.remove(year);
                Map<String, Double> values = new LinkedHashMap<>();
                Map<String, String> srcs = new LinkedHashMap<>();
                for (String column : byColumn.keySet()) {
                    if (column.equals(ConceptMapping.CAPEX)) {
                        continue;
                    }
                    SecFigure f = byColumn.get(column).get(year);
                    if (f != null && !plausible(column, f.value())) {
                        notes.add(Messages.get("sec.note.implausible", company.id(), String.valueOf(year), column,
                                plain(f.value()), filingText(f.filing())));
                        f = null;
                    }
                    if (f != null) {
                        values.put(column, f.value());
                        srcs.put(column, source(f, column, sources));
                    }
                    record(changes, unchanged, column, year, old == null ? null : oldValue(old, column), f, notes);
                }
                if (!values.isEmpty()) {
                    String rowSource = srcs.values().iterator().next();
                    Map<String, String> own = new LinkedHashMap<>(srcs);
                    own.values().removeIf(rowSource::equals);
                    Double tax = values.get(FinancialsRow.TAX_RATE);
                    if (!carriesTax && old != null) {
                        tax = old.taxRate();
                    }
                    finOut.add(new FinancialsRow(company.id(), year, values.get(FinancialsRow.REVENUE),
                            values.get(FinancialsRow.OPERATING_INCOME), values.get(FinancialsRow.NET_INCOME),
                            values.get(FinancialsRow.D_AND_A), tax, Status.REPORTED, rowSource, own,
                            values.get(FinancialsRow.DEPRECIATION_PE)));
                }
            }
            capexOut.addAll(oldCapex.values());
            finOut.addAll(oldFin.values());
        }

        private OptionalInt firstBaseYear(Dataset base) {
            return java.util.stream.Stream.concat(
                    base.capex().stream().filter(r -> r.company().equals(company.id())).map(CapexRow::fiscalYear),
                    base.financials().stream().filter(r -> r.company().equals(company.id()))
                            .map(FinancialsRow::fiscalYear)).mapToInt(Integer::intValue).min();
        }

        private void record(List<FigureChange> changes, int[] unchanged, String column, int year, Double old,
                SecFigure f, List<String> notes) {
            Double now = f == null ? null : f.value();
            if (f == null) {
                String concepts = String.join(", ", mapping.column(column, company.cik()).entries().stream()
                        .map(ConceptMapping.Entry::label).toList());
                notes.add(Messages.get("sec.note.missing", company.id(), String.valueOf(year), column, concepts));
            }
            if (Objects.equals(old, now) || (old != null && now != null && Math.abs(old - now) < 5e-7)) {
                unchanged[0]++;
                return;
            }
            changes.add(new FigureChange(company.id(), year, column, old, now,
                    f == null ? Messages.get("sec.change.noFiling") : filingText(f.filing()),
                    f == null ? "" : note(f)));
        }

        private void definitionBreak(String column, TreeMap<Integer, SecFigure> figures, TreeSet<Integer> years,
                List<String> notes) {
            Map<String, List<Integer>> byDefinition = new LinkedHashMap<>();
            for (int y : years) {
                SecFigure f = figures.get(y);
                if (f != null) {
                    byDefinition.computeIfAbsent(f.entry().label(), k -> new ArrayList<>()).add(y);
                }
            }
            if (byDefinition.size() > 1) {
                List<String> parts = new ArrayList<>();
                byDefinition.forEach((label, ys) -> parts.add(Messages.get("import.capex.definitionYears", label,
                        YearRanges.format(ys))));
                notes.add(Messages.get("sec.note.definitionBreak", company.id(), column, String.join("; ", parts)));
            }
        }

        /** A source row for one figure, added once. */
        private String source(SecFigure f, String column, List<Source> sources) {
            SecFact filing = f.filing();
            String id = "sec-" + filing.accn() + "-" + column.replace("_usd_b", "") + "-FY" + f.fiscalYear();
            if (sources.stream().noneMatch(s -> s.id().equals(id))) {
                String periods = String.join(" + ", f.facts().stream().map(x -> Messages.get("sec.source.period",
                        x.concept(), x.start().toString(), x.end().toString(), x.form(), x.accn())).toList());
                String title = Messages.get("sec.source.title", facts.entityName().isEmpty() ? company.name()
                        : facts.entityName(), filing.form(), filing.filed().toString(), filing.accn(), periods);
                sources.add(new Source(id, title, indexUrl(company.cik(), filing.accn()), filing.filed(), accessed,
                        "filing"));
            }
            return id;
        }

        private String note(SecFigure f) {
            List<String> parts = new ArrayList<>();
            SecFact filing = f.filing();
            parts.add(Messages.get("sec.note.filed", filingText(filing), f.entry().label(),
                    filing.start().toString(), filing.end().toString()));
            if (f.derived()) {
                SecFact nine = f.facts().get(0);
                SecFact q4 = f.facts().get(1);
                parts.add(Messages.get("sec.note.derived", nine.start().toString(), nine.end().toString(),
                        nine.accn(), q4.start().toString(), q4.end().toString(), q4.accn()));
            }
            if (f.originalValue() != null) {
                parts.add(Messages.get("sec.note.restated", plain(f.originalValue()), filingText(f.original())));
            }
            if (f.signFlipped()) {
                parts.add(Messages.get("sec.note.signFlipped"));
            }
            return String.join("; ", parts);
        }
    }

    private static Double oldValue(FinancialsRow r, String column) {
        return switch (column) {
            case FinancialsRow.REVENUE -> r.revenueUsdB();
            case FinancialsRow.OPERATING_INCOME -> r.operatingIncomeUsdB();
            case FinancialsRow.NET_INCOME -> r.netIncomeUsdB();
            case FinancialsRow.D_AND_A -> r.dAndAUsdB();
            case FinancialsRow.TAX_RATE -> r.taxRate();
            case FinancialsRow.DEPRECIATION_PE -> r.depreciationPeUsdB();
            default -> null;
        };
    }

    /**
     * What the dataset accepts in a column (a negative revenue or D&A, or a rate beyond ±100 %, is a tagging slip;
     * USD 10 trillion, over ten times the largest company revenue, is a scale slip such as a value in cents).
     * Capex arrives positive (payments tagged negative are flipped, with a note).
     */
    private static boolean plausible(String column, double v) {
        return switch (column) {
            case FinancialsRow.REVENUE, FinancialsRow.D_AND_A, FinancialsRow.DEPRECIATION_PE, ConceptMapping.CAPEX ->
                    v >= 0 && v <= 10_000;
            case FinancialsRow.TAX_RATE -> v >= -1 && v <= 1;
            default -> Math.abs(v) <= 10_000;
        };
    }

    /** {@code 10-K 0001326801-25-000017 filed 2025-01-30}. */
    static String filingText(SecFact f) {
        return Messages.get("sec.filing", f.form(), f.accn(), f.filed().toString());
    }

    /** A number without a trailing {@code .0} and without grouping. */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
