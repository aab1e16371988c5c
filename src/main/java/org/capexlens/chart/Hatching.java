package org.capexlens.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;

/** Diagonal hatching for projected and scenario bars, so they differ from reported ones without colour. */
final class Hatching {
    private static final int TILE = 8;

    private Hatching() {
    }

    /**
     * A tile of {@code color} diagonals on a light tint of the same colour.
     *
     * @param color       the series colour.
     * @param background  the plot background (the tint is mixed towards it).
     */
    static Paint of(Color color, Color background) {
        BufferedImage tile = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(mix(color, background, 0.65));
            g.fillRect(0, 0, TILE, TILE);
            g.setColor(color);
            g.setStroke(new BasicStroke(1.6f));
            g.drawLine(0, TILE, TILE, 0);
            g.drawLine(-TILE / 2, TILE / 2, TILE / 2, -TILE / 2);
            g.drawLine(TILE / 2, TILE + TILE / 2, TILE + TILE / 2, TILE / 2);
        } finally {
            g.dispose();
        }
        return new TexturePaint(tile, new Rectangle(0, 0, TILE, TILE));
    }

    /** {@code a} moved {@code t} of the way towards {@code b}. */
    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
