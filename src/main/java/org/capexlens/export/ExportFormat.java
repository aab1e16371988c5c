package org.capexlens.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats a chart is exported to (DESIGN §5). */
public enum ExportFormat {
    /** Raster, {@code scale}× pixels with the DPI in the pHYs chunk. */
    PNG,
    /** Vector, JFreeSVG, with title, description and sources. */
    SVG,
    /** Vector, JFreePDF, one chart per page, with the document info. */
    PDF;

    /** The file extension, also the name on the command line and in sidecars: {@code png}, {@code svg}, {@code pdf}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code text} (case-insensitive, surrounding blanks ignored). */
    public static Optional<ExportFormat> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension().equals(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
