package org.capexlens.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.Optional;
import org.capexlens.text.Messages;

/**
 * Typed access to one data row for {@link DatasetAssembler}. Each getter reports what is wrong with a cell as a
 * located message; a row with an error is invalid, a row with a missing required value is skipped with a warning.
 */
final class RowReader {
    private final String file;
    private final String sheet;
    private final int rowNumber;
    private final Map<String, Integer> columnIndex;
    private final Map<String, String> columnHeader;
    private final List<RawCell> cells;
    private final boolean decimalComma;
    /** The decimal mark of each column by position, or {@code null} when {@link #decimalComma} holds for all. */
    private final List<DecimalMark> marks;
    private final MessageSink messages;
    private boolean skipped;
    private boolean invalid;

    /** Where row messages go (the assembler caps repeated ones). */
    interface MessageSink {
        void add(ImportMessage message, String kind);
    }

    RowReader(String file, String sheet, int rowNumber, Map<String, Integer> columnIndex,
            Map<String, String> columnHeader, List<RawCell> cells, boolean decimalComma, List<DecimalMark> marks,
            MessageSink messages) {
        this.file = file;
        this.sheet = sheet;
        this.rowNumber = rowNumber;
        this.columnIndex = columnIndex;
        this.columnHeader = columnHeader;
        this.cells = cells;
        this.decimalComma = decimalComma;
        this.marks = marks;
        this.messages = messages;
    }

    int rowNumber() {
        return rowNumber;
    }

    /** {@code true} when the row must not become a record (skipped or invalid). */
    boolean rejected() {
        return skipped || invalid;
    }

    boolean hasColumn(String column) {
        return columnIndex.containsKey(column);
    }

    Location location(String column) {
        return new Location(file, sheet, rowNumber, columnHeader.getOrDefault(column, column));
    }

    RawCell cell(String column) {
        Integer i = columnIndex.get(column);
        if (i == null || i >= cells.size()) {
            return RawCell.BLANK;
        }
        RawCell c = cells.get(i);
        return c == null ? RawCell.BLANK : c;
    }

    void error(String column, String kind, String message) {
        invalid = true;
        messages.add(ImportMessage.error(location(column), message), kind);
    }

    void warning(String column, String kind, String message) {
        messages.add(ImportMessage.warning(location(column), message), kind);
    }

    private void skip(String column, String kind, String message) {
        skipped = true;
        warning(column, kind, message);
    }

    /** The cell as trimmed text; {@code null} when blank. Numbers give their plain text. */
    String text(String column) {
        RawCell c = cell(column);
        return switch (c.kind()) {
            case BLANK -> null;
            case FORMULA_NO_VALUE, ERROR -> null;
            default -> c.text().isBlank() ? null : c.text().trim();
        };
    }

    /** Text that must be present; an empty cell makes the row invalid. */
    String requiredText(String column, String expected) {
        String t = text(column);
        if (t == null) {
            RawCell c = cell(column);
            if (c.kind() == RawCell.Kind.FORMULA_NO_VALUE) {
                skip(column, "formula", Messages.get("import.cell.formulaNoValue", c.text()));
            } else {
                error(column, "required", Messages.get("import.cell.requiredEmpty", expected));
            }
        }
        return t;
    }

    /**
     * A number; {@code what} describes the expected value for messages (e.g. "a number in USD billions").
     *
     * @param required  whether an empty or {@code n/a} cell skips the row (with a warning) rather than giving
     *                  {@code null}.
     */
    Double number(String column, String what, boolean required) {
        return number(column, what, required, Double.POSITIVE_INFINITY);
    }

    /**
     * {@link #number(String, String, boolean)} for a column whose values cannot exceed {@code plausibleMax} (USD
     * billions: $10 trillion): a "23.886" in a comma-separated file is then read with a decimal point without a
     * warning, because its other reading (23,886) is beyond what the column can hold; a "1.000" still warns.
     */
    Double number(String column, String what, boolean required, double plausibleMax) {
        RawCell c = cell(column);
        switch (c.kind()) {
            case NUMBER:
                return c.number();
            case BLANK:
                if (required) {
                    skip(column, "missing", Messages.get("import.cell.missingRequired", what, ""));
                }
                return null;
            case TEXT: {
                String t = c.text().trim();
                if (ValueParsers.isMissingMarker(t)) {
                    if (required) {
                        skip(column, "missing", Messages.get("import.cell.missingRequired", what, quote(t)));
                    }
                    return null;
                }
                DecimalMark mark = mark(column);
                if (mark == DecimalMark.UNDECIDED && DecimalMark.shapeOf(t) == DecimalMark.Shape.AMBIGUOUS) {
                    String[] readings = ambiguousReadings(t);
                    error(column, "ambiguous", Messages.get("import.cell.ambiguousDecimal", quote(t), readings[0],
                            readings[1]));
                    return null;
                }
                if (mark == DecimalMark.POINT_BY_DEFAULT && ValueParsers.numberBody(t).indexOf(',') >= 0
                        && DecimalMark.shapeOf(t) == DecimalMark.Shape.AMBIGUOUS) {
                    // "1,234" quoted in a comma-separated file: a thousands comma by convention, but said so.
                    String[] readings = ambiguousReadings(t);
                    warning(column, "assumedmark", Messages.get("import.cell.assumedPoint", quote(t), readings[1],
                            readings[0]));
                }
                if (mark == DecimalMark.POINT_BY_DEFAULT && ValueParsers.numberBody(t).indexOf('.') >= 0
                        && DecimalMark.shapeOf(t) == DecimalMark.Shape.AMBIGUOUS
                        && Math.abs(ValueParsers.parseNumber(t, true).orElse(0)) <= plausibleMax) {
                    // "1.000" in a comma-separated file: a decimal point by convention, but a comma-decimal
                    // locale groups thousands with points; said so, never read silently.
                    String[] readings = ambiguousReadings(t);
                    warning(column, "assumedmark", Messages.get("import.cell.assumedDecimalPoint", quote(t),
                            readings[0], readings[1]));
                }
                OptionalDouble v = ValueParsers.parseNumber(t, mark == DecimalMark.COMMA);
                if (v.isPresent()) {
                    return v.getAsDouble();
                }
                error(column, "type", Messages.get("import.cell.notNumber", what, quote(t)));
                return null;
            }
            case FORMULA_NO_VALUE:
                if (required) {
                    skip(column, "formula", Messages.get("import.cell.formulaNoValue", c.text()));
                } else {
                    warning(column, "formula", Messages.get("import.cell.formulaNoValueOptional", c.text()));
                }
                return null;
            case ERROR:
                if (required) {
                    skip(column, "errorcell", Messages.get("import.cell.errorValue", c.text()));
                } else {
                    warning(column, "errorcell", Messages.get("import.cell.errorValueOptional", c.text()));
                }
                return null;
            case DATE:
                error(column, "type", Messages.get("import.cell.notNumber", what, quote("date " + c.text())));
                return null;
            case BOOLEAN:
            default:
                error(column, "type", Messages.get("import.cell.notNumber", what, quote(c.text())));
                return null;
        }
    }

    /** The decimal mark of {@code column}: the reader's decision for its position, else the sheet's. */
    private DecimalMark mark(String column) {
        if (marks == null) {
            return decimalComma ? DecimalMark.COMMA : DecimalMark.POINT;
        }
        Integer i = columnIndex.get(column);
        return i == null || i >= marks.size() ? DecimalMark.UNDECIDED : marks.get(i);
    }

    /** {@code 1.234} → {"1.234", "1234"}: its value with a decimal mark and with a thousands separator. */
    private static String[] ambiguousReadings(String t) {
        double asPoint = ValueParsers.parseNumber(t, false).orElse(Double.NaN);
        double asComma = ValueParsers.parseNumber(t, true).orElse(Double.NaN);
        boolean pointInText = ValueParsers.numberBody(t).indexOf('.') >= 0;
        double asDecimal = pointInText ? asPoint : asComma;
        double asThousands = pointInText ? asComma : asPoint;
        return new String[] {plain(asDecimal), plain(asThousands)};
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A fiscal year: {@code 2024}, {@code 2024.0}, {@code FY2024}, {@code FY24}. Missing is an error. */
    Integer fiscalYear(String column) {
        RawCell c = cell(column);
        String shown = c.text().trim();
        Integer year = null;
        if (c.kind() == RawCell.Kind.NUMBER) {
            double v = c.number();
            if (v == Math.rint(v)) {
                year = (int) v;
            }
        } else if (c.kind() == RawCell.Kind.TEXT) {
            String t = shown.toUpperCase(Locale.ROOT).replace(" ", "");
            if (t.startsWith("FY")) {
                t = t.substring(2);
                if (t.length() == 2 && allDigits(t)) {
                    t = "20" + t;
                }
            }
            // Hand-written where a regular expression would be compiled for every row of a CSV file.
            if (t.length() == 4 && allDigits(t)) {
                year = Integer.parseInt(t);
            } else if (t.length() > 5 && allDigits(t.substring(0, 4)) && t.charAt(4) == '.'
                    && t.substring(5).chars().allMatch(ch -> ch == '0')) {
                year = Integer.parseInt(t.substring(0, 4));
            }
        } else if (c.kind() == RawCell.Kind.BLANK) {
            error(column, "required", Messages.get("import.cell.requiredEmpty", Messages.get("import.expect.year")));
            return null;
        } else if (c.kind() == RawCell.Kind.FORMULA_NO_VALUE) {
            skip(column, "formula", Messages.get("import.cell.formulaNoValue", c.text()));
            return null;
        }
        if (year == null || year < 1900 || year > 2200) {
            error(column, "type", Messages.get("import.cell.notYear", quote(shown)));
            return null;
        }
        return year;
    }

    /** A date: a date cell, an Excel serial number, or text in one of the forms of {@link ValueParsers}. */
    LocalDate date(String column, boolean required) {
        RawCell c = cell(column);
        switch (c.kind()) {
            case DATE:
                return c.date();
            case NUMBER: {
                LocalDate d = ValueParsers.fromExcelSerial(c.number());
                if (d == null) {
                    error(column, "date", Messages.get("import.cell.notDate", quote(c.text())));
                }
                return d;
            }
            case TEXT: {
                LocalDate d = ValueParsers.parseDate(c.text());
                if (d == null) {
                    if (!required && ValueParsers.isMissingMarker(c.text())) {
                        return null;
                    }
                    error(column, "date", Messages.get("import.cell.notDate", quote(c.text().trim())));
                }
                return d;
            }
            case BLANK:
                if (required) {
                    error(column, "required",
                            Messages.get("import.cell.requiredEmpty", Messages.get("import.expect.date")));
                }
                return null;
            case FORMULA_NO_VALUE:
                skip(column, "formula", Messages.get("import.cell.formulaNoValue", c.text()));
                return null;
            default:
                error(column, "date", Messages.get("import.cell.notDate", quote(c.text())));
                return null;
        }
    }

    /** An enumerated value parsed by {@code parser}; blank gives {@code fallback} (which may be {@code null}). */
    <T> T choice(String column, Function<String, Optional<T>> parser, String allowed, T fallback) {
        String t = text(column);
        if (t == null) {
            if (fallback == null) {
                error(column, "required", Messages.get("import.cell.requiredEmpty", allowed));
            }
            return fallback;
        }
        Optional<T> v = parser.apply(t);
        if (v.isEmpty()) {
            error(column, "choice", Messages.get("import.cell.notChoice", allowed, quote(t)));
            return null;
        }
        return v.get();
    }

    /** {@code true} when {@code s} is not empty and holds only the ASCII digits 0-9 (what {@code \d} matches). */
    static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    static String quote(String s) {
        return "\u201C" + s + "\u201D";
    }
}
