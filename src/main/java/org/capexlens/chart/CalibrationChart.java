package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.moneyAxis;
import static org.capexlens.chart.ChartParts.subtitle;
import static org.capexlens.chart.ChartParts.yearAxis;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.capexlens.calc.Calibration;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The calibration ({@link ChartId#CALIBRATION}, issue 14): per hyperscaler, the depreciation the company filed
 * (solid line, dots) and the model's depreciation of the same years under the reported policy (dashed, squares),
 * each year's error in the tooltip and the median |error| of fiscal 2021–2025 in a subtitle.
 */
final class CalibrationChart {
    /** The calibration window of issue 14. */
    static final int FROM = 2021;
    static final int TO = 2025;

    private CalibrationChart() {
    }

    static JFreeChart calibration(ChartInputs in, ChartTheme theme) {
        Locale loc = in.locale();
        NumberFormat money = ChartFormats.moneyB(loc);
        NumberFormat percent = ChartFormats.percent(loc);
        List<Calibration.Row> rows = Calibration.compute(in.dataset(), in.result().scenario());
        Set<String> shown = new LinkedHashSet<>(in.shownCompanies());
        Set<String> companies = new LinkedHashSet<>();
        rows.stream().map(Calibration.Row::company).filter(shown::contains).forEach(companies::add);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        TooltipTable tips = new TooltipTable();
        Provenance prov = new Provenance(in.dataset());
        int s = 0;
        for (String company : companies) {
            XYSeries filed = new XYSeries(Messages.get("chart.calibration.series.filed", company), true, false);
            XYSeries model = new XYSeries(Messages.get("chart.calibration.series.model", company), true, false);
            for (Calibration.Row r : rows) {
                if (!r.company().equals(company)) {
                    continue;
                }
                String tip = Messages.get("chart.calibration.tip", company, r.fiscalYear(), money.format(r.modelled()),
                        money.format(r.filed()), percent.format(r.error()),
                        Provenance.source(prov.describe(r.filedSource())));
                tips.put(filed.getKey(), filed.getItemCount(), tip);
                filed.add(r.fiscalYear(), r.filed());
                tips.put(model.getKey(), model.getItemCount(), tip);
                model.add(r.fiscalYear(), r.modelled());
            }
            Color color = ChartParts.companyColor(in, company, theme);
            data.addSeries(filed);
            renderer.setSeriesPaint(s, color);
            renderer.setSeriesStroke(s, theme.solidStroke());
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
            s++;
            data.addSeries(model);
            renderer.setSeriesPaint(s, color);
            renderer.setSeriesStroke(s, theme.projectedStroke());
            renderer.setSeriesShape(s, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
            renderer.setSeriesShapesFilled(s, false);
            s++;
        }
        renderer.setDefaultToolTipGenerator(tips);
        XYPlot plot = new XYPlot(data, yearAxis(Messages.get("chart.calibration.axis.year")),
                moneyAxis(Messages.get("chart.calibration.axis"), loc), renderer);
        plot.setNoDataMessage(Messages.get("chart.calibration.noData"));
        JFreeChart chart = chart(Messages.get("chart.calibration.title"), plot, true);
        subtitle(chart, Messages.get("chart.calibration.note"));
        var median = Calibration.medianAbsError(rows, FROM, TO);
        if (median.isPresent()) {
            long n = rows.stream().filter(r -> r.fiscalYear() >= FROM && r.fiscalYear() <= TO).count();
            subtitle(chart, Messages.get("chart.calibration.median", percent.format(median.getAsDouble()), FROM, TO,
                    n));
        }
        return chart;
    }
}
