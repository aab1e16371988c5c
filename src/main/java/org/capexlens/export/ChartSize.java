package org.capexlens.export;

import org.capexlens.text.Messages;

/**
 * The logical size of an exported chart: PNG pixels at scale 1 (1/96 inch), SVG user units, PDF points.
 *
 * @param width   {@value #MIN_WIDTH}–{@value #MAX_SIDE}.
 * @param height  {@value #MIN_HEIGHT}–{@value #MAX_SIDE}.
 */
public record ChartSize(int width, int height) {
    /** Narrower charts cannot fit their axis labels and legend. */
    public static final int MIN_WIDTH = 320;
    /** Lower charts cannot fit title, plot and footer. */
    public static final int MIN_HEIGHT = 240;
    /** The largest side: a poster, far beyond any slide. */
    public static final int MAX_SIDE = 4000;

    /** @throws IllegalArgumentException  with a plain message when a side is out of range. */
    public ChartSize {
        if (width < MIN_WIDTH || width > MAX_SIDE) {
            throw new IllegalArgumentException(Messages.get("export.size.width", String.valueOf(MIN_WIDTH),
                    String.valueOf(MAX_SIDE), String.valueOf(width)));
        }
        if (height < MIN_HEIGHT || height > MAX_SIDE) {
            throw new IllegalArgumentException(Messages.get("export.size.height", String.valueOf(MIN_HEIGHT),
                    String.valueOf(MAX_SIDE), String.valueOf(height)));
        }
    }
}
