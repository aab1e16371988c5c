package org.capexlens.io.csv;

/** A CSV file that {@link CsvParser} cannot read on: where, and what went wrong. */
final class CsvSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    enum Problem {
        /** A quote opened a field and the file ended before it was closed. */
        UNCLOSED_QUOTE,
        /** A quoted field grew past {@link CsvParser#MAX_FIELD_CHARS}: most likely a quote never closed. */
        QUOTED_FIELD_TOO_LONG,
        /** An unquoted field grew past {@link CsvParser#MAX_FIELD_CHARS}. */
        FIELD_TOO_LONG,
        /** A record grew past {@link CsvParser#MAX_RECORD_CHARS}. */
        RECORD_TOO_LONG,
        /** A record has more than {@link CsvParser#MAX_FIELDS} fields. */
        TOO_MANY_FIELDS
    }

    private final Problem problem;
    private final int row;
    private final int fieldIndex;
    private final int quoteLine;

    /**
     * @param row         line on which the record starts.
     * @param fieldIndex  0-based index of the field concerned.
     * @param quoteLine   line of the opening quote (for quote problems; else the record's line).
     */
    CsvSyntaxException(Problem problem, int row, int fieldIndex, int quoteLine) {
        super(problem + " at row " + row + ", field " + (fieldIndex + 1));
        this.problem = problem;
        this.row = row;
        this.fieldIndex = fieldIndex;
        this.quoteLine = quoteLine;
    }

    Problem problem() {
        return problem;
    }

    int row() {
        return row;
    }

    int fieldIndex() {
        return fieldIndex;
    }

    int quoteLine() {
        return quoteLine;
    }
}
