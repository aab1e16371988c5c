package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.setting;
import static org.capexlens.chart.ChartParts.subtitle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The sensitivity charts: an output over a grid of two assumptions ({@link ChartId#SENSITIVITY_HEATMAP}) and each
 * assumption's swing of an output between its low and high setting ({@link ChartId#TORNADO}). Every value drawn
 * is a scenario computation; the inputs come from {@link ChartInputsFactory}.
 */
final class SensitivityCharts {
    /** The heatmap's one series; never shown to the user. */
    private static final String GRID = "grid";

    private SensitivityCharts() {
    }

    /** The two-way sensitivity grid as a heatmap with a colour legend. */
    static JFreeChart heatmap(ChartInputs in, ChartTheme theme) {
        ChartInputs.HeatmapGrid g = in.heatmap();
        Locale loc = in.locale();
        if (g == null || g.rowValues().length == 0 || g.colValues().length == 0) {
            XYPlot empty = new XYPlot();
            empty.setNoDataMessage(Messages.get("chart.heatmap.noData"));
            return chart(Messages.get("chart.heatmap.titleEmpty"), empty, false);
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
                tips.put(GRID, k, Messages.get("chart.heatmap.tip", g.colLabel(), setting(xs[k], loc), g.rowLabel(),
                        setting(ys[k], loc), ChartParts.orUnknown(zs[k], valueFormat), g.valueLabel()));
                k++;
            }
        }
        if (!(min < max)) {
            min = Double.isFinite(min) ? min - 1 : 0;
            max = Double.isFinite(max) ? max + 1 : 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(GRID, new double[][] {xs, ys, zs});
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(step(g.colValues()));
        renderer.setBlockHeight(step(g.rowValues()));
        LookupPaintScale scale = divergingScale(min, max);
        renderer.setPaintScale(scale);
        renderer.setDefaultToolTipGenerator(tips);
        XYPlot plot = new XYPlot(data, gridAxis(g.colLabel(), g.colValues()),
                gridAxis(g.rowLabel(), g.rowValues()), renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = chart(Messages.get("chart.heatmap.title", g.valueLabel()), plot, false);
        NumberAxis scaleAxis = new SpaciousNumberAxis(g.valueLabel());
        scaleAxis.setRange(min, max);
        scaleAxis.setNumberFormatOverride(g.valueIsFraction() ? ChartFormats.percentAxis(loc)
                : ChartFormats.moneyAxis(loc));
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(8, 8, 30, 8));
        legend.setStripWidth(14);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        chart.addSubtitle(legend);
        subtitle(chart, Messages.get("chart.heatmap.note"));
        return chart;
    }

    /** An axis of the grid: exactly the cells' extent (a fixed range), ticks on a multiple of the grid step. */
    private static NumberAxis gridAxis(String label, double[] values) {
        NumberAxis axis = new SpaciousNumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        axis.setTickUnit(new NumberTickUnit(niceStep(values)));
        axis.setRange(values[0] - step(values) / 2, values[values.length - 1] + step(values) / 2);
        return axis;
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
        NumberFormat money = ChartFormats.moneyB(loc);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        TooltipTable tips = new TooltipTable();
        String lowKey = Messages.get("chart.tornado.series.low");
        String highKey = Messages.get("chart.tornado.series.high");
        double base = in.tornado().isEmpty() ? 0 : in.tornado().get(0).base();
        for (ChartInputs.TornadoBar b : in.tornado()) {
            String cat = Messages.get("chart.tornado.category", b.assumption(), b.lowLabel(), b.highLabel());
            data.addValue(b.low() - b.base(), lowKey, cat);
            data.addValue(b.high() - b.base(), highKey, cat);
            tips.put(lowKey, cat, Messages.get("chart.tornado.tip", b.assumption(), b.lowLabel(),
                    money.format(b.low()), signed(b.low() - b.base(), money)));
            tips.put(highKey, cat, Messages.get("chart.tornado.tip", b.assumption(), b.highLabel(),
                    money.format(b.high()), signed(b.high() - b.base(), money)));
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, theme.color(0));
        renderer.setSeriesPaint(1, theme.color(1));
        renderer.setDefaultToolTipGenerator(tips);
        renderer.setMaximumBarWidth(0.08);
        NumberAxis axis = new SpaciousNumberAxis(Messages.get("chart.tornado.axis", in.tornadoOutput(),
                money.format(base)));
        axis.setNumberFormatOverride(ChartFormats.moneyAxis(loc));
        CategoryAxis categories = new CategoryAxis(null);
        // The labels carry the low and high settings: let them take up to 40 % of the width, and wrap long names
        // ("First-year convention (full-year … half-year)") onto two lines rather than lose their settings.
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, categories, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, theme.foreground(), new BasicStroke(1.2f)));
        plot.setNoDataMessage(Messages.get("chart.tornado.noData"));
        JFreeChart chart = chart(Messages.get("chart.tornado.title", in.tornadoOutput()), plot, true);
        subtitle(chart, Messages.get("chart.tornado.note"));
        return chart;
    }

    /** A change in money with its sign: {@code +$1.2B}, {@code -$0.5B}. */
    private static String signed(double v, NumberFormat money) {
        return (v >= 0 ? "+" : "") + money.format(v);
    }
}
