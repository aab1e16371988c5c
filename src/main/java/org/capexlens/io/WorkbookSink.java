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
}
