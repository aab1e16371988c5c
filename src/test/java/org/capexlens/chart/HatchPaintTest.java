package org.capexlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hatch is a paint every target draws, and the vector exports can tell it from any other paint. */
class HatchPaintTest {
    private static final Color LINE = new Color(0x1F77B4);
    private static final Color TINT = new Color(0xB4CFE3);

    @Test
    void theColoursAreReadBackFromTheHatchAndFromNothingElse() {
        assertEquals(Optional.of(new HatchPaint.Hatch(LINE, TINT)), HatchPaint.read(HatchPaint.of(LINE, TINT)));
        assertEquals(Optional.empty(), HatchPaint.read(LINE));
        assertEquals(Optional.empty(), HatchPaint.read(null));
        assertEquals(Optional.empty(), HatchPaint.read(new LinearGradientPaint(new Point2D.Float(0, 0),
                new Point2D.Float(4, 4), new float[] {0f, 1f}, new Color[] {LINE, TINT},
                MultipleGradientPaint.CycleMethod.REPEAT)));
    }

    @Test
    void java2dDrawsDiagonalsOfTheLineColourOnTheTintEverySpacing() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(HatchPaint.of(LINE, TINT));
        g.fillRect(0, 0, 32, 32);
        g.dispose();
        // On a diagonal x + y = k·SPACING the line colour; half-way between two of them the tint.
        assertEquals(LINE.getRGB(), image.getRGB(8, 8));
        assertEquals(LINE.getRGB(), image.getRGB(3, 13));
        assertEquals(TINT.getRGB(), image.getRGB(10, 10));
        assertEquals(TINT.getRGB(), image.getRGB(2, 2));
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < 32; x++) {
            colours.add(image.getRGB(x, 20));
        }
        assertTrue(colours.contains(LINE.getRGB()) && colours.contains(TINT.getRGB()), colours.toString());
    }
}
