package org.capexlens.io;

import java.time.LocalDate;

/**
 * A cell as a format reader found it, before any interpretation. Readers of every format produce these, and one
 * {@link DatasetAssembler} turns them into domain records, so every format follows the same rules.
 *
 * @param kind    what the cell held, not {@code null}.
 * @param text    the text (TEXT), the formatted/raw text of the value for messages (NUMBER, DATE, BOOLEAN), the
 *                formula (FORMULA_NO_VALUE) or the error code (ERROR); never {@code null}.
 * @param number  the value for NUMBER cells (and the serial for DATE cells from spreadsheets); 0 otherwise.
 * @param date    the date for DATE cells; {@code null} otherwise.
 */
public record RawCell(Kind kind, String text, double number, LocalDate date) {

    /** What a cell held. */
    public enum Kind {
        /** Nothing, or only white space. */
        BLANK,
        /** Text (a string cell, any CSV field, a JSON string). */
        TEXT,
        /** A numeric cell, a JSON number, or a formula's cached numeric result. */
        NUMBER,
        /** A cell formatted as a date (spreadsheets only). */
        DATE,
        /** A boolean cell or JSON boolean. */
        BOOLEAN,
        /** A formula whose file holds no cached result (e.g. written by a program that never calculated it). */
        FORMULA_NO_VALUE,
        /** An error value such as {@code #DIV/0!}. */
        ERROR
    }

    public static final RawCell BLANK = new RawCell(Kind.BLANK, "", 0, null);

    public RawCell {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        text = text == null ? "" : text;
    }

    /** A text cell; blank text becomes {@link #BLANK}. */
    public static RawCell text(String text) {
        if (text == null || text.isBlank()) {
            return BLANK;
        }
        return new RawCell(Kind.TEXT, text, 0, null);
    }

    public static RawCell number(double value) {
        return new RawCell(Kind.NUMBER, numberText(value), value, null);
    }

    public static RawCell date(LocalDate date) {
        return new RawCell(Kind.DATE, date.toString(), 0, date);
    }

    public static RawCell bool(boolean value) {
        return new RawCell(Kind.BOOLEAN, Boolean.toString(value), 0, null);
    }

    public static RawCell formulaWithoutValue(String formula) {
        return new RawCell(Kind.FORMULA_NO_VALUE, formula == null ? "" : formula, 0, null);
    }

    public static RawCell error(String code) {
        return new RawCell(Kind.ERROR, code, 0, null);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** Text for a message: what the user sees in the cell. */
    public String display() {
        return text;
    }

    private static String numberText(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
