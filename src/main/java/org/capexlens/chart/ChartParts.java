package org.capexlens.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.capexlens.calc.ModelResult.CompanyYear;
import org.capexlens.domain.Company;
import org.capexlens.domain.Status;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The pieces every chart family shares: axes, the chart with its bottom legend and subtitles, company colours,
 * the per-company lines of the ΔD and margin charts, and bars labelled with their value. Package-private: the
 * families ({@link RatioCharts}, {@link MarginCharts}, …) are the only users.
 */
final class ChartParts {
    private ChartParts() {
    }

    /** A fiscal- or calendar-year axis: whole years without grouping ("2026", not "2,026"). */
    static NumberAxis yearAxis(String label) {
        NumberAxis axis = new SpaciousNumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new DecimalFormat("0"));
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0.02);
        // Direct labels at the line ends get their own room (DirectLabels.reserveRoom), not axis margin.
        axis.setUpperMargin(0.03);
        return axis;
    }

    /** A USD-billions axis from zero, ticks as {@code $120B}. */
    static NumberAxis moneyAxis(String label, Locale locale) {
        NumberAxis axis = new SpaciousNumberAxis(label);
        axis.setNumberFormatOverride(ChartFormats.moneyAxis(locale));
        axis.setAutoRangeIncludesZero(true);
        // All-zero data (ΔD of "as reported" against itself) would otherwise get a range so small that every
        // tick prints as $0B or -$0B.
        axis.setAutoRangeMinimumSize(1.0);
        return axis;
    }

    /** A fraction axis with ticks in whole percent, not forced to include zero. */
    static NumberAxis percentAxis(String label, Locale locale) {
        NumberAxis axis = new SpaciousNumberAxis(label);
        axis.setNumberFormatOverride(ChartFormats.percentAxis(locale));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** The chart around {@code plot}; a legend, when wanted, sits below the plot. */
    static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemLabelPadding(new RectangleInsets(2, 2, 2, 8));
        }
        return chart;
    }

    /** Adds a subtitle line; {@code null} or blank text adds nothing. */
    static void subtitle(JFreeChart chart, String text) {
        if (text != null && !text.isBlank()) {
            chart.addSubtitle(new TextTitle(text));
        }
    }

    /**
     * Issue 10: a subtitle naming the calendar years whose infrastructure rests on an estimate or guidance (e.g.
     * Nvidia FY2027 annualised from its first quarter), so that such a year never reads as reported; none when
     * every year is reported.
     */
    static void estimatedNote(JFreeChart chart, java.util.List<Integer> years) {
        if (!years.isEmpty()) {
            subtitle(chart, Messages.get("chart.note.estimated", years.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
    }

    /** The subtitle of charts that draw projected values dashed or hatched. */
    static String projectedNote() {
        return Messages.get("chart.note.projected");
    }

    /** A subtitle saying which companies a per-company chart leaves out, or {@code null} when it shows them all. */
    static String shownNote(ChartInputs in, int shown) {
        long all = in.result().companies().stream().map(CompanyYear::company).distinct().count();
        return all > shown ? Messages.get("chart.note.shown", shown, all) : null;
    }

    /** A grid setting or a life as it reads in a label: {@code 4} or {@code 5.5} (separator of {@code locale}). */
    static String setting(double v, Locale locale) {
        return v == Math.rint(v) ? Long.toString((long) v) : ChartFormats.setting(locale).format(v);
    }

    /** Text for a value that may be NaN: the formatted value, or the unknown-figure dash. */
    static String orUnknown(double v, NumberFormat format) {
        return Double.isFinite(v) ? format.format(v) : FigureFormat.unknown();
    }

    /** A stable colour per company: its index in the dataset's companies sheet. */
    static Color companyColor(ChartInputs in, String company, ChartTheme theme) {
        List<Company> all = in.dataset().companies();
        if (all.size() > theme.palette().size()) {
            // Too many companies for the palette to keep one colour each: colour by place among those shown.
            int i = in.shownCompanies().indexOf(company);
            return theme.color(i < 0 ? Math.abs(company.hashCode()) : i);
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(company)) {
                return theme.color(i);
            }
        }
        return theme.color(all.size() + Math.abs(company.hashCode() % 7));
    }

    /**
     * The plot of a revenue test, Sequoia's and Bain's alike: per year the revenue required (hatched: a scenario
     * computation), the AI revenue and the gap, years in two label lines so that "2024 (published)" is never cut.
     */
    static CategoryPlot requiredRevenuePlot(DefaultCategoryDataset data, TooltipTable tips, ChartTheme theme,
            Locale loc, String noData) {
        BarRenderer renderer = valueBars(theme, loc);
        renderer.setItemMargin(0.04);
        renderer.setSeriesPaint(0, theme.hatch(theme.color(0)));
        renderer.setSeriesPaint(1, theme.color(1));
        renderer.setSeriesPaint(2, theme.color(3));
        renderer.setDefaultToolTipGenerator(tips);
        CategoryAxis years = new CategoryAxis(Messages.get("chart.axis.calendarYear"));
        years.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, years, moneyAxis(Messages.get("chart.axis.usdBillions"), loc),
                renderer);
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.setNoDataMessage(noData);
        return plot;
    }

    /**
     * Bars that print their value above (or beside) them as {@code $12.3B}, flat and without shadow; the caller
     * sets the series paints and the label positions that suit its orientation.
     */
    static BarRenderer valueBars(ChartTheme theme, Locale locale) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                ChartFormats.moneyB(locale)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.smallFont());
        renderer.setDefaultItemLabelPaint(theme.foreground());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        return renderer;
    }

    /**
     * Adds one solid series (reported years) and one dashed series (projected years, joined to the last reported
     * point) for each shown company, with a direct label at the end of each line.
     *
     * @param unitLabel  what the value is, written after it in the tooltip (e.g. "(ΔD)").
     * @param value      the value of a company-year; {@code null} or NaN leaves the year out.
     * @param format     the value's format in the tooltip.
     */
    static void companyLines(XYPlot plot, ChartInputs in, ChartTheme theme, String unitLabel,
            Function<CompanyYear, Double> value, NumberFormat format) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        TooltipTable tips = new TooltipTable();
        Provenance prov = new Provenance(in.dataset());
        DirectLabels labels = new DirectLabels();
        int s = 0;
        for (String company : in.shownCompanies()) {
            XYSeries reported = new XYSeries(company, true, false);
            XYSeries projected = new XYSeries(Messages.get("chart.series.projected", company), true, false);
            CompanyYear lastReported = null;
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (CompanyYear r : in.result().companies()) {
                if (!r.company().equals(company)) {
                    continue;
                }
                Double v = value.apply(r);
                if (v == null || !Double.isFinite(v)) {
                    continue;
                }
                String tip = Messages.get("chart.tip.companyYear", company,
                        org.capexlens.text.FiscalLabels.fiscalYear(r.fiscalYear(), r.fiscalYearEndMonth()),
                        format.format(v),
                        unitLabel, r.status().code(), prov.companyYear(company, r.fiscalYear(), r.status()));
                if (r.status() == Status.SCENARIO) {
                    if (projected.getItemCount() == 0 && lastReported != null) {
                        projected.add(lastReported.fiscalYear(), value.apply(lastReported));
                        tips.put(projected.getKey(), 0, null);
                    }
                    tips.put(projected.getKey(), projected.getItemCount(), tip);
                    projected.add(r.fiscalYear(), v);
                } else {
                    tips.put(reported.getKey(), reported.getItemCount(), tip);
                    reported.add(r.fiscalYear(), v);
                    lastReported = r;
                }
                lastX = r.fiscalYear();
                lastY = v;
            }
            Color color = companyColor(in, company, theme);
            if (reported.getItemCount() > 0) {
                data.addSeries(reported);
                renderer.setSeriesPaint(s, color);
                renderer.setSeriesStroke(s, theme.solidStroke());
                renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
                s++;
            }
            if (projected.getItemCount() > 0) {
                data.addSeries(projected);
                renderer.setSeriesPaint(s, color);
                renderer.setSeriesStroke(s, theme.projectedStroke());
                renderer.setSeriesShape(s, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
                renderer.setSeriesShapesFilled(s, false);
                renderer.setSeriesVisibleInLegend(s, false);
                s++;
            }
            if (Double.isFinite(lastX)) {
                labels.add(company, lastX, lastY, color, theme.smallFont().deriveFont(Font.BOLD));
            }
        }
        labels.reserveRoom(plot);
        plot.addAnnotation(labels);
        renderer.setDefaultToolTipGenerator(tips);
        plot.setDataset(data);
        plot.setRenderer(renderer);
    }

    /**
     * Issue 14: the subtitle of a fiscal-year chart naming the shown companies whose fiscal year is not the calendar
     * year ("Microsoft ends in Jun, Oracle ends in May"), or {@code null} when every one is a calendar year.
     */
    static String fiscalNote(ChartInputs in) {
        List<String> parts = new java.util.ArrayList<>();
        for (Company c : in.dataset().companies()) {
            if (c.fiscalYearEndMonth() != 12 && in.shownCompanies().contains(c.id())) {
                parts.add(Messages.get("chart.note.fiscalYear", c.id(),
                        org.capexlens.text.FiscalLabels.monthName(c.fiscalYearEndMonth())));
            }
        }
        return parts.isEmpty() ? null : Messages.get("chart.note.fiscalYears", String.join(", ", parts));
    }
}
