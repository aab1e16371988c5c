package org.capexlens.chart;

import java.awt.Color;
import java.awt.Paint;

/** Diagonal hatching for projected and scenario bars, so they differ from reported ones without colour. */
final class Hatching {
    private Hatching() {
    }

    /**
     * A tile of {@code color} diagonals on a light tint of the same colour.
     *
     * @param color       the series colour.
     * @param background  the plot background (the tint is mixed towards it).
     */
    static Paint of(Color color, Color background) {
        return HatchPaint.of(color, mix(color, background, 0.65));
    }

    /** {@code a} moved {@code t} of the way towards {@code b}. */
    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
