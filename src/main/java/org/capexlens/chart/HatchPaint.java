package org.capexlens.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * The hatching of projected and scenario bars: diagonals of {@link #lineColor()} every {@link #SPACING} units on a
 * {@link #tint()} of the same colour. A {@link TexturePaint} for Java2D (screen, PNG); the SVG and PDF exports
 * cannot fill with a texture (JFreeSVG paints it black, JFreePDF ignores it), so they read the colours from here
 * and draw the same diagonals as vector lines.
 */
public final class HatchPaint extends TexturePaint {
    /** Distance between two diagonals along each axis, user units. */
    public static final int SPACING = 8;
    /** Width of a diagonal, user units. */
    public static final float LINE_WIDTH = 1.6f;

    private final Color lineColor;
    private final Color tint;

    HatchPaint(Color lineColor, Color tint) {
        super(tile(lineColor, tint), new Rectangle(0, 0, SPACING, SPACING));
        this.lineColor = Objects.requireNonNull(lineColor, "lineColor");
        this.tint = Objects.requireNonNull(tint, "tint");
    }

    private static BufferedImage tile(Color lineColor, Color tint) {
        BufferedImage tile = new BufferedImage(SPACING, SPACING, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(tint);
            g.fillRect(0, 0, SPACING, SPACING);
            g.setColor(lineColor);
            g.setStroke(new BasicStroke(LINE_WIDTH));
            g.drawLine(0, SPACING, SPACING, 0);
            g.drawLine(-SPACING / 2, SPACING / 2, SPACING / 2, -SPACING / 2);
            g.drawLine(SPACING / 2, SPACING + SPACING / 2, SPACING + SPACING / 2, SPACING / 2);
        } finally {
            g.dispose();
        }
        return tile;
    }

    /** The colour of the diagonals (the series colour). */
    public Color lineColor() {
        return lineColor;
    }

    /** The colour between the diagonals (the series colour mixed towards the background). */
    public Color tint() {
        return tint;
    }
}
