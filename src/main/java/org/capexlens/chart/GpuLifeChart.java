package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.subtitle;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.capexlens.calc.GpuEconomicLife;
import org.capexlens.domain.GpuPrice;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The GPU economic life ({@link ChartId#GPU_ECONOMIC_LIFE}, issue 11): the rental price points by contract type
 * (dots), the fitted decline (solid), the revenue per GPU-hour at the scenario's utilisation (dashed), the cash cost
 * per GPU-hour (flat), the crossing age marked, and the companies' book server lives in force today as reference
 * lines; x is the GPU's age in years since the model's first price point.
 */
final class GpuLifeChart {
    private static final int STEPS = 100;
    private static final double LABEL_STEP = 13;
    private static final double LABEL_LEFT_FROM = 0.6;
    private static final java.awt.Color CLEAR = new java.awt.Color(0, 0, 0, 0);
    /** Room left of age 0 so that the first point's dot is not cut. */
    private static final double LEFT_ROOM = 0.25;

    private GpuLifeChart() {
    }

    static JFreeChart gpuLife(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        GpuEconomicLife.Result r = GpuLifeText.result(in);
        SortedMap<Double, List<String>> book = GpuLifeText.bookLives(in.dataset());
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        TooltipTable tips = new TooltipTable();
        NumberAxis x = new NumberAxis(Messages.get("chart.gpuLife.axis.age"));
        NumberAxis y = new NumberAxis(Messages.get("chart.gpuLife.axis.price"));
        y.setNumberFormatOverride(ChartFormats.setting(loc));
        x.setNumberFormatOverride(ChartFormats.setting(loc));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage(Messages.get("gpu.life.noPrices"));
        JFreeChart chart = chart(Messages.get("chart.gpuLife.title"), plot, true);
        if (r == null) {
            subtitle(chart, Messages.get("gpu.life.noPrices"));
            return chart;
        }
        NumberFormat money = ChartFormats.setting(loc);
        NumberFormat years = ChartFormats.years(loc);
        Provenance prov = new Provenance(in.dataset());
        double horizon = r.assumptions().horizonYears();
        int s = 0;
        Map<String, XYSeries> byType = new LinkedHashMap<>();
        for (GpuPrice p : r.points()) {
            XYSeries series = byType.computeIfAbsent(p.contractType(),
                    t -> new XYSeries(Messages.get("chart.gpuLife.series.points", t), true, false));
            double age = p.yearFraction() - r.originYear();
            tips.put(series.getKey(), series.getItemCount(), Messages.get("chart.gpuLife.tip",
                    p.date().format(DateTimeFormatter.ISO_LOCAL_DATE), p.gpuModel(), money.format(p.usdPerHour()),
                    p.contractType(), Provenance.source(prov.describe(p.source()))));
            series.add(age, p.usdPerHour());
        }
        for (XYSeries series : byType.values()) {
            data.addSeries(series);
            renderer.setSeriesLinesVisible(s, false);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
            renderer.setSeriesPaint(s, theme.color(s));
            s++;
        }
        boolean fitted = r.status() != GpuEconomicLife.Status.TOO_FEW_POINTS;
        XYSeries fit = new XYSeries(Messages.get("chart.gpuLife.series.fit"), true, false);
        XYSeries revenue = new XYSeries(Messages.get("chart.gpuLife.series.revenue",
                ChartFormats.percent(loc).format(r.assumptions().utilisation())), true, false);
        XYSeries cost = new XYSeries(Messages.get("chart.gpuLife.series.cost"), true, false);
        for (int i = 0; i <= STEPS; i++) {
            double age = horizon * i / STEPS;
            if (fitted) {
                fit.add(age, r.fittedPrice(age));
                revenue.add(age, r.assumptions().utilisation() * r.fittedPrice(age));
            }
            cost.add(age, r.assumptions().costPerGpuHour());
        }
        int lines = s;
        if (fitted) {
            data.addSeries(fit);
            data.addSeries(revenue);
        }
        data.addSeries(cost);
        for (int i = lines; i < data.getSeriesCount(); i++) {
            renderer.setSeriesShapesVisible(i, false);
            renderer.setSeriesPaint(i, i == data.getSeriesCount() - 1 ? theme.foreground() : theme.color(i));
            renderer.setSeriesStroke(i, data.getSeries(i) == revenue ? theme.projectedStroke() : theme.solidStroke());
        }
        renderer.setDefaultToolTipGenerator(tips);
        Font small = theme.smallFont();
        int row = 0;
        for (Map.Entry<Double, List<String>> e : book.entrySet()) {
            ValueMarker m = new ValueMarker(e.getKey(), theme.muted(), new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
            m.setLabel(Messages.get("chart.gpuLife.book", years.format(e.getKey())));
            m.setLabelFont(small);
            m.setLabelPaint(theme.muted());
            m.setLabelBackgroundColor(CLEAR);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            // One line per life, stepped down, so that labels of neighbouring lives never overlap.
            m.setLabelOffset(new RectangleInsets(4 + LABEL_STEP * row++, 2, 2, 2));
            plot.addDomainMarker(m);
        }
        if (r.status() == GpuEconomicLife.Status.CROSSES) {
            ValueMarker m = new ValueMarker(r.lifeYears(), theme.foreground(), new BasicStroke(2f));
            m.setLabel(Messages.get("chart.gpuLife.crossing", years.format(r.lifeYears())));
            m.setLabelFont(small);
            m.setLabelPaint(theme.foreground());
            m.setLabelBackgroundColor(CLEAR);
            // Right of the line, or left of it when the line stands in the right part and the text would be cut;
            // below the book labels' lines so that it never runs into them.
            boolean left = r.lifeYears() > horizon * LABEL_LEFT_FROM;
            m.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(4 + LABEL_STEP * row, 2, 2, 2));
            plot.addDomainMarker(m);
        }
        x.setRange(-LEFT_ROOM, horizon);
        x.setLabel(Messages.get("chart.gpuLife.axis.ageFrom", r.assumptions().gpuModel(),
                Double.isFinite(r.originYear()) ? ChartFormats.setting(loc).format(r.originYear()) : "\u2013"));
        subtitle(chart, GpuLifeText.shortAnswer(r, book, loc));
        if (!book.isEmpty()) {
            subtitle(chart, GpuLifeText.bookList(book, loc));
        }
        subtitle(chart, GpuLifeText.assumptions(r, loc) + " " + Messages.get("chart.gpuLife.note"));
        return chart;
    }
}
