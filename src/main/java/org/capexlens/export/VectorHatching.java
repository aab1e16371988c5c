package org.capexlens.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.capexlens.chart.ForwardingGraphics2D;
import org.capexlens.chart.HatchPaint;

/**
 * A {@link Graphics2D} that passes everything to a vector target (JFreeSVG, JFreePDF) except fills with a
 * {@link HatchPaint}: those become the tint plus the diagonals drawn as lines, clipped to the shape. The vector
 * libraries cannot fill with a texture (JFreeSVG paints it black, JFreePDF ignores it), and without the hatching
 * an exported chart would no longer tell projected bars from reported ones.
 */
final class VectorHatching extends ForwardingGraphics2D {
    /** The hatch set with {@link #setPaint}, or {@code null} when the paint is anything else. */
    private HatchPaint.Hatch hatch;
    /** The paint that {@link #hatch} was read from, for {@link #getPaint}. */
    private Paint hatchPaint;

    VectorHatching(Graphics2D target) {
        super(target);
    }

    private void hatchFill(Shape shape) {
        Paint savedPaint = target.getPaint();
        Stroke savedStroke = target.getStroke();
        Shape savedClip = target.getClip();
        try {
            target.setPaint(hatch.tint());
            target.fill(shape);
            target.clip(shape);
            target.setPaint(hatch.lineColor());
            target.setStroke(new BasicStroke(HatchPaint.LINE_WIDTH));
            Rectangle2D b = shape.getBounds2D();
            double step = HatchPaint.SPACING;
            // Diagonals x + y = k, on the texture's grid (k a multiple of the spacing), as in the PNG.
            double first = Math.floor((b.getMinX() + b.getMinY()) / step) * step;
            for (double k = first; k <= b.getMaxX() + b.getMaxY() + step; k += step) {
                target.draw(new Line2D.Double(k - b.getMaxY() - step, b.getMaxY() + step, k - b.getMinY() + step,
                        b.getMinY() - step));
            }
        } finally {
            target.setClip(savedClip);
            target.setStroke(savedStroke);
            target.setPaint(savedPaint);
        }
    }

    @Override
    public void fill(Shape s) {
        if (hatch != null) {
            hatchFill(s);
        } else {
            target.fill(s);
        }
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle(x, y, width, height));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        fill(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void setPaint(Paint paint) {
        hatch = HatchPaint.read(paint).orElse(null);
        if (hatch != null) {
            hatchPaint = paint;
            // Lines and text drawn with this paint still get a colour the target understands.
            target.setPaint(hatch.lineColor());
        } else {
            hatchPaint = null;
            target.setPaint(paint);
        }
    }

    @Override
    public Paint getPaint() {
        return hatch != null ? hatchPaint : target.getPaint();
    }

    @Override
    public void setColor(Color c) {
        hatch = null;
        target.setColor(c);
    }

    @Override
    public Graphics create() {
        VectorHatching copy = new VectorHatching((Graphics2D) target.create());
        copy.hatch = hatch;
        copy.hatchPaint = hatchPaint;
        return copy;
    }
}
