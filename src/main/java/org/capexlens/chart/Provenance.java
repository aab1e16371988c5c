package org.capexlens.chart;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.text.Messages;

/**
 * Where a charted figure comes from, in words for a tooltip: "source: <title> (<url>)". Every figure a user sees
 * traces to a source row, or says it is a scenario assumption.
 */
final class Provenance {
    private final Dataset dataset;
    private final Map<String, Source> sources;
    /** Built on first use: a chart of 10 companies × 30 years would otherwise scan the sheets 600 times. */
    private Map<String, CapexRow> capexIndex;
    private Map<String, FinancialsRow> financialsIndex;

    Provenance(Dataset dataset) {
        this.dataset = dataset;
        this.sources = dataset.sourcesById();
    }

    /** "title (url)" of a source id, or the id itself when it is not in the sources sheet. */
    String describe(String sourceId) {
        if (sourceId == null || sourceId.isEmpty()) {
            return Messages.get("chart.source.none");
        }
        Source s = sources.get(sourceId);
        if (s == null) {
            return sourceId;
        }
        return s.url().isEmpty() ? s.title() : Messages.get("chart.source.titleAndUrl", s.title(), s.url());
    }

    /** The capex row of a company and fiscal year, if the dataset has one (the first, as the model uses). */
    CapexRow capex(String company, int fiscalYear) {
        if (capexIndex == null) {
            capexIndex = new java.util.HashMap<>();
            for (CapexRow r : dataset.capex()) {
                capexIndex.putIfAbsent(company(r.company(), r.fiscalYear()), r);
            }
        }
        return capexIndex.get(company(company, fiscalYear));
    }

    FinancialsRow financials(String company, int fiscalYear) {
        if (financialsIndex == null) {
            financialsIndex = new java.util.HashMap<>();
            for (FinancialsRow r : dataset.financials()) {
                financialsIndex.putIfAbsent(company(r.company(), r.fiscalYear()), r);
            }
        }
        return financialsIndex.get(company(company, fiscalYear));
    }

    private static String company(String company, int fiscalYear) {
        return company + '\u0000' + fiscalYear;
    }

    /** Source lines for a company-year figure built from capex and financials. */
    String companyYear(String company, int fiscalYear, Status status) {
        if (status == Status.SCENARIO) {
            return Messages.get("chart.source.projected");
        }
        StringBuilder sb = new StringBuilder();
        CapexRow c = capex(company, fiscalYear);
        if (c != null) {
            sb.append(Messages.get("chart.source.capex", describe(c.source())));
        }
        FinancialsRow f = financials(company, fiscalYear);
        if (f != null) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(Messages.get("chart.source.financials", describe(f.source())));
        }
        return sb.length() == 0 ? noRow() : sb.toString();
    }

    /** The distinct sources behind the ratio's infrastructure figure in a calendar year. */
    String infrastructure(int year, Scenario scenario) {
        Set<String> ids = new LinkedHashSet<>();
        switch (scenario.ratioNumerator()) {
            case NVIDIA_DATA_CENTER -> {
                for (ChipRevenueRow r : dataset.chipRevenue()) {
                    if (r.fiscalYear() == year || r.fiscalYear() == year + 1) {
                        ids.add(r.source());
                    }
                }
            }
            case HYPERSCALER_CAPEX, AI_SHARE_OF_CAPEX -> {
                for (CapexRow r : dataset.capex()) {
                    boolean hyperscaler = dataset.company(r.company()).map(Company::role)
                            .map(role -> role == Role.HYPERSCALER).orElse(false);
                    if (hyperscaler && (r.fiscalYear() == year || r.fiscalYear() == year + 1)) {
                        ids.add(r.source());
                    }
                }
            }
            default -> throw new IllegalStateException("unknown numerator " + scenario.ratioNumerator());
        }
        return join(ids);
    }

    /** The distinct sources behind the applications figure in a calendar year. */
    String applications(int year, Scenario scenario) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> entities = scenario.aiRevenueEntities();
        for (AiRevenueRow r : dataset.aiRevenue()) {
            LocalDate end = r.periodEnd();
            if (end.getYear() == year && r.basis() == scenario.aiRevenueBasis()
                    && (entities.isEmpty() || entities.contains(r.entity()))) {
                ids.add(r.source());
            }
        }
        return join(ids);
    }

    private String join(Set<String> ids) {
        if (ids.isEmpty()) {
            return noRow();
        }
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String id : ids) {
            if (n == 4) {
                sb.append('\n').append(Messages.get("chart.source.more", ids.size() - 4));
                break;
            }
            if (n > 0) {
                sb.append('\n');
            }
            sb.append(source(describe(id)));
            n++;
        }
        return sb.toString();
    }

    /** "source: title — url", one line of a tooltip's provenance. */
    static String source(String described) {
        return Messages.get("chart.source.one", described);
    }

    /** What a tooltip says when no source row stands behind a figure. */
    static String noRow() {
        return Messages.get("chart.source.noRow");
    }
}
