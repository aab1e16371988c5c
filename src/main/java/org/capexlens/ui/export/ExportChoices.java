package org.capexlens.ui.export;

import java.util.List;
import org.capexlens.export.ChartSize;
import org.capexlens.export.ExportFormat;
import org.capexlens.export.ExportOptions;
import org.capexlens.export.SizePreset;

/** Turns the dialog's fields into export options; its checks are the export layer's own. */
final class ExportChoices {
    private ExportChoices() {
    }

    /** What the dialogs offer the first time: a PNG slide at 2×, no sidecar. */
    static ExportDialog.Choice initial() {
        return new ExportDialog.Choice(List.of(ExportFormat.PNG),
                ExportOptions.of(SizePreset.SLIDE_16_9).withScale(2), false);
    }

    /**
     * @param dpiText  blank for 96 × scale, else a whole number.
     * @throws IllegalArgumentException  with the reason, in words, when a value is out of range.
     */
    static ExportDialog.Choice choice(List<ExportFormat> formats, int width, int height, int scale, String dpiText,
            boolean sidecar, boolean combinedPdf) {
        Integer dpi = null;
        String t = dpiText == null ? "" : dpiText.trim();
        if (!t.isEmpty()) {
            try {
                dpi = Integer.valueOf(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DPI must be a whole number, found \u201C" + t + "\u201D", e);
            }
        }
        ExportOptions options = new ExportOptions(new ChartSize(width, height), scale, dpi, sidecar);
        return new ExportDialog.Choice(List.copyOf(formats), options, combinedPdf);
    }
}
