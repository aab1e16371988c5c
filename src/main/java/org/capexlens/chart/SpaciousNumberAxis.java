package org.capexlens.chart;

import java.awt.Graphics2D;
import org.jfree.chart.axis.NumberAxis;

/**
 * A number axis that leaves room between tick labels: JFreeChart packs a tick per label height, which on a tall
 * chart gives forty-odd ticks; readers of a report want five to ten.
 */
final class SpaciousNumberAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private static final double VERTICAL_SPACING = 3.2;
    private static final double HORIZONTAL_SPACING = 1.8;

    SpaciousNumberAxis(String label) {
        super(label);
    }

    @Override
    protected double estimateMaximumTickLabelHeight(Graphics2D g2) {
        return super.estimateMaximumTickLabelHeight(g2) * VERTICAL_SPACING;
    }

    @Override
    protected double estimateMaximumTickLabelWidth(Graphics2D g2, org.jfree.chart.axis.TickUnit unit) {
        return super.estimateMaximumTickLabelWidth(g2, unit) * HORIZONTAL_SPACING;
    }
}
