package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.subtitle;

import java.util.Locale;
import org.capexlens.calc.ModelResult.PublishedFigures;
import org.capexlens.calc.ModelResult.RevenueGapRow;
import org.capexlens.scenario.PublishedInputs;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Sequoia's revenue gap ({@link ChartId#REVENUE_GAP}): per calendar year, the revenue the infrastructure requires,
 * the AI revenue there is, and the gap between them, in USD billions.
 */
final class RevenueGapChart {
    private RevenueGapChart() {
    }

    /** Sequoia's revenue gap: revenue required by the infrastructure against AI revenue, per calendar year. */
    static JFreeChart revenueGap(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        Scenario scenario = in.result().scenario();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        TooltipTable tips = new TooltipTable();
        Provenance prov = new Provenance(in.dataset());
        String required = Messages.get("chart.gap.series.required");
        String actual = Messages.get("chart.gap.series.actual");
        String gap = Messages.get("chart.gap.series.gap");
        for (RevenueGapRow r : in.result().revenueGap()) {
            String year = Integer.toString(r.year());
            data.addValue(r.requiredRevenue(), required, year);
            data.addValue(r.applications(), actual, year);
            data.addValue(r.gap(), gap, year);
            // The scenario's shares print as Java writes them (0.5), as in the scenario file.
            tips.put(required, year, Messages.get("chart.gap.tip.required", year,
                    ChartFormats.money(r.requiredRevenue(), loc), ChartFormats.money(r.infrastructure(), loc),
                    String.valueOf(scenario.gpuShareOfDataCenterCost()), String.valueOf(scenario.endUserGrossMargin()),
                    prov.infrastructure(r.year(), scenario)));
            tips.put(actual, year, Messages.get("chart.gap.tip.actual", year, ChartFormats.money(r.applications(), loc),
                    prov.applications(r.year(), scenario)));
            tips.put(gap, year, Messages.get("chart.gap.tip.gap", year, ChartFormats.money(r.gap(), loc)));
        }
        // Issue 10: the same method on the author's published inputs, as one more group labelled "(published)".
        PublishedFigures p = in.result().publishedFigures()
                .filter(f -> f.inputs().method() == PublishedInputs.Method.SEQUOIA).orElse(null);
        if (p != null) {
            String group = Messages.get("chart.published.category", Integer.toString(p.inputs().year()));
            data.addValue(p.requiredRevenue(), required, group);
            tips.put(required, group, Messages.get("chart.gap.tip.published", group,
                    ChartFormats.money(p.requiredRevenue(), loc), ChartFormats.money(p.spend(), loc),
                    String.valueOf(scenario.gpuShareOfDataCenterCost()), String.valueOf(scenario.endUserGrossMargin()),
                    p.inputs().sourceUrl()));
            if (p.inputs().aiRevenue() != null) {
                data.addValue(p.inputs().aiRevenue(), actual, group);
                data.addValue(p.gap(), gap, group);
            }
        }
        CategoryPlot plot = ChartParts.requiredRevenuePlot(data, tips, theme, loc, Messages.get("chart.gap.noData"));
        JFreeChart chart = chart(Messages.get("chart.gap.title"), plot, true);
        subtitle(chart, Messages.get("chart.gap.note", in.ratioLabel()));
        ChartParts.estimatedNote(chart, in.result().revenueGap().stream().filter(RevenueGapRow::estimated)
                .map(RevenueGapRow::year).toList());
        if (p != null) {
            subtitle(chart, BainChart.publishedNote(p, loc));
        }
        return chart;
    }
}
