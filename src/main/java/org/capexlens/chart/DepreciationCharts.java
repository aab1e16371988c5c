package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.moneyAxis;
import static org.capexlens.chart.ChartParts.subtitle;
import static org.capexlens.chart.ChartParts.yearAxis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.calc.ModelResult.CompanyYear;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The depreciation charts: the extra depreciation of the scenario over the reported policy per company
 * ({@link ChartId#DELTA_DEPRECIATION}), and one company's depreciation by capex vintage
 * ({@link ChartId#DEPRECIATION_BY_VINTAGE}). Money in USD billions, per fiscal year.
 */
final class DepreciationCharts {
    private DepreciationCharts() {
    }

    /** ΔD per company and fiscal year: scenario minus reported-policy depreciation. */
    static JFreeChart deltaDepreciation(ChartInputs in, ChartTheme theme) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(yearAxis(Messages.get("chart.axis.fiscalYear")));
        plot.setRangeAxis(moneyAxis(Messages.get("chart.delta.axis"), in.locale()));
        // Issue 14: the lines are the run-rate ΔD; the one-off catch-up write-off is its own series of markers.
        ChartParts.companyLines(plot, in, theme, Messages.get("chart.delta.unit"),
                CompanyYear::runRateDeltaDepreciation, ChartFormats.moneyB(in.locale()));
        boolean catchUp = catchUpSeries(plot, in, theme);
        plot.addRangeMarker(new ValueMarker(0, theme.muted(), new BasicStroke(1f)));
        JFreeChart chart = chart(Messages.get("chart.delta.title", in.result().scenario().name()), plot, false);
        subtitle(chart, ChartParts.projectedNote());
        subtitle(chart, catchUp ? Messages.get("chart.delta.catchUpNote") : null);
        subtitle(chart, ChartParts.fiscalNote(in));
        subtitle(chart, ChartParts.shownNote(in, in.shownCompanies().size()));
        return chart;
    }

    /** Depreciation of one company by vintage under the scenario (stacked), with the reported-policy total. */
    static JFreeChart depreciationByVintage(ChartInputs in, ChartTheme theme) {
        ChartInputs.VintageView v = in.vintages();
        if (v == null) {
            XYPlot empty = new XYPlot();
            empty.setNoDataMessage(Messages.get("chart.vintage.noData"));
            return chart(Messages.get("chart.vintage.titleEmpty"), empty, false);
        }
        NumberFormat money = ChartFormats.moneyB(in.locale());
        DefaultTableXYDataset stacked = new DefaultTableXYDataset();
        TooltipTable tips = new TooltipTable();
        for (int i = 0; i < v.vintageYears().length; i++) {
            int vintage = v.vintageYears()[i];
            XYSeries s = new XYSeries(Messages.get("chart.vintage.series", vintage), true, false);
            for (int t = 0; t < v.years().length; t++) {
                s.add(v.years()[t], v.byVintage()[i][t]);
                tips.put(s.getKey(), t, v.years()[t] >= v.firstProjected()
                        ? Messages.get("chart.vintage.tip.projected", v.company(), v.years()[t],
                                money.format(v.byVintage()[i][t]), vintage)
                        : Messages.get("chart.vintage.tip.reported", v.company(), v.years()[t],
                                money.format(v.byVintage()[i][t]), vintage));
            }
            stacked.addSeries(s);
        }
        StackedXYBarRenderer bars = new StackedXYBarRenderer(0.15) {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                Paint base = getSeriesPaint(row);
                if (base instanceof Color c && v.years()[column] >= v.firstProjected()) {
                    return theme.hatch(c);
                }
                return base;
            }
        };
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        for (int i = 0; i < v.vintageYears().length; i++) {
            // Vintages cycle through a muted sequential ramp so the reported-policy line stands out.
            bars.setSeriesPaint(i, Hatching.mix(theme.color(i % 6), theme.plotBackground(), 0.25));
        }
        bars.setDefaultToolTipGenerator(tips);
        bars.setDefaultSeriesVisibleInLegend(false);
        XYPlot plot = new XYPlot(stacked, yearAxis(Messages.get("chart.axis.fiscalYear")),
                moneyAxis(Messages.get("chart.vintage.axis"), in.locale()), bars);

        XYSeriesCollection line = new XYSeriesCollection();
        XYSeries total = new XYSeries(Messages.get("chart.vintage.series.reported"));
        TooltipTable lineTips = new TooltipTable();
        for (int t = 0; t < v.years().length; t++) {
            lineTips.put(total.getKey(), t, Messages.get("chart.vintage.tip.total", v.company(), v.years()[t],
                    money.format(v.reportedTotal()[t])));
            total.add(v.years()[t], v.reportedTotal()[t]);
        }
        line.addSeries(total);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
        lineRenderer.setSeriesPaint(0, theme.foreground());
        lineRenderer.setSeriesStroke(0, theme.solidStroke());
        lineRenderer.setDefaultToolTipGenerator(lineTips);
        plot.setRenderer(1, lineRenderer);
        plot.setDataset(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setFixedLegendItems(legend(theme));
        // Under the company's reported policy the scenario and the reference line are the same thing.
        boolean reported = DepreciationPolicy.REPORTED.equals(in.result().scenario().policyFor(v.company()));
        return chart(reported ? Messages.get("chart.vintage.title.reported", v.company())
                : Messages.get("chart.vintage.title", v.company(), in.result().scenario().name()), plot, true);
    }

    /** The vintage chart's legend: what the stacked bars, the hatching and the line stand for. */
    private static LegendItemCollection legend(ChartTheme theme) {
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(Messages.get("chart.vintage.legend.scenario"), null, null, null,
                new Rectangle2D.Double(-5, -5, 10, 10), Hatching.mix(theme.color(0), theme.plotBackground(), 0.25)));
        legend.add(new LegendItem(Messages.get("chart.vintage.legend.projected"), null, null, null,
                new Rectangle2D.Double(-5, -5, 10, 10), theme.hatch(theme.color(0))));
        legend.add(new LegendItem(Messages.get("chart.vintage.legend.reported"), null, null, null,
                new Line2D.Double(-7, 0, 7, 0), theme.solidStroke(), theme.foreground()));
        return legend;
    }

    /**
     * Issue 14: one marker series per shown company with a catch-up write-off (diamonds in the company's colour), on
     * the plot's second dataset. Returns whether any was drawn.
     */
    private static boolean catchUpSeries(XYPlot plot, ChartInputs in, ChartTheme theme) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        TooltipTable tips = new TooltipTable();
        NumberFormat money = ChartFormats.moneyB(in.locale());
        int s = 0;
        for (String company : in.shownCompanies()) {
            XYSeries series = new XYSeries(Messages.get("chart.delta.catchUp", company), true, false);
            for (CompanyYear y : in.result().companies()) {
                if (y.company().equals(company) && Math.abs(y.catchUpWriteOff()) > 1e-9) {
                    tips.put(series.getKey(), series.getItemCount(), Messages.get("chart.tip.catchUp", company,
                            org.capexlens.text.FiscalLabels.fiscalYear(y.fiscalYear(), y.fiscalYearEndMonth()),
                            money.format(y.catchUpWriteOff())));
                    series.add(y.fiscalYear(), y.catchUpWriteOff());
                }
            }
            if (series.getItemCount() > 0) {
                data.addSeries(series);
                r.setSeriesPaint(s, ChartParts.companyColor(in, company, theme));
                java.awt.geom.Path2D.Double diamond = new java.awt.geom.Path2D.Double();
                diamond.moveTo(0, -6);
                diamond.lineTo(6, 0);
                diamond.lineTo(0, 6);
                diamond.lineTo(-6, 0);
                diamond.closePath();
                r.setSeriesShape(s, diamond);
                s++;
            }
        }
        if (s == 0) {
            return false;
        }
        r.setDefaultToolTipGenerator(tips);
        plot.setDataset(1, data);
        plot.setRenderer(1, r);
        return true;
    }
}
