package org.capexlens.chart;

import java.awt.Color;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.geom.Point2D;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The hatching of projected and scenario bars: diagonals of a line colour every {@link #SPACING} units on a tint of
 * the same colour. The paint is a repeating linear gradient with hard stops, running across the diagonals: Java2D
 * (PNG) and the dashboard's JavaFX canvas both draw that, whereas the canvas cannot fill with a texture (a texture
 * showed hatched bars as solid black or grey there, and their legend swatch not at all). The SVG and PDF exports
 * recognise the paint with {@link #read} and draw the same diagonals as vector lines.
 */
public final class HatchPaint {
    /** Distance between two diagonals along each axis, user units. */
    public static final int SPACING = 8;
    /** Width of a diagonal, user units. */
    public static final float LINE_WIDTH = 1.6f;
    /** A line of {@link #LINE_WIDTH} centred on each period's start, with hard edges (stops 0.1 % apart). */
    private static final float[] FRACTIONS = fractions();
    private static final Point2D START = new Point2D.Float(0, 0);
    /** Diagonals x + y = k·SPACING: the gradient runs along (1, 1) and repeats every SPACING / √2. */
    private static final Point2D END = new Point2D.Float(SPACING / 2f, SPACING / 2f);

    private HatchPaint() {
    }

    /**
     * The colours of a hatch.
     *
     * @param lineColor  the colour of the diagonals (the series colour).
     * @param tint       the colour between them (the series colour mixed towards the background).
     */
    public record Hatch(Color lineColor, Color tint) {
        public Hatch {
            Objects.requireNonNull(lineColor, "lineColor");
            Objects.requireNonNull(tint, "tint");
        }
    }

    static LinearGradientPaint of(Color lineColor, Color tint) {
        Objects.requireNonNull(lineColor, "lineColor");
        Objects.requireNonNull(tint, "tint");
        return new LinearGradientPaint(START, END, FRACTIONS,
                new Color[] {lineColor, lineColor, tint, tint, lineColor, lineColor},
                MultipleGradientPaint.CycleMethod.REPEAT);
    }

    /** The hatch {@code paint} draws, or empty when it is not one made by {@link #of}. */
    public static Optional<Hatch> read(Paint paint) {
        if (!(paint instanceof LinearGradientPaint g) || g.getCycleMethod() != MultipleGradientPaint.CycleMethod.REPEAT
                || !Arrays.equals(g.getFractions(), FRACTIONS) || !START.equals(g.getStartPoint())
                || !END.equals(g.getEndPoint())) {
            return Optional.empty();
        }
        Color[] c = g.getColors();
        return Optional.of(new Hatch(c[0], c[2]));
    }

    private static float[] fractions() {
        float half = (float) (LINE_WIDTH / 2 / (SPACING / Math.sqrt(2)));
        return new float[] {0f, half, half + 0.001f, 1f - half - 0.001f, 1f - half, 1f};
    }
}
