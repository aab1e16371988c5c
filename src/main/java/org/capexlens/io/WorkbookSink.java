package org.capexlens.io;

/** Receives the sheets of a file from a format reader. */
public interface WorkbookSink {
    /**
     * A sheet starts.
     *
     * @param sheetName     the sheet's name as written in the file (for CSV, the file name without extension, or
     *                      the sheet named by its header).
     * @param decimalComma  {@code true} when text numbers use a decimal comma ({@code 12,5}), as in {@code ;}
     *                      separated CSV.
     * @return where its rows go; never {@code null} (a sink that ignores them for sheets that are not data).
     */
    SheetSink startSheet(String sheetName, boolean decimalComma);

    /**
     * A sheet that comes from a file of its own, as each CSV file of a folder does: messages about it name
     * {@code fileName} rather than the folder.
     *
     * @param fileName  the file's own name (e.g. {@code capex.csv}), not {@code null}.
     * @return as {@link #startSheet(String, boolean)}; by default exactly that (the file name is not kept).
     */
    default SheetSink startSheet(String sheetName, boolean decimalComma, String fileName) {
        return startSheet(sheetName, decimalComma);
    }

    /**
     * A located message that a format reader found outside the rows, e.g. a warning that a file was not UTF-8.
     * By default dropped: only a sink that reports to the user (the {@link DatasetAssembler}) keeps it.
     */
    default void add(ImportMessage message) {
        // a sink that only collects rows has nowhere to show it
    }
}
