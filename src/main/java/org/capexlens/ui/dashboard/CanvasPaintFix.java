package org.capexlens.ui.dashboard;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.lang.reflect.Field;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.chart.ForwardingGraphics2D;
import org.jfree.chart.fx.ChartCanvas;

/**
 * Repairs the paint state of the chart viewer's JavaFX canvas. FXGraphics2D (2.1.5) remembers the last
 * {@link Color} it was given and ignores the same colour again, even when a gradient was set in between: the label
 * drawn just after a hatched bar (a repeating gradient) kept the gradient and came out striped. After any paint that
 * is not a colour, this passes a different colour first, so the next colour always reaches the canvas.
 */
final class CanvasPaintFix extends ForwardingGraphics2D {
    private static final Logger LOG = Logger.getLogger(CanvasPaintFix.class.getName());
    private boolean afterNonColor;

    /** @param target  the canvas's FXGraphics2D (package-private for tests; the app uses {@link #install}). */
    CanvasPaintFix(Graphics2D target) {
        super(target);
    }

    /**
     * Puts the repair between {@code canvas} and its FXGraphics2D. The canvas keeps that object in a private
     * field with no way to supply another, hence reflection; if that is refused (a module system that does not open
     * the package), the canvas is left as it is and only labels next to hatched bars can suffer.
     */
    static void install(ChartCanvas canvas) {
        try {
            Field field = ChartCanvas.class.getDeclaredField("g2");
            field.setAccessible(true);
            Graphics2D g2 = (Graphics2D) field.get(canvas);
            if (!(g2 instanceof CanvasPaintFix)) {
                field.set(canvas, new CanvasPaintFix(g2));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "chart canvas paint repair not installed", e);
        }
    }

    @Override
    public void setPaint(Paint paint) {
        if (paint instanceof Color c) {
            setColor(c);
        } else {
            afterNonColor = paint != null;
            target.setPaint(paint);
        }
    }

    @Override
    public void setColor(Color c) {
        if (c != null && afterNonColor) {
            // Any colour but c: FXGraphics2D then sees a change when c follows.
            target.setColor(new Color(c.getRGB() ^ 0x000001, true));
            afterNonColor = false;
        }
        target.setColor(c);
    }

    @Override
    public Graphics create() {
        CanvasPaintFix copy = new CanvasPaintFix((Graphics2D) target.create());
        copy.afterNonColor = afterNonColor;
        return copy;
    }
}
