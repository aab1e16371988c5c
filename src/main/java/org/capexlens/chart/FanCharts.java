package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.moneyAxis;
import static org.capexlens.chart.ChartParts.subtitle;
import static org.capexlens.chart.ChartParts.yearAxis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import java.util.SortedMap;
import org.capexlens.calc.MonteCarlo;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Fan charts of a Monte Carlo simulation (issue 11): the median line with the 25th–75th percentile band dark and
 * the 5th–95th band light, for ΔD per fiscal year ({@link ChartId#DELTA_DEPRECIATION_FAN}) and Sequoia's revenue
 * gap per calendar year ({@link ChartId#REVENUE_GAP_FAN}). Without a simulation they say how to run one.
 */
final class FanCharts {
    private FanCharts() {
    }

    /** ΔD summed over companies, per fiscal year. */
    static JFreeChart deltaDepreciation(ChartInputs in, ChartTheme theme) {
        MonteCarlo.Summary s = in.simulation();
        return fan(in, theme, s == null ? null : s.deltaDepreciation(), Messages.get("chart.fan.delta.title"),
                Messages.get("chart.axis.fiscalYear"), Messages.get("chart.fan.delta.axis"), 0);
    }

    /** Sequoia's gap, per calendar year. */
    static JFreeChart revenueGap(ChartInputs in, ChartTheme theme) {
        MonteCarlo.Summary s = in.simulation();
        return fan(in, theme, s == null ? null : s.gap(), Messages.get("chart.fan.gap.title"),
                Messages.get("chart.axis.calendarYear"), Messages.get("chart.fan.gap.axis"), 2);
    }

    private static JFreeChart fan(ChartInputs in, ChartTheme theme, SortedMap<Integer, MonteCarlo.Band> bands,
            String title, String xLabel, String yLabel, int colour) {
        YIntervalSeries outer = new YIntervalSeries(Messages.get("chart.fan.outer"));
        YIntervalSeries inner = new YIntervalSeries(Messages.get("chart.fan.inner"));
        if (bands != null) {
            for (Map.Entry<Integer, MonteCarlo.Band> e : bands.entrySet()) {
                MonteCarlo.Band b = e.getValue();
                if (Double.isFinite(b.p50())) {
                    outer.add(e.getKey(), b.p50(), b.p5(), b.p95());
                    inner.add(e.getKey(), b.p50(), b.p25(), b.p75());
                }
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(outer);
        data.addSeries(inner);
        DeviationRenderer r = new DeviationRenderer(true, false);
        Color c = (Color) theme.color(colour);
        r.setSeriesPaint(0, c);
        r.setSeriesPaint(1, c);
        r.setSeriesFillPaint(0, new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
        r.setSeriesFillPaint(1, new Color(c.getRed(), c.getGreen(), c.getBlue(), 120));
        r.setAlpha(1f);
        r.setSeriesStroke(0, new BasicStroke(2.5f));
        r.setSeriesStroke(1, new BasicStroke(2.5f));
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0} {1}: {2}", new java.text.DecimalFormat("0"),
                ChartFormats.moneyB(in.locale())));
        XYPlot plot = new XYPlot(data, yearAxis(xLabel), moneyAxis(yLabel, in.locale()), r);
        plot.setNoDataMessage(Messages.get("chart.fan.noData"));
        JFreeChart chart = chart(title, plot, true);
        MonteCarlo.Summary s = in.simulation();
        subtitle(chart, s == null ? Messages.get("chart.fan.subtitle.none")
                : Messages.get("chart.fan.subtitle", s.runs(), Long.toString(s.seed()), s.sampled().size()));
        return chart;
    }
}
