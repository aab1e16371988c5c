package org.capexlens.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Claim;
import org.capexlens.domain.GpuPrice;
import org.capexlens.domain.Company;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.SheetNames;
import org.capexlens.domain.Source;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.text.Messages;

/**
 * The checks that need more than one row, run once every sheet is read: a key given twice in one sheet (a company,
 * a source, a company's fiscal year …), and a row naming a company or a source that its sheet does not list. Each
 * finding is a capped row message in the {@link MessageLog}, located at the row and column as the file names them.
 */
final class CrossSheetChecks {
    private final ReadSheets sheets;
    private final MessageLog log;

    CrossSheetChecks(ReadSheets sheets, MessageLog log) {
        this.sheets = sheets;
        this.log = log;
    }

    /** Runs every check, in the order their messages are listed. */
    void run() {
        List<SheetState.Row<Company>> companies = sheets.rows(SheetNames.COMPANIES);
        List<SheetState.Row<CapexRow>> capex = sheets.rows(SheetNames.CAPEX);
        List<SheetState.Row<FinancialsRow>> financials = sheets.rows(SheetNames.FINANCIALS);
        List<SheetState.Row<UsefulLifeChange>> lives = sheets.rows(SheetNames.USEFUL_LIVES);
        List<SheetState.Row<ChipRevenueRow>> chips = sheets.rows(SheetNames.CHIP_REVENUE);
        List<SheetState.Row<AiRevenueRow>> ai = sheets.rows(SheetNames.AI_REVENUE);
        List<SheetState.Row<Source>> sources = sheets.rows(SheetNames.SOURCES);
        List<SheetState.Row<Claim>> claims = sheets.rows(SheetNames.CLAIMS);

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
        duplicates(SheetNames.CLAIMS, claims, Claim::id, "claim");

        // A sheet refused for a missing column has no rows: checking ids against it would call every id unknown
        // and bury the one real error under hundreds.
        if (sheets.readable(SheetNames.COMPANIES)) {
            knownCompany(SheetNames.CAPEX, capex, CapexRow::company, "company", companyIds);
            knownCompany(SheetNames.FINANCIALS, financials, FinancialsRow::company, "company", companyIds);
            knownCompany(SheetNames.USEFUL_LIVES, lives, UsefulLifeChange::company, "company", companyIds);
            knownCompany(SheetNames.CHIP_REVENUE, chips, ChipRevenueRow::vendor, "vendor", companyIds);
        }
        if (sheets.readable(SheetNames.SOURCES)) {
            knownSource(SheetNames.CAPEX, capex, CapexRow::source, sourceIds);
            knownSource(SheetNames.FINANCIALS, financials, FinancialsRow::source, sourceIds);
            for (String figure : RowBuilders.FINANCIAL_FIGURES) {
                knownFigureSource(financials, figure, sourceIds);
            }
            knownFinanceLeaseSource(capex, sourceIds);
            knownShortLivedShareSource(companies, sourceIds);
            knownSource(SheetNames.USEFUL_LIVES, lives, UsefulLifeChange::source, sourceIds);
            knownSource(SheetNames.CHIP_REVENUE, chips, ChipRevenueRow::source, sourceIds);
            knownSource(SheetNames.AI_REVENUE, ai, AiRevenueRow::source, sourceIds);
            knownSource(SheetNames.CLAIMS, claims, Claim::source, sourceIds);
            List<SheetState.Row<GpuPrice>> gpuPrices = sheets.rows(SheetNames.GPU_PRICES);
            knownSource(SheetNames.GPU_PRICES, gpuPrices, GpuPrice::source, sourceIds);
        }
        mixedDefinitions(capex);
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

    private <T> void duplicates(String sheet, List<SheetState.Row<T>> rows, Function<T, String> key, String column) {
        duplicates(sheet, rows, key, key, column);
    }

    /**
     * Errors for rows whose key an earlier row has.
     *
     * @param key    what makes a row unique; a small record rather than text, so that 200,000 rows cost no string
     *               building.
     * @param label  the key as a message names it, built only for a duplicate.
     */
    private <T> void duplicates(String sheet, List<SheetState.Row<T>> rows, Function<T, ?> key,
            Function<T, String> label, String column) {
        Map<Object, Integer> first = new HashMap<>(rows.size() * 4 / 3 + 1);
        for (SheetState.Row<T> r : rows) {
            Integer earlier = first.putIfAbsent(key.apply(r.value()), r.row());
            if (earlier != null) {
                log.add(ImportMessage.error(sheets.at(sheet, r.row(), column), Messages.get("import.row.duplicate",
                        label.apply(r.value()), Integer.toString(earlier))), "duplicate");
            }
        }
    }

    private <T> void knownCompany(String sheet, List<SheetState.Row<T>> rows, Function<T, String> company,
            String column, Set<String> known) {
        for (SheetState.Row<T> r : rows) {
            String c = company.apply(r.value());
            if (!known.contains(c)) {
                log.add(ImportMessage.error(sheets.at(sheet, r.row(), column), Messages.get(
                        "import.row.unknownCompany", RowReader.quote(c), sheets.get(SheetNames.COMPANIES).nameInFile)),
                        "unknowncompany");
            }
        }
    }

    private <T> void knownSource(String sheet, List<SheetState.Row<T>> rows, Function<T, String> source,
            Set<String> known) {
        for (SheetState.Row<T> r : rows) {
            String s = source.apply(r.value());
            if (s.isEmpty()) {
                log.add(ImportMessage.warning(sheets.at(sheet, r.row(), "source"),
                        Messages.get("import.row.noSource")), "nosource");
            } else if (!known.contains(s)) {
                log.add(ImportMessage.error(sheets.at(sheet, r.row(), "source"), Messages.get(
                        "import.row.unknownSource", RowReader.quote(s), sheets.get(SheetNames.SOURCES).nameInFile)),
                        "unknownsource");
            }
        }
    }

    private void knownFigureSource(List<SheetState.Row<FinancialsRow>> rows, String figure, Set<String> known) {
        String column = RowBuilders.figureSourceColumn(figure);
        for (SheetState.Row<FinancialsRow> r : rows) {
            String s = r.value().figureSources().get(figure);
            if (s != null && !known.contains(s)) {
                log.add(ImportMessage.error(sheets.at(SheetNames.FINANCIALS, r.row(), column), Messages.get(
                        "import.row.unknownSource", RowReader.quote(s), sheets.get(SheetNames.SOURCES).nameInFile)),
                        "unknownsource");
            }
        }
    }

    /** Issue 14: a capex row's own source of its finance-lease additions must be a row of the sources sheet. */
    private void knownFinanceLeaseSource(List<SheetState.Row<CapexRow>> rows, Set<String> known) {
        for (SheetState.Row<CapexRow> r : rows) {
            String s = r.value().financeLeaseSource();
            if (!s.isEmpty() && !known.contains(s)) {
                log.add(ImportMessage.error(sheets.at(SheetNames.CAPEX, r.row(), "finance_lease_source"), Messages.get(
                        "import.row.unknownSource", RowReader.quote(s), sheets.get(SheetNames.SOURCES).nameInFile)),
                        "unknownsource");
            }
        }
    }

    /** Issue 14: a company's own short-lived share must cite a row of the sources sheet. */
    private void knownShortLivedShareSource(List<SheetState.Row<Company>> rows, Set<String> known) {
        for (SheetState.Row<Company> r : rows) {
            String s = r.value().shortLivedShareSource();
            if (!s.isEmpty() && !known.contains(s)) {
                log.add(ImportMessage.error(sheets.at(SheetNames.COMPANIES, r.row(), "short_lived_share_source"),
                        Messages.get("import.row.unknownSource", RowReader.quote(s),
                                sheets.get(SheetNames.SOURCES).nameInFile)), "unknownsource");
            }
        }
    }

    // ---- issue 16: one capex definition per company --------------------------------------------------------------

    /**
     * A warning per company whose capex rows state more than one {@code definition}: the model treats a company's
     * series as one, so a year counted another way shows as growth that is not there (Meta 2025 incl. finance-lease
     * principal after 2020–2024 without: +94 % where Meta reported +84 %). Rows without a definition are not
     * compared. Located at the first row whose definition differs from the company's first one.
     */
    private void mixedDefinitions(List<SheetState.Row<CapexRow>> capex) {
        Map<String, Map<String, java.util.SortedSet<Integer>>> byCompany = new java.util.LinkedHashMap<>();
        Map<String, Integer> firstBreakRow = new HashMap<>();
        Map<String, String> firstDefinition = new HashMap<>();
        for (SheetState.Row<CapexRow> r : capex) {
            CapexRow c = r.value();
            if (c.definition().isEmpty()) {
                continue;
            }
            byCompany.computeIfAbsent(c.company(), k -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(c.definition(), k -> new java.util.TreeSet<>()).add(c.fiscalYear());
            String first = firstDefinition.putIfAbsent(c.company(), c.definition());
            if (first != null && !first.equals(c.definition())) {
                firstBreakRow.putIfAbsent(c.company(), r.row());
            }
        }
        byCompany.forEach((company, definitions) -> {
            if (definitions.size() < 2) {
                return;
            }
            List<String> parts = new java.util.ArrayList<>();
            definitions.forEach((definition, years) -> parts.add(
                    Messages.get("import.capex.definitionYears", definition, YearRanges.format(years))));
            log.add(ImportMessage.warning(sheets.at(SheetNames.CAPEX, firstBreakRow.get(company), "definition"),
                    Messages.get("import.capex.mixedDefinitions", company, String.join("; ", parts))),
                    "mixeddefinitions");
        });
    }
}
