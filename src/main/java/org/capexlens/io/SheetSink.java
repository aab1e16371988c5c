package org.capexlens.io;

import java.util.List;

/**
 * Receives the rows of one sheet, in order, from a format reader. The first row that is not blank is the header.
 * Readers stream: a 200,000-row sheet is never held in memory as cells.
 */
public interface SheetSink {
    /**
     * One row.
     *
     * @param rowNumber  1-based row number as a spreadsheet user counts it (for CSV: the line's record number,
     *                   header = 1; for JSON: the synthetic header of member names is row 0 and array element
     *                   {@code i} is row {@code i + 1}).
     * @param cells      the cells from column A on; may be shorter or longer than the header; never {@code null}.
     */
    void row(int rowNumber, List<RawCell> cells);

    /**
     * The decimal mark of each column, by 0-based position, for figures written as text; called before the first
     * row by a reader that decides it per column (CSV). A sink that is not told uses the sheet's
     * {@code decimalComma}.
     *
     * @param byColumn  the mark of column {@code i} at index {@code i}; columns past its end are
     *                  {@link DecimalMark#UNDECIDED}.
     */
    default void decimalMarks(List<DecimalMark> byColumn) {
        // a sink that does not parse figures has no use for it
    }

    /** No more rows. */
    void end();
}
