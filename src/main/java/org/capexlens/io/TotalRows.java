package org.capexlens.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.capexlens.text.Messages;

/**
 * Recognises the totals and subtotals people add under a table, so that they are skipped with a warning naming them
 * instead of breaking the sheet (a "Total" company, a year left empty) or counting twice: a row whose label (its
 * first cell, or the key column) reads {@code Total}, {@code Totals}, {@code Grand total}, {@code Subtotal} or
 * {@code Sum}, and a row without a label or year whose money figures are each the sum of the rows just above it.
 */
final class TotalRows {
    /** How many rows above a row are summed at most, to keep a long sheet linear. */
    private static final int WINDOW = 1_000;
    private static final Pattern LABEL = Pattern.compile("(?i)(grand\\s*|sub-?\\s*)?(total|totals|sum)(\\s*[:(\\-].*)?");

    private final SheetState<?> state;
    private final MessageLog log;
    /** Position of the label (key) column, or -1. */
    private final int key;
    /** Position of the fiscal year column, or -1. */
    private final int year;
    /** Money columns: canonical name and position. */
    private final List<String> moneyNames = new ArrayList<>();
    private final List<Integer> money = new ArrayList<>();
    /** The money figures of the rows read since the last total, newest first. */
    private final Deque<double[]> above = new ArrayDeque<>();
    private final Deque<Integer> aboveRows = new ArrayDeque<>();

    TotalRows(SheetState<?> state, Map<String, Integer> index, MessageLog log) {
        this.state = state;
        this.log = log;
        List<String> required = state.schema.requiredColumns();
        this.key = required.isEmpty() ? -1 : index.getOrDefault(required.get(0), -1);
        this.year = index.getOrDefault("fiscal_year", -1);
        for (SheetSchema.Column c : state.schema.columns()) {
            if (c.name().endsWith("_usd_b") && index.containsKey(c.name())) {
                moneyNames.add(c.name());
                money.add(index.get(c.name()));
            }
        }
    }

    /**
     * Whether a row is a total; if so it is reported and must be skipped.
     *
     * @param marks  the decimal mark of each column ({@code null}: {@code decimalComma} for all).
     */
    boolean isTotal(int row, List<RawCell> cells, List<DecimalMark> marks, boolean decimalComma) {
        String label = label(cells);
        if (label != null && LABEL.matcher(label).matches()) {
            warn(row, Messages.get("import.row.total", RowReader.quote(label)));
            above.clear();
            aboveRows.clear();
            return true;
        }
        boolean unlabelled = (key >= 0 && blank(cells, key)) || (year >= 0 && blank(cells, year));
        if (!unlabelled || money.isEmpty() || above.size() < 2) {
            return false;
        }
        double[] v = figures(cells, marks, decimalComma);
        int k = sumOfLast(v);
        if (k < 0) {
            return false;
        }
        List<Integer> rows = new ArrayList<>(aboveRows);
        int column = firstFigure(v);
        warn(row, Messages.get("import.row.sumOfRows", moneyNames.get(column), RowReader.quote(cells.get(
                money.get(column)).display().trim()), Integer.toString(rows.get(k - 1)), Integer.toString(rows.get(0))));
        above.clear();
        aboveRows.clear();
        return true;
    }

    /** A row that became a record: its figures count for the sums below it. */
    void accepted(int row, List<RawCell> cells, List<DecimalMark> marks, boolean decimalComma) {
        if (money.isEmpty()) {
            return;
        }
        above.addFirst(figures(cells, marks, decimalComma));
        aboveRows.addFirst(row);
        if (above.size() > WINDOW) {
            above.removeLast();
            aboveRows.removeLast();
        }
    }

    private void warn(int row, String message) {
        log.add(ImportMessage.warning(new Location(state.file, state.nameInFile, row, ""), message), "total");
    }

    /** The key cell's text, else the first text cell's; {@code null} when neither is text. */
    private String label(List<RawCell> cells) {
        if (key >= 0 && key < cells.size() && cells.get(key) != null && cells.get(key).kind() == RawCell.Kind.TEXT) {
            return cells.get(key).text().trim();
        }
        for (RawCell c : cells) {
            if (c != null && !c.isBlank()) {
                return c.kind() == RawCell.Kind.TEXT ? c.text().trim() : null;
            }
        }
        return null;
    }

    private static boolean blank(List<RawCell> cells, int i) {
        return i >= cells.size() || cells.get(i) == null || cells.get(i).isBlank();
    }

    /** The money figures of a row; NaN where a cell holds none. */
    private double[] figures(List<RawCell> cells, List<DecimalMark> marks, boolean decimalComma) {
        double[] v = new double[money.size()];
        for (int j = 0; j < v.length; j++) {
            int i = money.get(j);
            v[j] = Double.NaN;
            if (i < cells.size() && cells.get(i) != null) {
                RawCell c = cells.get(i);
                if (c.kind() == RawCell.Kind.NUMBER) {
                    v[j] = c.number();
                } else if (c.kind() == RawCell.Kind.TEXT) {
                    boolean comma = marks == null ? decimalComma : i < marks.size()
                            && marks.get(i) == DecimalMark.COMMA;
                    OptionalDouble d = ValueParsers.parseNumber(c.text(), comma);
                    v[j] = d.isPresent() ? d.getAsDouble() : Double.NaN;
                }
            }
        }
        return v;
    }

    private static int firstFigure(double[] v) {
        for (int j = 0; j < v.length; j++) {
            if (!Double.isNaN(v[j])) {
                return j;
            }
        }
        return 0;
    }

    /**
     * The number {@code k >= 2} of rows just above whose figures each sum to the row's, or -1. A row needs at least
     * one figure other than zero; a figure the row leaves empty is not compared.
     */
    private int sumOfLast(double[] v) {
        boolean any = false;
        for (double d : v) {
            any |= !Double.isNaN(d) && d != 0;
        }
        if (!any) {
            return -1;
        }
        double[] sum = new double[v.length];
        int k = 0;
        for (double[] r : above) {
            k++;
            boolean all = true;
            for (int j = 0; j < v.length; j++) {
                if (!Double.isNaN(r[j])) {
                    sum[j] += r[j];
                }
                if (!Double.isNaN(v[j]) && Math.abs(sum[j] - v[j]) > 1e-9 * Math.max(1, Math.abs(v[j]))) {
                    all = false;
                }
            }
            if (all && k >= 2) {
                return k;
            }
        }
        return -1;
    }
}
