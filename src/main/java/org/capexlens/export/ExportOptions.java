package org.capexlens.export;

import java.util.Objects;
import org.capexlens.text.Messages;

/**
 * How a chart is exported: its size, the PNG scale and DPI, and whether a sidecar is written next to the file.
 * SVG and PDF ignore scale and DPI (they are vector formats sized in user units and points).
 *
 * @param size     the logical size, not {@code null}.
 * @param scale    PNG pixel density, {@value #MIN_SCALE}–{@value #MAX_SCALE} (2 gives 2× the pixels per side).
 * @param dpi      the DPI written into the PNG, {@value #MIN_DPI}–{@value #MAX_DPI}, or {@code null} for
 *                 96 × {@code scale} (the size the chart has on a screen at 100 %).
 * @param sidecar  whether to write {@code <file>.capexlens.json} next to each exported file.
 */
public record ExportOptions(ChartSize size, double scale, Integer dpi, boolean sidecar) {
    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    public static final int MIN_DPI = 1;
    public static final int MAX_DPI = 2400;
    /** The largest PNG side in pixels: keeps one image well under 300 MB of memory. */
    public static final int MAX_PIXELS = 8000;
    /** CSS pixels per inch: a PNG at scale 1 and 96 DPI prints at its on-screen size. */
    public static final int SCREEN_DPI = 96;

    /** @throws IllegalArgumentException  with a plain message when a value is out of range. */
    public ExportOptions {
        Objects.requireNonNull(size, "size");
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException(Messages.get("export.scale.range", "1", "4", plain(scale)));
        }
        if (dpi != null && (dpi < MIN_DPI || dpi > MAX_DPI)) {
            throw new IllegalArgumentException(Messages.get("export.dpi.range", String.valueOf(MIN_DPI),
                    String.valueOf(MAX_DPI), String.valueOf(dpi)));
        }
        long w = Math.round(size.width() * scale);
        long h = Math.round(size.height() * scale);
        if (w > MAX_PIXELS || h > MAX_PIXELS) {
            throw new IllegalArgumentException(Messages.get("export.png.tooLarge", plain(scale),
                    String.valueOf(w), String.valueOf(h), String.valueOf(MAX_PIXELS)));
        }
    }

    /** A preset's size at scale 1, 96 DPI, no sidecar. */
    public static ExportOptions of(SizePreset preset) {
        return new ExportOptions(preset.size(), 1, null, false);
    }

    /** The DPI written into a PNG: the given one, else 96 × scale. */
    public int effectiveDpi() {
        return dpi != null ? dpi : (int) Math.round(SCREEN_DPI * scale);
    }

    /** The PNG's width in pixels. */
    public int pixelWidth() {
        return (int) Math.round(size.width() * scale);
    }

    /** The PNG's height in pixels. */
    public int pixelHeight() {
        return (int) Math.round(size.height() * scale);
    }

    public ExportOptions withSize(ChartSize newSize) {
        return new ExportOptions(newSize, scale, dpi, sidecar);
    }

    public ExportOptions withScale(double newScale) {
        return new ExportOptions(size, newScale, dpi, sidecar);
    }

    public ExportOptions withDpi(Integer newDpi) {
        return new ExportOptions(size, scale, newDpi, sidecar);
    }

    public ExportOptions withSidecar(boolean write) {
        return new ExportOptions(size, scale, dpi, write);
    }

    /** 2 rather than 2.0; 1.5 stays 1.5. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
