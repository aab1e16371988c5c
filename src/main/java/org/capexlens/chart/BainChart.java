package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.subtitle;

import java.util.Locale;
import org.capexlens.calc.ModelResult.BainRow;
import org.capexlens.calc.ModelResult.PublishedFigures;
import org.capexlens.scenario.PublishedInputs;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bain's capex-intensity test ({@link ChartId#BAIN_TEST}, issue 10): per calendar year, the revenue at which the
 * hyperscalers' capex would be a sustainable share of revenue (capex ÷ intensity), the AI revenue there is and the
 * shortfall, in USD billions. When the scenario carries Bain's published inputs, one more group, labelled
 * "(published)", shows the same test on Bain's own capex figure beside the dataset's years.
 */
final class BainChart {
    private BainChart() {
    }

    /** Bain's test per calendar year, and on the published inputs when the scenario has them. */
    static JFreeChart bain(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        Scenario scenario = in.result().scenario();
        Scenario capexView = scenario.toBuilder().ratioNumerator(RatioNumerator.HYPERSCALER_CAPEX).build();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        TooltipTable tips = new TooltipTable();
        Provenance prov = new Provenance(in.dataset());
        String required = Messages.get("chart.bain.series.required");
        String actual = Messages.get("chart.gap.series.actual");
        String shortfall = Messages.get("chart.bain.series.shortfall");
        for (BainRow r : in.result().bain()) {
            String year = Integer.toString(r.year());
            data.addValue(r.requiredRevenue(), required, year);
            data.addValue(r.aiRevenue(), actual, year);
            data.addValue(r.shortfall(), shortfall, year);
            tips.put(required, year, Messages.get("chart.bain.tip.required", year,
                    ChartFormats.money(r.requiredRevenue(), loc), ChartFormats.money(r.capex(), loc),
                    String.valueOf(r.intensity()), prov.infrastructure(r.year(), capexView)));
            tips.put(actual, year, Messages.get("chart.gap.tip.actual", year, ChartFormats.money(r.aiRevenue(), loc),
                    prov.applications(r.year(), scenario)));
            tips.put(shortfall, year, Messages.get("chart.bain.tip.shortfall", year,
                    ChartFormats.money(r.shortfall(), loc)));
        }
        PublishedFigures p = in.result().publishedFigures()
                .filter(f -> f.inputs().method() == PublishedInputs.Method.BAIN).orElse(null);
        if (p != null) {
            String group = Messages.get("chart.published.category", Integer.toString(p.inputs().year()));
            data.addValue(p.requiredRevenue(), required, group);
            tips.put(required, group, Messages.get("chart.bain.tip.published", group,
                    ChartFormats.money(p.requiredRevenue(), loc), ChartFormats.money(p.spend(), loc),
                    String.valueOf(p.parameter()), p.inputs().sourceUrl()));
            if (p.inputs().aiRevenue() != null) {
                data.addValue(p.inputs().aiRevenue(), actual, group);
                data.addValue(p.gap(), shortfall, group);
            }
        }
        CategoryPlot plot = ChartParts.requiredRevenuePlot(data, tips, theme, loc, Messages.get("chart.bain.noData"));
        JFreeChart chart = chart(Messages.get("chart.bain.title"), plot, true);
        ChartParts.estimatedNote(chart, in.result().bain().stream().filter(BainRow::estimated)
                .map(BainRow::year).toList());
        subtitle(chart, Messages.get("chart.bain.note", ChartFormats.pct(scenario.sustainableCapexIntensity(),
                loc)));
        if (p != null) {
            subtitle(chart, publishedNote(p, loc));
        }
        return chart;
    }

    /** "Published: Bain 2030 …, stated $2,000B (source)"; shared with the Sequoia chart. */
    static String publishedNote(PublishedFigures p, Locale loc) {
        PublishedInputs in = p.inputs();
        String stated = in.statedRequiredRevenue() == null ? Messages.get("chart.published.notStated")
                : ChartFormats.money(in.statedRequiredRevenue(), loc);
        String statedGap = in.statedGap() == null ? Messages.get("chart.published.notStated")
                : ChartFormats.money(in.statedGap(), loc);
        return Messages.get("chart.published.note", Integer.toString(in.year()),
                ChartFormats.money(p.requiredRevenue(), loc), stated, statedGap, in.sourceUrl());
    }
}
