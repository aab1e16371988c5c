package org.capexlens.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartInputs;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.UsefulLifeChange;

/**
 * Which sources a chart's figures come from, for its footer and metadata. A chart cites the sources of the rows
 * it is computed from (the ratio: chip revenue or hyperscaler capex, and the AI revenue series of the scenario;
 * the margin charts: capex, financials and useful lives of the companies drawn; the back-test: the disclosed life
 * changes and those companies' capex), most-cited first so that a footer listing four names the main ones; ties
 * keep the order of the sources sheet.
 */
final class CitedSources {
    /** Longer short titles are cut at a word with an ellipsis, so four fit a footer line or two. */
    static final int MAX_SHORT_TITLE = 42;

    private CitedSources() {
    }

    /** The sources behind {@code chart}, most-cited first; ids missing from the sources sheet are left out. */
    static List<Source> of(ChartId chart, ChartInputs in) {
        Dataset d = in.dataset();
        ModelResult result = in.result();
        Counter count = new Counter();
        Set<String> drawn = companies(result);
        switch (chart) {
            case RATIO, INFRA_VS_APPS, COMPARE_RATIO -> {
                Set<Integer> years = new LinkedHashSet<>();
                result.ratio().forEach(r -> years.add(r.year()));
                infrastructure(d, result.scenario(), years, count);
                applications(d, result.scenario(), years, count);
            }
            case REVENUE_GAP, REVENUE_GAP_FAN -> {
                Set<Integer> years = new LinkedHashSet<>();
                result.revenueGap().forEach(r -> years.add(r.year()));
                infrastructure(d, result.scenario(), years, count);
                applications(d, result.scenario(), years, count);
            }
            case DELTA_DEPRECIATION, DELTA_DEPRECIATION_FAN -> {
                capex(d, drawn, count);
                lives(d, drawn, count);
            }
            case ADJUSTED_MARGIN, MARGIN_VS_LIFE, SENSITIVITY_HEATMAP, TORNADO, COMPARE_MARGIN -> {
                capex(d, drawn, count);
                financials(d, drawn, count);
                lives(d, drawn, count);
            }
            case DEPRECIATION_BY_VINTAGE -> {
                Set<String> one = in.vintages() == null ? Set.of() : Set.of(in.vintages().company());
                capex(d, one, count);
                lives(d, one, count);
            }
            case BAIN_TEST -> {
                Set<Integer> years = new LinkedHashSet<>();
                result.bain().forEach(r -> years.add(r.year()));
                Scenario capex = result.scenario().toBuilder().ratioNumerator(RatioNumerator.HYPERSCALER_CAPEX).build();
                infrastructure(d, capex, years, count);
                applications(d, result.scenario(), years, count);
            }
            case BACKTEST -> {
                Set<String> tested = new LinkedHashSet<>();
                result.backtest().forEach(b -> tested.add(b.company()));
                for (UsefulLifeChange l : d.usefulLives()) {
                    if (tested.contains(l.company()) && l.disclosedEffectUsdB() != null) {
                        count.add(l.source());
                    }
                }
                capex(d, tested, count);
            }
            case CALIBRATION -> { // issue 14: the filed depreciation and the capex and lives it is modelled from
                Set<String> calibrated = new LinkedHashSet<>();
                for (var r : org.capexlens.calc.Calibration.compute(d, result.scenario())) {
                    calibrated.add(r.company());
                    count.add(r.filedSource());
                }
                capex(d, calibrated, count);
                lives(d, calibrated, count);
            }
            case GPU_ECONOMIC_LIFE -> { // issue 11: the price points fitted and the server lives drawn beside them
                var life = org.capexlens.chart.GpuLifeText.result(in);
                if (life != null) {
                    life.points().forEach(p -> count.add(p.source()));
                }
                for (UsefulLifeChange l : d.usefulLives()) {
                    if (l.assetClass().toLowerCase(java.util.Locale.ROOT).contains("server")) {
                        count.add(l.source());
                    }
                }
            }
            default -> throw new IllegalStateException("no sources rule for " + chart);
        }
        return count.ranked(d);
    }

    /** The newest {@code published} date among all the dataset's sources, or {@code null} when none has one. */
    static LocalDate asOf(Dataset dataset) {
        return dataset.sources().stream().map(Source::published).filter(p -> p != null)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * A footer-sized title: the part before a {@code " - "} (the publisher or the filing, e.g. "Microsoft Form
     * 10-K FY2019" of "Microsoft Form 10-K FY2019 - Cash Flows Statements (SEC XBRL R6)"), cut at a word to at
     * most {@value #MAX_SHORT_TITLE} characters.
     */
    static String shortTitle(String title) {
        String t = title.strip();
        for (String sep : new String[] {" - ", " \u2014 ", " \u2013 ", ": "}) {
            int i = t.indexOf(sep);
            if (i >= 3) {
                t = t.substring(0, i).strip();
                break;
            }
        }
        if (t.length() <= MAX_SHORT_TITLE) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX_SHORT_TITLE - 1);
        return (cut > MAX_SHORT_TITLE / 2 ? t.substring(0, cut) : t.substring(0, MAX_SHORT_TITLE - 1)).strip()
                + "\u2026";
    }

    /** Short titles of {@code sources}, duplicates (the same publisher twice) removed, order kept. */
    static List<String> shortTitles(List<Source> sources) {
        Set<String> titles = new LinkedHashSet<>();
        for (Source s : sources) {
            titles.add(shortTitle(s.title()));
        }
        return List.copyOf(titles);
    }

    /** The addresses of {@code sources} that have one, duplicates removed, order kept. */
    static List<String> urls(List<Source> sources) {
        Set<String> urls = new LinkedHashSet<>();
        for (Source s : sources) {
            if (!s.url().isEmpty()) {
                urls.add(s.url());
            }
        }
        return List.copyOf(urls);
    }

    private static Set<String> companies(ModelResult result) {
        Set<String> out = new LinkedHashSet<>();
        result.companies().forEach(r -> out.add(r.company()));
        return out;
    }

    /**
     * Rows behind the infrastructure figure of the calendar years drawn: a fiscal year ending early in the next
     * calendar year (Nvidia's ends in late January) contributes to both, as {@code Calendarizer} spreads it.
     */
    private static void infrastructure(Dataset d, Scenario scenario, Set<Integer> years, Counter count) {
        switch (scenario.ratioNumerator()) {
            case NVIDIA_DATA_CENTER -> {
                for (ChipRevenueRow r : d.chipRevenue()) {
                    if (touches(r.fiscalYear(), years)) {
                        count.add(r.source());
                    }
                }
            }
            case HYPERSCALER_CAPEX, AI_SHARE_OF_CAPEX -> {
                for (CapexRow r : d.capex()) {
                    boolean hyperscaler = d.company(r.company()).map(Company::role)
                            .map(role -> role == Role.HYPERSCALER).orElse(false);
                    if (hyperscaler && touches(r.fiscalYear(), years)) {
                        count.add(r.source());
                    }
                }
            }
            default -> throw new IllegalStateException("unknown numerator " + scenario.ratioNumerator());
        }
    }

    private static boolean touches(int fiscalYear, Set<Integer> calendarYears) {
        return calendarYears.contains(fiscalYear) || calendarYears.contains(fiscalYear - 1);
    }

    /** The AI revenue rows of the scenario's basis and entities dated in the calendar years drawn. */
    private static void applications(Dataset d, Scenario scenario, Set<Integer> years, Counter count) {
        List<String> entities = scenario.aiRevenueEntities();
        for (AiRevenueRow r : d.aiRevenue()) {
            if (r.basis() == scenario.aiRevenueBasis() && (entities.isEmpty() || entities.contains(r.entity()))
                    && years.contains(r.periodEnd().getYear())) {
                count.add(r.source());
            }
        }
    }

    private static void capex(Dataset d, Set<String> companies, Counter count) {
        for (CapexRow r : d.capex()) {
            if (companies.contains(r.company())) {
                count.add(r.source());
            }
        }
    }

    private static void financials(Dataset d, Set<String> companies, Counter count) {
        for (FinancialsRow r : d.financials()) {
            if (companies.contains(r.company())) {
                count.add(r.source());
            }
        }
    }

    private static void lives(Dataset d, Set<String> companies, Counter count) {
        for (UsefulLifeChange l : d.usefulLives()) {
            if (companies.contains(l.company())) {
                count.add(l.source());
            }
        }
    }

    /** Citations per source id. */
    private static final class Counter {
        private final Map<String, Integer> counts = new LinkedHashMap<>();

        void add(String sourceId) {
            if (sourceId != null && !sourceId.isBlank()) {
                counts.merge(sourceId, 1, Integer::sum);
            }
        }

        /** Known sources, most-cited first, ties in the order of the sources sheet. */
        List<Source> ranked(Dataset d) {
            List<Source> out = new ArrayList<>();
            for (Source s : d.sourcesById().values()) {
                if (counts.containsKey(s.id())) {
                    out.add(s);
                }
            }
            // A stable sort keeps the sheet order among equals.
            out.sort(Comparator.comparingInt((Source s) -> counts.get(s.id())).reversed());
            return out;
        }
    }
}
