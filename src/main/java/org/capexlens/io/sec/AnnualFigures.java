package org.capexlens.io.sec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Picks one annual figure per fiscal year for one column of one company, with the rules of README "SEC EDGAR":
 * <ol>
 * <li>annual = a period of about a year ending on a fiscal-year end ({@link FiscalPeriods}), never by {@code fy};
 * <li>the same period in many filings: the latest filing wins (as restated); the first-filed value is kept when it
 *     differs;
 * <li>the mapping's entries are tried in order per year; an entry of several concepts needs all of them;
 * <li>no annual fact: the year is derived as nine-month YTD + Q4 only when both parts are there (additive columns);
 * <li>a payment is positive; USD become billions.
 * </ol>
 */
final class AnnualFigures {
    private static final double BILLION = 1e9;

    private AnnualFigures() {
    }

    /** Figures by fiscal year. */
    static TreeMap<Integer, SecFigure> pick(CompanyFacts facts, ConceptMapping.Column column, int fyEndMonth) {
        TreeMap<Integer, SecFigure> out = new TreeMap<>();
        List<Map<Integer, SecFigure>> perEntry = new ArrayList<>();
        for (ConceptMapping.Entry entry : column.entries()) {
            perEntry.add(forEntry(facts, column, entry, fyEndMonth));
        }
        for (Map<Integer, SecFigure> byYear : perEntry) {
            byYear.forEach(out::putIfAbsent);
        }
        return out;
    }

    private static Map<Integer, SecFigure> forEntry(CompanyFacts facts, ConceptMapping.Column column,
            ConceptMapping.Entry entry, int fyEndMonth) {
        List<Map<Integer, List<SecFact>>> annualPerConcept = new ArrayList<>();
        for (String concept : entry.concepts()) {
            annualPerConcept.add(annualByYear(facts.facts(concept), column.unit(), fyEndMonth));
        }
        Map<Integer, SecFigure> out = new HashMap<>();
        for (Integer year : annualPerConcept.get(0).keySet()) {
            if (annualPerConcept.stream().allMatch(m -> m.containsKey(year))) {
                out.put(year, combine(year, column, entry, annualPerConcept.stream().map(m -> m.get(year)).toList()));
            }
        }
        if (column.additive() && entry.concepts().size() == 1) {
            derived(facts.facts(entry.concepts().get(0)), column, entry, fyEndMonth, out);
        }
        return out;
    }

    /** The annual facts of one concept by fiscal year, each list sorted first filed → last filed. */
    private static Map<Integer, List<SecFact>> annualByYear(List<SecFact> facts, String unit, int fyEndMonth) {
        Map<Integer, List<SecFact>> byYear = new HashMap<>();
        for (SecFact f : facts) {
            if (!f.unit().equals(unit) || !FiscalPeriods.annual(f)) {
                continue;
            }
            OptionalInt fy = FiscalPeriods.fiscalYearEnding(f.end(), fyEndMonth);
            if (fy.isPresent()) {
                byYear.computeIfAbsent(fy.getAsInt(), k -> new ArrayList<>()).add(f);
            }
        }
        byYear.values().forEach(l -> l.sort(FiscalPeriods.AS_RESTATED));
        return byYear;
    }

    /** One figure from the filings of each concept of an entry (summed), latest filing each. */
    private static SecFigure combine(int year, ConceptMapping.Column column, ConceptMapping.Entry entry,
            List<List<SecFact>> filingsPerConcept) {
        double latest = 0;
        double first = 0;
        boolean flipped = false;
        List<SecFact> used = new ArrayList<>();
        SecFact firstFiled = null;
        for (List<SecFact> filings : filingsPerConcept) {
            SecFact last = filings.get(filings.size() - 1);
            SecFact earliest = filings.get(0);
            used.add(last);
            latest += signed(column, last.value());
            first += signed(column, earliest.value());
            flipped |= column.payment() && last.value() < 0;
            if (firstFiled == null || FiscalPeriods.AS_RESTATED.compare(earliest, firstFiled) < 0) {
                firstFiled = earliest;
            }
        }
        boolean restated = Math.abs(latest - first) > 1e-6 * Math.max(1, Math.abs(latest));
        return new SecFigure(year, scale(column, latest), entry, used, restated ? scale(column, first) : null,
                restated ? firstFiled : null, false, flipped);
    }

    /** Years without an annual fact: nine-month YTD + Q4 of the same fiscal year, both present. */
    private static void derived(List<SecFact> facts, ConceptMapping.Column column, ConceptMapping.Entry entry,
            int fyEndMonth, Map<Integer, SecFigure> out) {
        Map<String, List<SecFact>> byPeriod = new HashMap<>();
        for (SecFact f : facts) {
            if (f.unit().equals(column.unit()) && (FiscalPeriods.quarter(f) || FiscalPeriods.nineMonths(f))) {
                byPeriod.computeIfAbsent(f.start() + "/" + f.end(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<SecFact> q4s : byPeriod.values()) {
            SecFact q4 = q4s.stream().max(FiscalPeriods.AS_RESTATED).orElseThrow();
            if (!FiscalPeriods.quarter(q4)) {
                continue;
            }
            OptionalInt fy = FiscalPeriods.fiscalYearEnding(q4.end(), fyEndMonth);
            if (fy.isEmpty() || out.containsKey(fy.getAsInt())) {
                continue;
            }
            // The nine months end the day before Q4 starts and start about a year before Q4 ends.
            byPeriod.values().stream().map(l -> l.stream().max(FiscalPeriods.AS_RESTATED).orElseThrow())
                    .filter(FiscalPeriods::nineMonths)
                    .filter(n -> n.end().plusDays(1).equals(q4.start()))
                    .max(Comparator.comparing(SecFact::days))
                    .ifPresent(nine -> {
                        double v = signed(column, nine.value()) + signed(column, q4.value());
                        boolean flipped = column.payment() && (nine.value() < 0 || q4.value() < 0);
                        out.put(fy.getAsInt(), new SecFigure(fy.getAsInt(), scale(column, v), entry,
                                List.of(nine, q4), null, null, true, flipped));
                    });
        }
    }

    private static double signed(ConceptMapping.Column column, double v) {
        return column.payment() ? Math.abs(v) : v;
    }

    private static double scale(ConceptMapping.Column column, double v) {
        return column.unit().equals("USD") ? v / BILLION : v;
    }
}
