package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.percentAxis;
import static org.capexlens.chart.ChartParts.subtitle;
import static org.capexlens.chart.ChartParts.yearAxis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.Locale;
import org.capexlens.calc.ModelResult.CompanyYear;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The operating-margin charts: each company's adjusted operating margin over the fiscal years under the scenario
 * ({@link ChartId#ADJUSTED_MARGIN}), and against a uniform server life in one fiscal year
 * ({@link ChartId#MARGIN_VS_LIFE}). Margins are fractions, drawn as percent.
 */
final class MarginCharts {
    private MarginCharts() {
    }

    /** Adjusted operating margin per company and fiscal year under the scenario. */
    static JFreeChart adjustedMargin(ChartInputs in, ChartTheme theme) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(yearAxis(Messages.get("chart.axis.fiscalYear")));
        plot.setRangeAxis(percentAxis(Messages.get("chart.margin.axis"), in.locale()));
        ChartParts.companyLines(plot, in, theme, Messages.get("chart.margin.unit"),
                CompanyYear::adjustedOperatingMargin, ChartFormats.percent(in.locale()));
        JFreeChart chart = chart(Messages.get("chart.margin.title", in.result().scenario().name()), plot, false);
        subtitle(chart, ChartParts.projectedNote());
        subtitle(chart, ChartParts.shownNote(in, in.shownCompanies().size()));
        subtitle(chart, ChartParts.fiscalNote(in));
        return chart;
    }

    /** Adjusted operating margin against a uniform useful life, with each company's reported life marked. */
    static JFreeChart marginVsLife(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        NumberFormat years = ChartFormats.years(loc);
        NumberFormat percent = ChartFormats.percent(loc);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        TooltipTable tips = new TooltipTable();
        XYPlot plot = new XYPlot();
        DirectLabels labels = new DirectLabels();
        int s = 0;
        for (ChartInputs.MarginCurve c : in.marginCurves()) {
            XYSeries series = new XYSeries(c.company(), true, false);
            for (int i = 0; i < c.lives().length; i++) {
                if (Double.isFinite(c.margins()[i])) {
                    tips.put(c.company(), series.getItemCount(), Messages.get("chart.marginLife.tip", c.company(),
                            in.marginYear(), years.format(c.lives()[i]), percent.format(c.margins()[i])));
                    series.add(c.lives()[i], c.margins()[i]);
                }
            }
            if (series.getItemCount() == 0) {
                continue;
            }
            Color color = ChartParts.companyColor(in, c.company(), theme);
            data.addSeries(series);
            renderer.setSeriesPaint(s, color);
            renderer.setSeriesStroke(s, theme.solidStroke());
            s++;
            markReportedLife(plot, c, color, theme, years, percent);
            int last = series.getItemCount() - 1;
            labels.add(c.company(), series.getX(last).doubleValue(), series.getY(last).doubleValue(), color,
                    theme.smallFont().deriveFont(Font.BOLD));
        }
        labels.reserveRoom(plot);
        plot.addAnnotation(labels);
        renderer.setDefaultToolTipGenerator(tips);
        NumberAxis x = new SpaciousNumberAxis(Messages.get("chart.marginLife.axis.life"));
        x.setTickUnit(new NumberTickUnit(1));
        x.setUpperMargin(0.03);
        x.setAutoRangeIncludesZero(false);
        plot.setDataset(data);
        plot.setRenderer(renderer);
        plot.setDomainAxis(x);
        plot.setRangeAxis(percentAxis(Messages.get("chart.marginLife.axis.margin", in.marginYear()), loc));
        plot.addRangeMarker(new ValueMarker(0, theme.muted(), new BasicStroke(1f)));
        plot.setNoDataMessage(Messages.get("chart.marginLife.noData", in.marginYear()));
        JFreeChart chart = chart(Messages.get("chart.marginLife.title", in.marginYear()), plot, false);
        subtitle(chart, Messages.get("chart.marginLife.note"));
        subtitle(chart, ChartParts.shownNote(in, in.marginCurves().size()));
        return chart;
    }

    /** A circle on the curve at the company's reported life, when it has one inside the curve's range. */
    private static void markReportedLife(XYPlot plot, ChartInputs.MarginCurve c, Color color, ChartTheme theme,
            NumberFormat years, NumberFormat percent) {
        if (!Double.isFinite(c.reportedLife())) {
            return;
        }
        double m = interpolate(c.lives(), c.margins(), c.reportedLife());
        if (Double.isFinite(m)) {
            XYShapeAnnotation marker = new XYShapeAnnotation(
                    new Ellipse2D.Double(c.reportedLife() - 0.09, m - 0.004, 0.18, 0.008),
                    new BasicStroke(1.5f), theme.foreground(), color);
            marker.setToolTipText(Messages.get("chart.marginLife.reportedTip", c.company(),
                    years.format(c.reportedLife()), percent.format(m)));
            plot.addAnnotation(marker);
        }
    }

    /** The y of the polyline ({@code xs}, {@code ys}) at {@code x}, or NaN outside it. */
    private static double interpolate(double[] xs, double[] ys, double x) {
        for (int i = 0; i + 1 < xs.length; i++) {
            if (xs[i] <= x && x <= xs[i + 1]) {
                double t = xs[i + 1] == xs[i] ? 0 : (x - xs[i]) / (xs[i + 1] - xs[i]);
                return ys[i] + t * (ys[i + 1] - ys[i]);
            }
        }
        return Double.NaN;
    }
}
