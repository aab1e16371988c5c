package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.moneyAxis;
import static org.capexlens.chart.ChartParts.subtitle;

import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.capexlens.calc.Backtest;
import org.capexlens.calc.ModelResult.BacktestRow;
import org.capexlens.calc.ModelResult.CompanyYear;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The back-test ({@link ChartId#BACKTEST}): for each disclosed useful-life change, the effect the company stated
 * against the effect the model computes from the capex history, in USD billions of the effect year.
 */
final class BacktestChart {
    private BacktestChart() {
    }

    /** The back-test: the model's effect of each disclosed useful-life change against the company's statement. */
    static JFreeChart backtest(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        NumberFormat money = ChartFormats.moneyB(loc);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        TooltipTable tips = new TooltipTable();
        String disclosed = Messages.get("chart.backtest.series.disclosed");
        String model = Messages.get("chart.backtest.series.model");
        // With more companies than the charts show, the changes of the shown ones: a thousand bars are unreadable
        // and take seconds to draw. The dashboard's back-test table and the results workbook keep every row.
        Set<String> shown = new HashSet<>(in.shownCompanies());
        boolean focused = in.result().companies().stream().map(CompanyYear::company).distinct().count() > shown.size();
        List<BacktestRow> rows = focused ? in.result().backtest().stream().filter(r -> shown.contains(r.company()))
                .toList() : in.result().backtest();
        Provenance prov = new Provenance(in.dataset());
        for (BacktestRow r : rows) {
            String cat = Messages.get("chart.backtest.category", r.company(), r.period(),
                    ChartParts.setting(r.fromYears(), loc), ChartParts.setting(r.toYears(), loc));
            data.addValue(r.disclosed(), disclosed, cat);
            data.addValue(r.model(), model, cat);
            tips.put(disclosed, cat, Messages.get("chart.backtest.tip.disclosed", cat, money.format(r.disclosed()),
                    sourceOfChange(in, prov, r)));
            tips.put(model, cat, Messages.get("chart.backtest.tip.model", cat, money.format(r.model()),
                    ChartFormats.percent(loc).format(r.error())));
        }
        BarRenderer renderer = ChartParts.valueBars(theme, loc);
        renderer.setSeriesPaint(0, theme.color(7));
        renderer.setSeriesPaint(1, theme.hatch(theme.color(0)));
        renderer.setDefaultToolTipGenerator(tips);
        // Horizontal bars: the value sits at the bar's end (right of a positive bar, left of a negative one)
        // rather than above it, where it would cover the neighbouring bar.
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
                TextAnchor.CENTER_RIGHT));
        CategoryAxis cats = new CategoryAxis(null);
        cats.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, cats, moneyAxis(Messages.get("chart.backtest.axis"), loc),
                renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // Room for the value labels at the ends of the longest bars on either side.
        plot.getRangeAxis().setLowerMargin(0.16);
        plot.getRangeAxis().setUpperMargin(0.16);
        plot.setNoDataMessage(Messages.get("chart.backtest.noData"));
        cats.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        JFreeChart chart = chart(Messages.get("chart.backtest.title"), plot, true);
        subtitle(chart, Messages.get("chart.backtest.note"));
        Backtest.medianAbsError(in.result().backtest()).ifPresent(median -> subtitle(chart,
                Messages.get("chart.backtest.median", median, in.result().backtest().size())));
        if (rows.size() < in.result().backtest().size()) {
            subtitle(chart, Messages.get("chart.backtest.shown", rows.size(), shown.size(),
                    in.result().backtest().size()));
        }
        return chart;
    }

    /** The source rows of the disclosed change, as a tooltip line. */
    private static String sourceOfChange(ChartInputs in, Provenance prov, BacktestRow r) {
        TreeSet<String> ids = new TreeSet<>();
        in.dataset().usefulLives().stream()
                .filter(l -> l.company().equals(r.company()) && l.effectPeriod().equals(r.period()))
                .forEach(l -> ids.add(l.source()));
        return ids.isEmpty() ? Provenance.noRow() : Provenance.source(prov.describe(ids.first()));
    }
}
