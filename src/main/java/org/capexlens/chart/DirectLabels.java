package org.capexlens.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Names at the end of lines ("Microsoft", "Meta"…) that never overlap and never leave the chart: at draw time the
 * labels are spread vertically so that each keeps a line's height from the next (lines that end close together,
 * as all ΔD lines under "as reported" do, otherwise print their names on top of each other), and
 * {@link #reserveRoom} widens the plot's right inset to the longest label, so that a narrow export (an article
 * column) does not cut "Microsoft" to "Microsof".
 */
final class DirectLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    /** Space between the line's end and its label, Java2D units. */
    private static final double GAP = 6;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private record Label(String text, double x, double y, Paint paint, Font font) {
    }

    private final List<Label> labels = new ArrayList<>();
    /** The width {@link #reserveRoom} added right of the data area, Java2D units. */
    private double reserved;

    /** Adds a label for the point ({@code x}, {@code y}) in data units. */
    void add(String text, double x, double y, Paint paint, Font font) {
        labels.add(new Label(text, x, y, paint, font));
    }

    /** Widens the plot's right inset to fit the longest label; call after the last {@link #add}. */
    void reserveRoom(XYPlot plot) {
        double widest = 0;
        for (Label l : labels) {
            widest = Math.max(widest, l.font().getStringBounds(l.text(), MEASURE).getWidth());
        }
        RectangleInsets in = plot.getInsets();
        reserved = Math.max(in.getRight(), Math.ceil(widest + GAP + 4));
        plot.setInsets(new RectangleInsets(in.getTop(), in.getLeft(), in.getBottom(), reserved));
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        if (labels.isEmpty()) {
            return;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        int n = labels.size();
        double[][] at = new double[n][];
        for (int i = 0; i < n; i++) {
            Label l = labels.get(i);
            at[i] = new double[] {domainAxis.valueToJava2D(l.x(), dataArea, xEdge) + GAP,
                rangeAxis.valueToJava2D(l.y(), dataArea, yEdge), i};
        }
        List<double[]> byY = new ArrayList<>(List.of(at));
        byY.sort(Comparator.comparingDouble(p -> p[1]));
        double lineHeight = 0;
        for (Label l : labels) {
            lineHeight = Math.max(lineHeight, l.font().getSize2D() * 1.15);
        }
        // Push down whatever sits too close under its neighbour, then pull the column back up if it fell off.
        for (int i = 1; i < n; i++) {
            byY.get(i)[1] = Math.max(byY.get(i)[1], byY.get(i - 1)[1] + lineHeight);
        }
        double overflow = byY.get(n - 1)[1] - (dataArea.getMaxY() - lineHeight / 2);
        if (overflow > 0) {
            byY.get(n - 1)[1] -= overflow;
            for (int i = n - 2; i >= 0; i--) {
                byY.get(i)[1] = Math.min(byY.get(i)[1], byY.get(i + 1)[1] - lineHeight);
            }
        }
        // XYPlot clips annotations to the data area; the labels live in the room reserved to its right.
        Shape clip = g2.getClip();
        g2.setClip(new Rectangle2D.Double(dataArea.getX(), dataArea.getY() - lineHeight,
                dataArea.getWidth() + reserved, dataArea.getHeight() + 2 * lineHeight));
        try {
            for (double[] p : at) {
                Label l = labels.get((int) p[2]);
                g2.setFont(l.font());
                g2.setPaint(l.paint());
                TextUtils.drawAlignedString(l.text(), g2, (float) p[0], (float) p[1], TextAnchor.HALF_ASCENT_LEFT);
            }
        } finally {
            g2.setClip(clip);
        }
    }
}
