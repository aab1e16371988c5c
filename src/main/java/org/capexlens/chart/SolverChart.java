package org.capexlens.chart;

import static org.capexlens.chart.ChartParts.chart;
import static org.capexlens.chart.ChartParts.subtitle;

import java.awt.BasicStroke;
import java.util.Locale;
import org.capexlens.calc.WhatMustBeTrue;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The path chart of a what-must-be-true answer (issue 11): for the growth questions, revenue as a share of what
 * it must reach, year by year at the solved growth (1 = target met); for the life and capex questions, the output
 * across the searched values, with the target as a line and the answer as a marker.
 */
public final class SolverChart {
    private SolverChart() {
    }

    /**
     * @param q       the question.
     * @param a       its answer.
     * @param target  the margin (LIFE, a fraction) or ΔD limit (CAPEX, USD billions); unused otherwise.
     * @param locale  number formats.
     * @param theme   colours and fonts.
     */
    public static JFreeChart path(AnalysisText.Question q, WhatMustBeTrue.Answer a, double target, Locale locale,
            ChartTheme theme) {
        boolean growth = q == AnalysisText.Question.RATIO || q == AnalysisText.Question.GAP;
        XYSeries s = new XYSeries(Messages.get(("chart.solver.series." + q.id())));
        a.path().forEach(p -> {
            if (Double.isFinite(p.y())) {
                s.add(p.x(), p.y());
            }
        });
        NumberAxis x = growth ? ChartParts.yearAxis(Messages.get("chart.axis.calendarYear"))
                : new NumberAxis(Messages.get(("chart.solver.x." + q.id())));
        if (q == AnalysisText.Question.CAPEX) {
            x.setNumberFormatOverride(ChartFormats.percentAxis(locale));
        }
        NumberAxis y = new SpaciousNumberAxis(Messages.get(("chart.solver.y." + q.id())));
        y.setNumberFormatOverride(q == AnalysisText.Question.LIFE || growth ? ChartFormats.percentAxis(locale)
                : ChartFormats.moneyAxis(locale));
        y.setAutoRangeIncludesZero(growth);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, growth);
        r.setSeriesPaint(0, theme.color(0));
        r.setSeriesStroke(0, new BasicStroke(2.5f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, r);
        plot.setNoDataMessage(Messages.get("chart.solver.noData"));
        double line = growth ? 1 : target;
        ValueMarker goal = new ValueMarker(line, theme.muted(), new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        goal.setLabel(Messages.get("chart.solver.target"));
        goal.setLabelFont(theme.smallFont());
        goal.setLabelPaint(theme.muted());
        goal.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        goal.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        goal.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
        plot.addRangeMarker(goal);
        if (!growth && a.status() == WhatMustBeTrue.Status.SOLVED) {
            ValueMarker at = new ValueMarker(a.value(), theme.color(1), new BasicStroke(1.5f));
            plot.addDomainMarker(at);
        }
        JFreeChart chart = chart(Messages.get(("chart.solver.title." + q.id())), plot, false);
        subtitle(chart, Messages.get(("chart.solver.subtitle." + (growth ? "growth" : "sweep"))));
        theme.apply(chart);
        return chart;
    }
}
