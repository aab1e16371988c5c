package org.capexlens.io;

import java.util.regex.Pattern;

/**
 * The decimal mark of a column of figures written as text (a CSV column), and what one figure says about it.
 *
 * <p>A figure rules in a mark when no other reading is possible: {@code 0.973}, {@code 1.5}, {@code 1234.567} and
 * {@code 1,234.5} can only have a decimal point (a thousands group has exactly three digits and never starts with
 * 0), {@code 12,5}, {@code 0,973} and {@code 1.234,5} only a decimal comma. {@code 1.234} and {@code 1,234} are
 * {@link Shape#AMBIGUOUS}: a thousand and some, or one and a fraction. Whole numbers ({@code 2024}) say nothing.
 */
public enum DecimalMark {
    /** {@code 1,234.5}: a point before the decimals, commas (or spaces) between thousands. */
    POINT,
    /** {@code 1.234,5}: a comma before the decimals, points (or spaces) between thousands. */
    COMMA,
    /**
     * Nothing in the file shows a mark, and commas separate its cells: decimal points, as every spreadsheet program
     * writes such a file, with a warning at each figure that could be read the other way.
     */
    POINT_BY_DEFAULT,
    /** Not decided: a cell that could be read both ways is refused. */
    UNDECIDED;

    /** What one cell says about the decimal mark of its column. */
    public enum Shape {
        /** Not a figure (text, a date, a year as {@code FY2024}). */
        NOT_A_NUMBER,
        /** A figure without a decimal or thousands mark. */
        WHOLE,
        /** A figure that can only be read with a decimal point. */
        POINT,
        /** A figure that can only be read with a decimal comma. */
        COMMA,
        /** {@code 1.234} or {@code 1,234}: a thousands group or three decimals. */
        AMBIGUOUS
    }

    private static final Pattern WHOLE = Pattern.compile("\\d+([eE][+-]?\\d+)?");
    private static final Pattern ONE_POINT = Pattern.compile("\\d*\\.\\d*([eE][+-]?\\d+)?");
    private static final Pattern ONE_COMMA = Pattern.compile("\\d*,\\d*");
    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern POINT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d*)?");

    /**
     * What a cell written as text says about its column's decimal mark. Signs, brackets, currency and unit marks,
     * spaces and apostrophes are looked through as {@link ValueParsers#parseNumber} does.
     *
     * @param text  the cell as written, {@code null} permitted.
     */
    public static Shape shapeOf(String text) {
        String body = ValueParsers.numberBody(text);
        if (body == null || body.isEmpty()) {
            return Shape.NOT_A_NUMBER;
        }
        if (WHOLE.matcher(body).matches()) {
            return Shape.WHOLE;
        }
        if (ONE_POINT.matcher(body).matches()) {
            return separated(body, '.', Shape.POINT);
        }
        if (ONE_COMMA.matcher(body).matches()) {
            return separated(body, ',', Shape.COMMA);
        }
        if (COMMA_GROUPS.matcher(body).matches()) {
            return Shape.POINT; // 1,234,567 or 1,234.5: the commas group thousands
        }
        if (POINT_GROUPS.matcher(body).matches()) {
            return Shape.COMMA; // 1.234.567 or 1.234,5: the points group thousands
        }
        return Shape.NOT_A_NUMBER;
    }

    /** A body with one {@code mark}: a decimal mark unless it could be a single thousands group. */
    private static Shape separated(String body, char mark, Shape decimal) {
        int at = body.indexOf(mark);
        String whole = body.substring(0, at);
        String rest = body.substring(at + 1);
        int e = Math.max(rest.indexOf('e'), rest.indexOf('E'));
        if (e >= 0) {
            return Shape.POINT; // 1.5E3: only a point goes with an exponent
        }
        if (whole.isEmpty() || rest.length() != 3 || whole.length() > 3 || whole.charAt(0) == '0') {
            return rest.isEmpty() && whole.isEmpty() ? Shape.NOT_A_NUMBER : decimal;
        }
        return Shape.AMBIGUOUS;
    }
}
