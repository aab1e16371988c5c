package org.capexlens.export;

import java.util.Locale;
import java.util.Optional;

/**
 * Chart sizes for the usual destinations, in logical units (PNG pixels at scale 1, SVG user units, PDF points).
 */
public enum SizePreset {
    /** A 16:9 presentation slide. */
    SLIDE_16_9("slide", 1280, 720),
    /** One column of an article or a report page. */
    ARTICLE_COLUMN("article", 680, 460),
    /** Square, for social posts. */
    SQUARE("square", 800, 800);

    private final String id;
    private final int width;
    private final int height;

    SizePreset(String id, int width, int height) {
        this.id = id;
        this.width = width;
        this.height = height;
    }

    /** The name used on the command line: {@code slide}, {@code article}, {@code square}. */
    public String id() {
        return id;
    }

    /** The preset's size. */
    public ChartSize size() {
        return new ChartSize(width, height);
    }

    /** The preset with this id (case-insensitive). */
    public static Optional<SizePreset> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (SizePreset p : values()) {
            if (p.id.equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
