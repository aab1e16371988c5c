package org.capexlens.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one place chart colours, fonts and strokes are decided (STYLE habit 9). {@link #LIGHT} and {@link #DARK}
 * follow the UI theme; {@link #PRINT} is used for every export so that a chart looks the same in a report whatever
 * theme the user had on screen.
 *
 * <p>The series palette is Okabe &amp; Ito's colour-blind-safe set; projected and scenario values are drawn with
 * {@link #projectedStroke()} (dashed) or {@link #hatch(Color)} (hatched bars) everywhere.
 *
 * @param name        theme name.
 * @param background  chart background.
 * @param plotBackground plot area background.
 * @param foreground  text and axis lines.
 * @param muted       subtitles, tick labels.
 * @param grid        grid lines.
 * @param palette     series colours in order.
 */
public record ChartTheme(String name, Color background, Color plotBackground, Color foreground, Color muted,
        Color grid, List<Color> palette) {

    /** Okabe-Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black/grey. */
    private static final List<Color> OKABE_ITO = List.of(new Color(0x0072B2), new Color(0xE69F00),
            new Color(0x009E73), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9),
            new Color(0xB8A200), new Color(0x555555));
    /** The same hues, lightened for a dark background. */
    private static final List<Color> OKABE_ITO_DARK = List.of(new Color(0x3D9BE0), new Color(0xF0B030),
            new Color(0x2CC79A), new Color(0xF07A30), new Color(0xE09AC6), new Color(0x7CC8F0),
            new Color(0xF0E442), new Color(0xBBBBBB));

    public static final ChartTheme LIGHT = new ChartTheme("light", Color.WHITE, Color.WHITE, new Color(0x222222),
            new Color(0x666666), new Color(0xDDDDDD), OKABE_ITO);
    public static final ChartTheme DARK = new ChartTheme("dark", new Color(0x1E1F22), new Color(0x26282C),
            new Color(0xE6E6E6), new Color(0xA8A8A8), new Color(0x3C3F44), OKABE_ITO_DARK);
    /** For exports: white paper, black text, the light palette. */
    public static final ChartTheme PRINT = new ChartTheme("print", Color.WHITE, Color.WHITE, Color.BLACK,
            new Color(0x555555), new Color(0xD9D9D9), OKABE_ITO);

    public ChartTheme {
        palette = List.copyOf(palette);
    }

    /** The colour of series {@code i} (wraps around the palette). */
    public Color color(int i) {
        return palette.get(Math.floorMod(i, palette.size()));
    }

    /** Title font. */
    public Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, 16);
    }

    /** Subtitle and legend font. */
    public Font smallFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    }

    /** Axis label font. */
    public Font labelFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    /** A reported series: solid. */
    public Stroke solidStroke() {
        return new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A projected or scenario series: dashed, the same width. */
    public Stroke projectedStroke() {
        return new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);
    }

    /** Hatched fill for projected or scenario bars in {@code color}. */
    public Paint hatch(Color color) {
        return Hatching.of(color, plotBackground);
    }

    /**
     * Applies the theme to a chart built by {@link Charts}: backgrounds, fonts and text colours of titles, legend,
     * axes and grid. Series colours are set by the chart functions themselves (they know which series is which).
     */
    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(titleFont());
            chart.getTitle().setPaint(foreground);
            chart.getTitle().setPadding(new RectangleInsets(8, 8, 2, 8));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setItemFont(smallFont());
                legend.setItemPaint(foreground);
                legend.setBackgroundPaint(background);
                legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            } else if (t instanceof TextTitle text) {
                text.setPaint(muted);
                if (text.getFont() == null || text.getFont().getSize() != 10) {
                    text.setFont(smallFont());
                }
            } else if (t instanceof PaintScaleLegend psl) {
                psl.setBackgroundPaint(background);
                styleAxis(psl.getAxis());
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(plotBackground);
        plot.setOutlineVisible(false);
        plot.setNoDataMessagePaint(muted);
        plot.setNoDataMessageFont(labelFont());
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            xy.setDomainGridlineStroke(new BasicStroke(0.8f));
            xy.setRangeGridlineStroke(new BasicStroke(0.8f));
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(grid);
            cat.setDomainGridlinePaint(grid);
            cat.setRangeGridlineStroke(new BasicStroke(0.8f));
            for (int i = 0; i < cat.getDomainAxisCount(); i++) {
                styleAxis(cat.getDomainAxis(i));
            }
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                styleAxis(cat.getRangeAxis(i));
            }
        }
    }

    private void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(labelFont());
        axis.setLabelPaint(foreground);
        axis.setTickLabelFont(smallFont());
        axis.setTickLabelPaint(muted);
        axis.setAxisLinePaint(muted);
        axis.setTickMarkPaint(muted);
    }
}
