package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.percentAxis;
import static org.capexlens.chart.ChartParts.subtitle;
import static org.capexlens.chart.ChartParts.yearAxis;

import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.Map;
import java.util.TreeMap;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.ScenarioComparison;
import org.capexlens.domain.Status;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Compare tab's charts (issue 11): one line per compared scenario, in the comparison's order (the current
 * scenario first, in the first colour and a heavier stroke), over the ratio ({@link ChartId#COMPARE_RATIO}) and the
 * hyperscalers' combined adjusted operating margin ({@link ChartId#COMPARE_MARGIN}).
 */
final class CompareCharts {
    private CompareCharts() {
    }

    /** The infrastructure-to-application ratio of each scenario per calendar year. */
    static JFreeChart ratio(ChartInputs in, ChartTheme theme) {
        ScenarioComparison.Comparison c = in.comparisonOrSelf();
        XYSeriesCollection data = new XYSeriesCollection();
        for (ScenarioComparison.Figures f : c.scenarios()) {
            XYSeries s = new XYSeries(key(data, f), false, false);
            for (ModelResult.RatioRow r : f.result().ratio()) {
                if (r.ratio() != null) {
                    s.add(r.year(), r.ratio());
                }
            }
            data.addSeries(s);
        }
        NumberFormat times = ChartFormats.times(in.locale());
        NumberAxis y = new SpaciousNumberAxis(Messages.get("chart.ratio.axis"));
        y.setNumberFormatOverride(times);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, yearAxis(Messages.get("chart.axis.calendarYear")), y,
                renderer(data, theme, times));
        plot.setNoDataMessage(Messages.get("chart.ratio.noData"));
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        plot.addRangeMarker(new ValueMarker(1.0, theme.muted(), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f)));
        JFreeChart chart = chart(Messages.get("chart.compare.ratio.title"), plot, true);
        subtitle(chart, in.ratioLabel());
        return chart;
    }

    /**
     * The hyperscalers' combined adjusted operating margin (Σ adjusted operating income ÷ Σ revenue over the
     * companies with both that fiscal year) of each scenario; projected years dashed.
     */
    static JFreeChart margin(ChartInputs in, ChartTheme theme) {
        ScenarioComparison.Comparison c = in.comparisonOrSelf();
        XYSeriesCollection data = new XYSeriesCollection();
        int firstProjected = Integer.MAX_VALUE;
        for (ScenarioComparison.Figures f : c.scenarios()) {
            Map<Integer, double[]> sums = new TreeMap<>();
            for (ModelResult.CompanyYear r : f.result().companies()) {
                if (r.adjustedOperatingIncome() != null && r.revenue() != null && r.revenue() > 0) {
                    double[] s = sums.computeIfAbsent(r.fiscalYear(), k -> new double[2]);
                    s[0] += r.adjustedOperatingIncome();
                    s[1] += r.revenue();
                }
                if (r.status() == Status.SCENARIO) {
                    firstProjected = Math.min(firstProjected, r.fiscalYear());
                }
            }
            XYSeries s = new XYSeries(key(data, f), false, false);
            sums.forEach((year, v) -> s.add(year.doubleValue(), v[0] / v[1]));
            data.addSeries(s);
        }
        NumberFormat pct = ChartFormats.percent(in.locale());
        XYPlot plot = new XYPlot(data, yearAxis(Messages.get("chart.axis.fiscalYear")),
                percentAxis(Messages.get("chart.compare.margin.axis"), in.locale()), renderer(data, theme, pct));
        plot.setNoDataMessage(Messages.get("chart.compare.noData"));
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        if (firstProjected != Integer.MAX_VALUE) {
            ValueMarker from = new ValueMarker(firstProjected - 0.5, theme.muted(), new BasicStroke(1f));
            from.setLabel(Messages.get("chart.compare.projected"));
            from.setLabelFont(theme.smallFont());
            from.setLabelPaint(theme.muted());
            from.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            from.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            plot.addDomainMarker(from);
        }
        JFreeChart chart = chart(Messages.get("chart.compare.margin.title"), plot, true);
        subtitle(chart, Messages.get("chart.compare.margin.subtitle"));
        return chart;
    }

    /** A unique legend key: two scenarios of the same name get their position added. */
    private static String key(XYSeriesCollection data, ScenarioComparison.Figures f) {
        String name = f.scenario().name();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (data.getSeriesKey(i).equals(name)) {
                return name + " (" + (data.getSeriesCount() + 1) + ")";
            }
        }
        return name;
    }

    private static XYLineAndShapeRenderer renderer(XYSeriesCollection data, ChartTheme theme, NumberFormat format) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        // The current scenario's heavy line is drawn first, so that a scenario on the same values stays visible.
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, theme.color(i));
            r.setSeriesStroke(i, i == 0 ? new BasicStroke(3f) : theme.solidStroke());
        }
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1} — {2}",
                new java.text.DecimalFormat("0"), format));
        return r;
    }
}
