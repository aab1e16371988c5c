package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.moneyAxis;
import static org.capexlens.chart.ChartParts.subtitle;
import static org.capexlens.chart.ChartParts.yearAxis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import org.capexlens.calc.ModelResult.RatioRow;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The infrastructure-to-application charts, per calendar year: the ratio itself ({@link ChartId#RATIO}) and its
 * two sides as bars ({@link ChartId#INFRA_VS_APPS}). Both carry the ratio's legend text (what the numerator and
 * denominator are) as their subtitle.
 */
final class RatioCharts {
    private RatioCharts() {
    }

    /** Infrastructure-to-application ratio per calendar year, and its cumulative value. */
    static JFreeChart ratio(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        NumberFormat times = ChartFormats.times(loc);
        XYSeries yearly = new XYSeries(Messages.get("chart.ratio.series.yearly"));
        XYSeries cumulative = new XYSeries(Messages.get("chart.ratio.series.cumulative"));
        TooltipTable tips = new TooltipTable();
        Provenance prov = new Provenance(in.dataset());
        for (RatioRow r : in.result().ratio()) {
            String detail = Messages.get("chart.ratio.tip.detail", ChartFormats.money(r.infrastructure(), loc),
                    ChartFormats.money(r.applications(), loc), prov.infrastructure(r.year(), in.result().scenario()),
                    prov.applications(r.year(), in.result().scenario()));
            if (r.ratio() != null) {
                tips.put(yearly.getKey(), yearly.getItemCount(),
                        Messages.get("chart.ratio.tip.yearly", r.year(), times.format(r.ratio()), detail));
                yearly.add(r.year(), r.ratio());
            }
            if (r.cumulativeRatio() != null) {
                tips.put(cumulative.getKey(), cumulative.getItemCount(), Messages.get("chart.ratio.tip.cumulative",
                        r.year(), times.format(r.cumulativeRatio()), detail));
                cumulative.add(r.year(), r.cumulativeRatio());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(yearly);
        data.addSeries(cumulative);
        NumberAxis y = new SpaciousNumberAxis(Messages.get("chart.ratio.axis"));
        y.setNumberFormatOverride(times);
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, theme.color(0));
        renderer.setSeriesPaint(1, theme.color(1));
        renderer.setSeriesStroke(0, theme.solidStroke());
        renderer.setSeriesStroke(1, theme.solidStroke());
        renderer.setDefaultToolTipGenerator(tips);
        XYPlot plot = new XYPlot(data, yearAxis(Messages.get("chart.axis.calendarYear")), y, renderer);
        plot.setNoDataMessage(Messages.get("chart.ratio.noData"));
        ValueMarker one = new ValueMarker(1.0, theme.muted(), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
        one.setLabel(Messages.get("chart.ratio.marker"));
        one.setLabelFont(theme.smallFont());
        one.setLabelPaint(theme.muted());
        one.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        one.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        one.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        plot.addRangeMarker(one);
        valueAtLineEnds(plot, data, renderer, theme, times);
        JFreeChart chart = chart(Messages.get("chart.ratio.title"), plot, true);
        subtitle(chart, in.ratioLabel());
        ChartParts.estimatedNote(chart, estimatedYears(in));
        return chart;
    }

    /** Labels the last point of every series with its value. */
    private static void valueAtLineEnds(XYPlot plot, XYSeriesCollection data, XYLineAndShapeRenderer renderer,
            ChartTheme theme, NumberFormat format) {
        DirectLabels labels = new DirectLabels();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            XYSeries series = data.getSeries(s);
            if (series.getItemCount() == 0) {
                continue;
            }
            int last = series.getItemCount() - 1;
            labels.add(format.format(series.getY(last)), series.getX(last).doubleValue(),
                    series.getY(last).doubleValue(), renderer.getSeriesPaint(s),
                    theme.smallFont().deriveFont(Font.BOLD));
        }
        labels.reserveRoom(plot);
        plot.addAnnotation(labels);
    }

    /** Infrastructure spend against AI application revenue, per calendar year. */
    static JFreeChart infraVsApps(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        TooltipTable tips = new TooltipTable();
        Provenance prov = new Provenance(in.dataset());
        String infra = Messages.get("chart.infra.series.infrastructure");
        String apps = Messages.get("chart.infra.series.applications");
        for (RatioRow r : in.result().ratio()) {
            String year = r.estimated() ? Messages.get("chart.axis.yearEstimated", Integer.toString(r.year()))
                    : Integer.toString(r.year());
            data.addValue(r.infrastructure(), infra, year);
            data.addValue(r.applications(), apps, year);
            tips.put(infra, year, Messages.get("chart.infra.tip.infrastructure", year,
                    ChartFormats.money(r.infrastructure(), loc), prov.infrastructure(r.year(), in.result().scenario())));
            tips.put(apps, year, Messages.get("chart.infra.tip.applications", year,
                    ChartFormats.money(r.applications(), loc), prov.applications(r.year(), in.result().scenario())));
        }
        BarRenderer renderer = ChartParts.valueBars(theme, loc);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, theme.color(0));
        renderer.setSeriesPaint(1, theme.color(1));
        renderer.setDefaultToolTipGenerator(tips);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(Messages.get("chart.axis.calendarYear")),
                moneyAxis(Messages.get("chart.axis.usdBillions"), loc), renderer);
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.setNoDataMessage(Messages.get("chart.ratio.noData"));
        JFreeChart chart = chart(Messages.get("chart.infra.title"), plot, true);
        subtitle(chart, in.ratioLabel());
        ChartParts.estimatedNote(chart, estimatedYears(in));
        return chart;
    }

    private static java.util.List<Integer> estimatedYears(ChartInputs in) {
        return in.result().ratio().stream().filter(RatioRow::estimated).map(RatioRow::year).toList();
    }
}
