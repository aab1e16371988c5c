package org.capexlens.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.capexlens.calc.DepreciationPolicy;
import org.capexlens.calc.ModelResult.BacktestRow;
import org.capexlens.calc.ModelResult.CompanyYear;
import org.capexlens.calc.ModelResult.RatioRow;
import org.capexlens.calc.ModelResult.RevenueGapRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Status;
import org.capexlens.text.ChartFormats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chart functions: model results in, a themed {@link JFreeChart} out. The dashboard, the exports and the
 * {@code render} command all call these, so a chart looks the same everywhere (STYLE habit 9). No JavaFX here.
 *
 * <p>Conventions: money in {@code $B} with the locale's separators; reported values solid, projected and scenario
 * values dashed (lines) or hatched (bars), with a subtitle saying so; companies keep one colour across charts
 * (their order in the dataset's companies sheet); lines carry direct labels where a legend would be ambiguous.
 */
public final class Charts {
    private static final String PROJECTED_NOTE = "Dashed or hatched: projected / scenario values, not published"
            + " figures.";

    private Charts() {
    }

    /** Builds the chart with this id. */
    public static JFreeChart build(ChartId id, ChartInputs in, ChartTheme theme) {
        JFreeChart chart = switch (id) {
            case RATIO -> ratio(in, theme);
            case INFRA_VS_APPS -> infraVsApps(in, theme);
            case DELTA_DEPRECIATION -> deltaDepreciation(in, theme);
            case ADJUSTED_MARGIN -> adjustedMargin(in, theme);
            case MARGIN_VS_LIFE -> marginVsLife(in, theme);
            case SENSITIVITY_HEATMAP -> heatmap(in, theme);
            case TORNADO -> tornado(in, theme);
            case DEPRECIATION_BY_VINTAGE -> depreciationByVintage(in, theme);
            case REVENUE_GAP -> revenueGap(in, theme);
            case BACKTEST -> backtest(in, theme);
        };
        theme.apply(chart);
        return chart;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static NumberAxis yearAxis(String label) {
        NumberAxis axis = new SpaciousNumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new DecimalFormat("0"));
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0.02);
        // Direct labels at the line ends get their own room (DirectLabels.reserveRoom), not axis margin.
        axis.setUpperMargin(0.03);
        return axis;
    }

    private static NumberAxis moneyAxis(String label, Locale locale) {
        NumberAxis axis = new SpaciousNumberAxis(label);
        axis.setNumberFormatOverride(ChartFormats.moneyAxis(locale));
        axis.setAutoRangeIncludesZero(true);
        // All-zero data (ΔD of "as reported" against itself) would otherwise get a range so small that every
        // tick prints as $0B or -$0B.
        axis.setAutoRangeMinimumSize(1.0);
        return axis;
    }

    private static NumberAxis percentAxis(String label, Locale locale) {
        NumberAxis axis = new SpaciousNumberAxis(label);
        axis.setNumberFormatOverride(new DecimalFormat("0%", java.text.DecimalFormatSymbols.getInstance(locale)));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemLabelPadding(new RectangleInsets(2, 2, 2, 8));
        }
        return chart;
    }

    private static void subtitle(JFreeChart chart, String text) {
        if (text != null && !text.isBlank()) {
            chart.addSubtitle(new TextTitle(text));
        }
    }

    /** Companies with rows in the result, in the order of the dataset's companies sheet. */
    private static List<String> companiesOf(ChartInputs in) {
        return in.shownCompanies();
    }

    /** A subtitle saying which companies a per-company chart leaves out, or {@code null} when it shows them all. */
    private static String shownNote(ChartInputs in, int shown) {
        long all = in.result().companies().stream().map(CompanyYear::company).distinct().count();
        return all > shown ? "The " + shown + " largest of " + all + " companies by capex." : null;
    }

    /** A stable colour per company: its index in the dataset's companies sheet. */
    private static Color companyColor(ChartInputs in, String company, ChartTheme theme) {
        List<Company> all = in.dataset().companies();
        if (all.size() > theme.palette().size()) {
            // Too many companies for the palette to keep one colour each: colour by place among those shown.
            int i = companiesOf(in).indexOf(company);
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
     * Adds one solid series (reported years) and one dashed series (projected years, joined to the last reported
     * point) for each company, with a direct label at the end of each line.
     */
    private static void companyLines(XYPlot plot, ChartInputs in, ChartTheme theme, String unitLabel,
            java.util.function.Function<CompanyYear, Double> value, NumberFormat format) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        TooltipTable tips = new TooltipTable();
        Provenance prov = new Provenance(in.dataset());
        DirectLabels labels = new DirectLabels();
        int s = 0;
        for (String company : companiesOf(in)) {
            XYSeries reported = new XYSeries(company, true, false);
            XYSeries projected = new XYSeries(company + " (projected)", true, false);
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
                String tip = company + " FY" + r.fiscalYear() + ": " + format.format(v) + " " + unitLabel
                        + "\nstatus: " + r.status().code() + "\n"
                        + prov.companyYear(company, r.fiscalYear(), r.status());
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

    // ---- the charts -----------------------------------------------------------------------------------------

    /** Infrastructure-to-application ratio per calendar year, and its cumulative value. */
    static JFreeChart ratio(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        XYSeries yearly = new XYSeries("Ratio in the year");
        XYSeries cumulative = new XYSeries("Cumulative ratio");
        TooltipTable tips = new TooltipTable();
        Provenance prov = new Provenance(in.dataset());
        for (RatioRow r : in.result().ratio()) {
            String detail = "\ninfrastructure " + ChartFormats.money(r.infrastructure(), loc) + ", applications "
                    + ChartFormats.money(r.applications(), loc) + "\n"
                    + prov.infrastructure(r.year(), in.result().scenario()) + "\n"
                    + prov.applications(r.year(), in.result().scenario());
            if (r.ratio() != null) {
                tips.put(yearly.getKey(), yearly.getItemCount(),
                        r.year() + ": " + ChartFormats.times(loc).format(r.ratio()) + " (ratio)" + detail);
                yearly.add(r.year(), r.ratio());
            }
            if (r.cumulativeRatio() != null) {
                tips.put(cumulative.getKey(), cumulative.getItemCount(), r.year() + ": "
                        + ChartFormats.times(loc).format(r.cumulativeRatio()) + " (cumulative ratio)" + detail);
                cumulative.add(r.year(), r.cumulativeRatio());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(yearly);
        data.addSeries(cumulative);
        NumberAxis y = new SpaciousNumberAxis("Infrastructure \u00F7 applications (\u00D7)");
        y.setNumberFormatOverride(ChartFormats.times(loc));
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, theme.color(0));
        renderer.setSeriesPaint(1, theme.color(1));
        renderer.setSeriesStroke(0, theme.solidStroke());
        renderer.setSeriesStroke(1, theme.solidStroke());
        renderer.setDefaultToolTipGenerator(tips);
        XYPlot plot = new XYPlot(data, yearAxis("Calendar year"), y, renderer);
        plot.setNoDataMessage("No year has both infrastructure and AI revenue figures.");
        ValueMarker one = new ValueMarker(1.0, theme.muted(), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
        one.setLabel("1\u00D7: applications pay for the infrastructure");
        one.setLabelFont(theme.smallFont());
        one.setLabelPaint(theme.muted());
        one.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        one.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        one.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        plot.addRangeMarker(one);
        directLabels(plot, data, renderer, theme, ChartFormats.times(loc));
        JFreeChart chart = chart("Infrastructure-to-application ratio", plot, true);
        subtitle(chart, in.ratioLabel());
        return chart;
    }

    /** Labels the last point of every series with its value. */
    private static void directLabels(XYPlot plot, XYSeriesCollection data, XYLineAndShapeRenderer renderer,
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
        String infra = "Infrastructure";
        String apps = "AI applications";
        for (RatioRow r : in.result().ratio()) {
            String year = Integer.toString(r.year());
            data.addValue(r.infrastructure(), infra, year);
            data.addValue(r.applications(), apps, year);
            tips.put(infra, year, year + " infrastructure: " + ChartFormats.money(r.infrastructure(), loc)
                    + "\n" + prov.infrastructure(r.year(), in.result().scenario()));
            tips.put(apps, year, year + " AI applications: " + ChartFormats.money(r.applications(), loc)
                    + "\n" + prov.applications(r.year(), in.result().scenario()));
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, theme.color(0));
        renderer.setSeriesPaint(1, theme.color(1));
        renderer.setDefaultToolTipGenerator(tips);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                ChartFormats.moneyB(loc)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.smallFont());
        renderer.setDefaultItemLabelPaint(theme.foreground());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Calendar year"),
                moneyAxis("USD billions", loc), renderer);
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.setNoDataMessage("No year has both infrastructure and AI revenue figures.");
        JFreeChart chart = chart("Infrastructure spend vs AI application revenue", plot, true);
        subtitle(chart, in.ratioLabel());
        return chart;
    }

    /** ΔD per company and fiscal year: scenario minus reported-policy depreciation. */
    static JFreeChart deltaDepreciation(ChartInputs in, ChartTheme theme) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(yearAxis("Fiscal year"));
        plot.setRangeAxis(moneyAxis("Extra depreciation vs reported policy (USD billions)", in.locale()));
        companyLines(plot, in, theme, "(\u0394D)", CompanyYear::deltaDepreciation, ChartFormats.moneyB(in.locale()));
        plot.addRangeMarker(new ValueMarker(0, theme.muted(), new BasicStroke(1f)));
        JFreeChart chart = chart("\u0394 depreciation: " + in.result().scenario().name() + " vs as reported", plot,
                false);
        subtitle(chart, PROJECTED_NOTE);
        subtitle(chart, shownNote(in, companiesOf(in).size()));
        return chart;
    }

    /** Adjusted operating margin per company and fiscal year under the scenario. */
    static JFreeChart adjustedMargin(ChartInputs in, ChartTheme theme) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(yearAxis("Fiscal year"));
        plot.setRangeAxis(percentAxis("Adjusted operating margin", in.locale()));
        companyLines(plot, in, theme, "adjusted operating margin", CompanyYear::adjustedOperatingMargin,
                ChartFormats.percent(in.locale()));
        JFreeChart chart = chart("Operating margin if " + in.result().scenario().name(), plot, false);
        subtitle(chart, PROJECTED_NOTE);
        subtitle(chart, shownNote(in, companiesOf(in).size()));
        return chart;
    }

    /** Adjusted operating margin against a uniform useful life, with each company's reported life marked. */
    static JFreeChart marginVsLife(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
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
                    tips.put(c.company(), series.getItemCount(), c.company() + " FY" + in.marginYear()
                            + " with a " + ChartFormats.years(loc).format(c.lives()[i]) + " server life: "
                            + ChartFormats.percent(loc).format(c.margins()[i])
                            + " adjusted operating margin\nscenario computation");
                    series.add(c.lives()[i], c.margins()[i]);
                }
            }
            if (series.getItemCount() == 0) {
                continue;
            }
            Color color = companyColor(in, c.company(), theme);
            data.addSeries(series);
            renderer.setSeriesPaint(s, color);
            renderer.setSeriesStroke(s, theme.solidStroke());
            s++;
            if (Double.isFinite(c.reportedLife())) {
                double m = interpolate(c.lives(), c.margins(), c.reportedLife());
                if (Double.isFinite(m)) {
                    org.jfree.chart.annotations.XYShapeAnnotation marker =
                            new org.jfree.chart.annotations.XYShapeAnnotation(
                                    new Ellipse2D.Double(c.reportedLife() - 0.09, m - 0.004, 0.18, 0.008),
                                    new BasicStroke(1.5f), theme.foreground(), color);
                    marker.setToolTipText(c.company() + ": reported life " + ChartFormats.years(loc).format(
                            c.reportedLife()) + " \u2192 " + ChartFormats.percent(loc).format(m));
                    plot.addAnnotation(marker);
                }
            }
            int last = series.getItemCount() - 1;
            labels.add(c.company(), series.getX(last).doubleValue(), series.getY(last).doubleValue(), color,
                    theme.smallFont().deriveFont(Font.BOLD));
        }
        labels.reserveRoom(plot);
        plot.addAnnotation(labels);
        renderer.setDefaultToolTipGenerator(tips);
        NumberAxis x = new SpaciousNumberAxis("Useful life of servers (years, as if always used)");
        x.setTickUnit(new NumberTickUnit(1));
        x.setUpperMargin(0.03);
        x.setAutoRangeIncludesZero(false);
        plot.setDataset(data);
        plot.setRenderer(renderer);
        plot.setDomainAxis(x);
        plot.setRangeAxis(percentAxis("Adjusted operating margin, FY" + in.marginYear(), loc));
        plot.addRangeMarker(new ValueMarker(0, theme.muted(), new BasicStroke(1f)));
        plot.setNoDataMessage("No company has revenue and operating income for FY" + in.marginYear() + ".");
        JFreeChart chart = chart("Margin sensitivity to server life (FY" + in.marginYear() + ")", plot, false);
        subtitle(chart, "Circles: each company's reported life today.");
        subtitle(chart, shownNote(in, in.marginCurves().size()));
        return chart;
    }

    private static double interpolate(double[] xs, double[] ys, double x) {
        for (int i = 0; i + 1 < xs.length; i++) {
            if (xs[i] <= x && x <= xs[i + 1]) {
                double t = xs[i + 1] == xs[i] ? 0 : (x - xs[i]) / (xs[i + 1] - xs[i]);
                return ys[i] + t * (ys[i + 1] - ys[i]);
            }
        }
        return Double.NaN;
    }

    /** The two-way sensitivity grid as a heatmap with a colour legend. */
    static JFreeChart heatmap(ChartInputs in, ChartTheme theme) {
        ChartInputs.HeatmapGrid g = in.heatmap();
        Locale loc = in.locale();
        if (g == null || g.rowValues().length == 0 || g.colValues().length == 0) {
            XYPlot empty = new XYPlot();
            empty.setNoDataMessage("No sensitivity grid computed.");
            return chart("Two-way sensitivity", empty, false);
        }
        int n = g.rowValues().length * g.colValues().length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] zs = new double[n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int k = 0;
        TooltipTable tips = new TooltipTable();
        NumberFormat valueFormat = g.valueIsFraction() ? ChartFormats.percent(loc) : ChartFormats.moneyB(loc);
        for (int i = 0; i < g.rowValues().length; i++) {
            for (int j = 0; j < g.colValues().length; j++) {
                xs[k] = g.colValues()[j];
                ys[k] = g.rowValues()[i];
                zs[k] = g.values()[i][j];
                if (Double.isFinite(zs[k])) {
                    min = Math.min(min, zs[k]);
                    max = Math.max(max, zs[k]);
                }
                tips.put("grid", k, g.colLabel() + " " + trim(xs[k]) + ", " + g.rowLabel() + " " + trim(ys[k])
                        + ": " + (Double.isFinite(zs[k]) ? valueFormat.format(zs[k]) : "\u2014") + "\n"
                        + g.valueLabel() + " (scenario computation)");
                k++;
            }
        }
        if (!(min < max)) {
            min = Double.isFinite(min) ? min - 1 : 0;
            max = Double.isFinite(max) ? max + 1 : 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("grid", new double[][] {xs, ys, zs});
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(step(g.colValues()));
        renderer.setBlockHeight(step(g.rowValues()));
        LookupPaintScale scale = divergingScale(min, max);
        renderer.setPaintScale(scale);
        renderer.setDefaultToolTipGenerator(tips);
        NumberAxis x = new SpaciousNumberAxis(g.colLabel());
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        x.setTickUnit(new NumberTickUnit(niceStep(g.colValues())));
        x.setRange(g.colValues()[0] - step(g.colValues()) / 2,
                g.colValues()[g.colValues().length - 1] + step(g.colValues()) / 2);
        NumberAxis y = new SpaciousNumberAxis(g.rowLabel());
        y.setAutoRangeIncludesZero(false);
        y.setTickUnit(new NumberTickUnit(niceStep(g.rowValues())));
        y.setRange(g.rowValues()[0] - step(g.rowValues()) / 2,
                g.rowValues()[g.rowValues().length - 1] + step(g.rowValues()) / 2);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = chart("Two-way sensitivity: " + g.valueLabel(), plot, false);
        NumberAxis scaleAxis = new SpaciousNumberAxis(g.valueLabel());
        scaleAxis.setRange(min, max);
        scaleAxis.setNumberFormatOverride(g.valueIsFraction() ? new DecimalFormat("0%")
                : ChartFormats.moneyAxis(loc));
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(8, 8, 30, 8));
        legend.setStripWidth(14);
        legend.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        chart.addSubtitle(legend);
        subtitle(chart, "Every cell is a scenario computation; the scenario's own setting is one cell of the grid.");
        return chart;
    }

    /** A tick step that is a multiple of the grid step and gives at most about eight ticks. */
    private static double niceStep(double[] v) {
        double step = step(v);
        int every = Math.max(1, (int) Math.ceil(v.length / 8.0));
        return step * every;
    }

    private static double step(double[] v) {
        return v.length > 1 ? Math.abs(v[1] - v[0]) : 1;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : new DecimalFormat("0.##").format(v);
    }

    /** Blue (low) - white (middle) - orange (high): colour-blind safe, diverging around the midpoint. */
    private static LookupPaintScale divergingScale(double min, double max) {
        Color low = new Color(0x2166AC);
        Color mid = new Color(0xF7F7F7);
        Color high = new Color(0xB35806);
        LookupPaintScale scale = new LookupPaintScale(min, max + 1e-9 * Math.max(1, Math.abs(max)), low);
        int steps = 40;
        for (int i = 0; i < steps; i++) {
            double t = i / (double) (steps - 1);
            Color c = t < 0.5 ? Hatching.mix(low, mid, t * 2) : Hatching.mix(mid, high, (t - 0.5) * 2);
            scale.add(min + (max - min) * i / steps, c);
        }
        return scale;
    }

    /** The tornado: each assumption's swing of the output between its low and high setting. */
    static JFreeChart tornado(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        TooltipTable tips = new TooltipTable();
        String lowKey = "Low setting";
        String highKey = "High setting";
        double base = in.tornado().isEmpty() ? 0 : in.tornado().get(0).base();
        for (ChartInputs.TornadoBar b : in.tornado()) {
            String cat = b.assumption() + " (" + b.lowLabel() + " \u2026 " + b.highLabel() + ")";
            data.addValue(b.low() - b.base(), lowKey, cat);
            data.addValue(b.high() - b.base(), highKey, cat);
            tips.put(lowKey, cat, b.assumption() + " at " + b.lowLabel() + ": " + ChartFormats.moneyB(loc).format(b.low())
                    + " (" + signed(b.low() - b.base(), loc) + " vs base)\nscenario computation");
            tips.put(highKey, cat, b.assumption() + " at " + b.highLabel() + ": "
                    + ChartFormats.moneyB(loc).format(b.high()) + " (" + signed(b.high() - b.base(), loc)
                    + " vs base)\nscenario computation");
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, theme.color(0));
        renderer.setSeriesPaint(1, theme.color(1));
        renderer.setDefaultToolTipGenerator(tips);
        renderer.setMaximumBarWidth(0.08);
        NumberAxis axis = new SpaciousNumberAxis("Change of " + in.tornadoOutput() + " vs the scenario ("
                + ChartFormats.moneyB(loc).format(base) + ")");
        axis.setNumberFormatOverride(ChartFormats.moneyAxis(loc));
        CategoryAxis categories = new CategoryAxis(null);
        // The labels carry the low and high settings: let them take up to 40 % of the width, and wrap long names
        // ("First-year convention (full-year … half-year)") onto two lines rather than lose their settings.
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, categories, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, theme.foreground(), new BasicStroke(1.2f)));
        plot.setNoDataMessage("No tornado computed.");
        JFreeChart chart = chart("What moves " + in.tornadoOutput() + " most", plot, true);
        subtitle(chart, "Each bar varies one assumption and keeps the others at the scenario's values.");
        return chart;
    }

    private static String signed(double v, Locale loc) {
        return (v >= 0 ? "+" : "") + ChartFormats.moneyB(loc).format(v);
    }

    /** Depreciation of one company by vintage under the scenario (stacked), with the reported-policy total. */
    static JFreeChart depreciationByVintage(ChartInputs in, ChartTheme theme) {
        ChartInputs.VintageView v = in.vintages();
        Locale loc = in.locale();
        if (v == null) {
            XYPlot empty = new XYPlot();
            empty.setNoDataMessage("No company selected.");
            return chart("Depreciation by vintage", empty, false);
        }
        DefaultTableXYDataset stacked = new DefaultTableXYDataset();
        TooltipTable tips = new TooltipTable();
        Map<Integer, Integer> seriesOfVintage = new LinkedHashMap<>();
        for (int i = 0; i < v.vintageYears().length; i++) {
            XYSeries s = new XYSeries("Capex of " + v.vintageYears()[i], true, false);
            for (int t = 0; t < v.years().length; t++) {
                s.add(v.years()[t], v.byVintage()[i][t]);
                tips.put(s.getKey(), t, v.company() + " FY" + v.years()[t] + ": "
                        + ChartFormats.moneyB(loc).format(v.byVintage()[i][t]) + " from capex of FY" + v.vintageYears()[i]
                        + (v.years()[t] >= v.firstProjected() ? "\nprojected (scenario assumption)"
                                : "\nscenario policy applied to reported capex"));
            }
            seriesOfVintage.put(v.vintageYears()[i], i);
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
        XYPlot plot = new XYPlot(stacked, yearAxis("Fiscal year"), moneyAxis("Depreciation (USD billions)", loc),
                bars);

        XYSeriesCollection line = new XYSeriesCollection();
        XYSeries total = new XYSeries("Reported policy (total)");
        TooltipTable lineTips = new TooltipTable();
        for (int t = 0; t < v.years().length; t++) {
            lineTips.put(total.getKey(), t, v.company() + " FY" + v.years()[t] + " under the reported policy: "
                    + ChartFormats.moneyB(loc).format(v.reportedTotal()[t]));
            total.add(v.years()[t], v.reportedTotal()[t]);
        }
        line.addSeries(total);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
        lineRenderer.setSeriesPaint(0, theme.foreground());
        lineRenderer.setSeriesStroke(0, theme.solidStroke());
        lineRenderer.setDefaultToolTipGenerator(lineTips);
        plot.setRenderer(1, lineRenderer);
        plot.setDataset(1, line);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("Scenario, by capex vintage (stacked)", null, null, null,
                new Rectangle2D.Double(-5, -5, 10, 10), Hatching.mix(theme.color(0), theme.plotBackground(), 0.25)));
        legend.add(new LegendItem("Projected years (hatched)", null, null, null,
                new Rectangle2D.Double(-5, -5, 10, 10), theme.hatch(theme.color(0))));
        LegendItem reportedItem = new LegendItem("As reported policy (total)", null, null, null,
                new java.awt.geom.Line2D.Double(-7, 0, 7, 0), theme.solidStroke(), theme.foreground());
        legend.add(reportedItem);
        plot.setFixedLegendItems(legend);
        // Under the company's reported policy the scenario and the reference line are the same thing.
        boolean reported = DepreciationPolicy.REPORTED.equals(in.result().scenario().policyFor(v.company()));
        JFreeChart chart = chart(v.company() + ": depreciation by vintage, " + (reported ? "as reported"
                : in.result().scenario().name() + " vs as reported"), plot, true);
        return chart;
    }

    /** Sequoia's revenue gap: revenue required by the infrastructure against AI revenue, per calendar year. */
    static JFreeChart revenueGap(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        TooltipTable tips = new TooltipTable();
        Provenance prov = new Provenance(in.dataset());
        String required = "Revenue required";
        String actual = "AI revenue";
        String gap = "Gap";
        for (RevenueGapRow r : in.result().revenueGap()) {
            String year = Integer.toString(r.year());
            data.addValue(r.requiredRevenue(), required, year);
            data.addValue(r.applications(), actual, year);
            data.addValue(r.gap(), gap, year);
            tips.put(required, year, year + " revenue required: " + ChartFormats.money(r.requiredRevenue(), loc)
                    + "\n= infrastructure " + ChartFormats.money(r.infrastructure(), loc) + " \u00F7 GPU share "
                    + in.result().scenario().gpuShareOfDataCenterCost() + " \u00F7 (1 \u2212 end-user margin "
                    + in.result().scenario().endUserGrossMargin() + ")\n"
                    + prov.infrastructure(r.year(), in.result().scenario()));
            tips.put(actual, year, year + " AI revenue: " + ChartFormats.money(r.applications(), loc) + "\n"
                    + prov.applications(r.year(), in.result().scenario()));
            tips.put(gap, year, year + " gap: " + ChartFormats.money(r.gap(), loc) + " (required \u2212 AI revenue)");
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.04);
        renderer.setSeriesPaint(0, theme.hatch(theme.color(0)));
        renderer.setSeriesPaint(1, theme.color(1));
        renderer.setSeriesPaint(2, theme.color(3));
        renderer.setDefaultToolTipGenerator(tips);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartFormats.moneyB(loc)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.smallFont());
        renderer.setDefaultItemLabelPaint(theme.foreground());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Calendar year"), moneyAxis("USD billions", loc),
                renderer);
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.setNoDataMessage("No year has infrastructure figures.");
        JFreeChart chart = chart("Sequoia revenue gap", plot, true);
        subtitle(chart, "Hatched: revenue the infrastructure requires (a scenario computation). " + in.ratioLabel());
        return chart;
    }

    /** The back-test: the model's effect of each disclosed useful-life change against the company's statement. */
    static JFreeChart backtest(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        TooltipTable tips = new TooltipTable();
        String disclosed = "Disclosed by the company";
        String model = "CapexLens model";
        // With more companies than the charts show, the changes of the shown ones: a thousand bars are unreadable
        // and take seconds to draw. The dashboard's back-test table and the results workbook keep every row.
        java.util.Set<String> shown = new java.util.HashSet<>(companiesOf(in));
        boolean focused = in.result().companies().stream().map(CompanyYear::company).distinct().count() > shown.size();
        List<BacktestRow> rows = focused ? in.result().backtest().stream().filter(r -> shown.contains(r.company()))
                .toList() : in.result().backtest();
        Provenance prov = new Provenance(in.dataset());
        for (BacktestRow r : rows) {
            String cat = r.company() + " " + r.period() + " (" + trim(r.fromYears()) + "\u2192" + trim(r.toYears())
                    + " y)";
            data.addValue(r.disclosed(), disclosed, cat);
            data.addValue(r.model(), model, cat);
            tips.put(disclosed, cat, cat + ": disclosed effect " + ChartFormats.moneyB(loc).format(r.disclosed())
                    + "\n" + sourceOfChange(in, prov, r));
            tips.put(model, cat, cat + ": model effect " + ChartFormats.moneyB(loc).format(r.model()) + " (error "
                    + ChartFormats.percent(loc).format(r.error()) + ")\nmodel computation from the capex history");
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, theme.color(7));
        renderer.setSeriesPaint(1, theme.hatch(theme.color(0)));
        renderer.setDefaultToolTipGenerator(tips);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartFormats.moneyB(loc)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.smallFont());
        renderer.setDefaultItemLabelPaint(theme.foreground());
        // Horizontal bars: the value sits at the bar's end (right of a positive bar, left of a negative one)
        // rather than above it, where it would cover the neighbouring bar.
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
                TextAnchor.CENTER_RIGHT));
        CategoryAxis cats = new CategoryAxis(null);
        cats.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, cats, moneyAxis("Effect on the year (USD billions)", loc),
                renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getRangeAxis().setLowerMargin(0.1);
        plot.getRangeAxis().setUpperMargin(0.1);
        plot.setNoDataMessage("The dataset has no useful-life change with a disclosed effect.");
        cats.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        JFreeChart chart = chart("Back-test: model vs disclosed effect of useful-life changes", plot, true);
        subtitle(chart, "Positive: the change raised operating income (lower depreciation).");
        if (rows.size() < in.result().backtest().size()) {
            subtitle(chart, "The " + rows.size() + " changes of the " + shown.size() + " largest companies by capex,"
                    + " of " + in.result().backtest().size() + " back-tested.");
        }
        return chart;
    }

    private static String sourceOfChange(ChartInputs in, Provenance prov, BacktestRow r) {
        TreeSet<String> ids = new TreeSet<>();
        in.dataset().usefulLives().stream()
                .filter(l -> l.company().equals(r.company()) && l.effectPeriod().equals(r.period()))
                .forEach(l -> ids.add(l.source()));
        return ids.isEmpty() ? "no source row" : "source: " + prov.describe(ids.first());
    }
}
