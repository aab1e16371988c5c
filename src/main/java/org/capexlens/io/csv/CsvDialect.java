package org.capexlens.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.io.DecimalMark;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.Location;
import org.capexlens.text.Messages;

/**
 * The dialect of one CSV file, read from the whole file before any row is used: the delimiter (from its first
 * lines, {@link CsvParser#sniff}) and, per column, the decimal mark its figures show ({@link DecimalMark#shapeOf}).
 *
 * <p>A column's mark is decided by its own figures; a column whose figures show none ({@code 1.234},
 * {@code 2024}) takes the mark the other columns of the file show, then the other files of the folder; a file
 * separated by commas, where a decimal comma would need quotes, has decimal points unless its figures say
 * otherwise. A column still undecided is {@link DecimalMark#UNDECIDED}: its ambiguous cells are refused one by one,
 * quoting the cell (the assembler's {@code RowReader} does that). A column whose figures show both marks is an
 * error naming a cell of each.
 */
final class CsvDialect {
    /** The first cell of one shape in a column. */
    private record Seen(int row, String text) {
    }

    final char delimiter;
    /** Per column: the first cell that can only have a decimal point / comma. */
    private final List<Seen> point = new ArrayList<>();
    private final List<Seen> comma = new ArrayList<>();
    /** The header as the file spells it (the first row of two or more cells that are no figures), for messages. */
    private List<String> header;
    private CsvParser parser;

    private CsvDialect(char delimiter) {
        this.delimiter = delimiter;
    }

    /**
     * Chooses the delimiter from the file's first lines; {@link #readAll} then reads the figures.
     *
     * @param reader  the text, from its start; not closed.
     */
    static CsvDialect sniff(Reader reader) throws IOException {
        CsvParser.Sniffed sniffed = CsvParser.sniff(reader);
        CsvDialect d = new CsvDialect(sniffed.delimiter());
        d.parser = new CsvParser(reader, sniffed.delimiter(), sniffed.head());
        return d;
    }

    /** Reads the rest of the file, noting what each figure shows. */
    void readAll() throws IOException, CsvSyntaxException {
        CsvParser.Record r;
        while ((r = parser.next()) != null) {
            add(r);
        }
        parser = null;
    }

    /** The header as far as known (the first row of two or more words), or {@code null}. */
    List<String> header() {
        return header;
    }

    private void add(CsvParser.Record r) {
        List<String> fields = r.fields();
        int words = 0;
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (f.isBlank()) {
                continue;
            }
            if (f.indexOf('.') < 0 && f.indexOf(',') < 0) {
                // whole numbers and most words: nothing to learn about the decimal mark
                words += looksLikeWord(f) ? 1 : 0;
                continue;
            }
            switch (DecimalMark.shapeOf(f)) {
                case POINT -> first(point, i, r.line(), f);
                case COMMA -> first(comma, i, r.line(), f);
                case NOT_A_NUMBER -> words++;
                default -> {
                    // whole or ambiguous: decided by the rest of the column
                }
            }
        }
        if (header == null && words >= 2) {
            header = fields.size() > CsvParser.MAX_FIELDS ? fields.subList(0, CsvParser.MAX_FIELDS) : fields;
        }
    }

    private static boolean looksLikeWord(String f) {
        for (int i = 0; i < f.length(); i++) {
            if (Character.isLetter(f.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void first(List<Seen> seen, int column, int row, String text) {
        while (seen.size() <= column) {
            seen.add(null);
        }
        if (seen.get(column) == null) {
            seen.set(column, new Seen(row, text.trim()));
        }
    }

    private static Seen at(List<Seen> seen, int column) {
        return column < seen.size() ? seen.get(column) : null;
    }

    private int columns() {
        return Math.max(point.size(), comma.size());
    }

    /** The mark this file's own figures show: one mark in every column that shows one, else {@code null}. */
    DecimalMark fileMark() {
        boolean anyPoint = point.stream().anyMatch(s -> s != null);
        boolean anyComma = comma.stream().anyMatch(s -> s != null);
        if (anyPoint == anyComma) {
            return null;
        }
        return anyPoint ? DecimalMark.POINT : DecimalMark.COMMA;
    }

    /**
     * The mark of every column.
     *
     * @param folderMark  the mark the other files of the folder show, or {@code null}.
     */
    List<DecimalMark> marks(DecimalMark folderMark) {
        DecimalMark fallback = fileMark();
        if (fallback == null) {
            fallback = folderMark;
        }
        if (fallback == null) {
            fallback = delimiter == ',' ? DecimalMark.POINT_BY_DEFAULT : DecimalMark.UNDECIDED;
        }
        List<DecimalMark> marks = new ArrayList<>();
        for (int i = 0; i < columns(); i++) {
            Seen p = at(point, i);
            Seen c = at(comma, i);
            if (p != null && (c == null || p.row() <= c.row())) {
                marks.add(DecimalMark.POINT);
            } else if (c != null) {
                marks.add(DecimalMark.COMMA);
            } else {
                marks.add(fallback);
            }
        }
        return new PaddedMarks(marks, fallback);
    }

    /** An error for each column whose figures show both marks, located at the later of the two cells. */
    List<ImportMessage> conflicts(String file, String sheet) {
        List<ImportMessage> out = new ArrayList<>();
        for (int i = 0; i < columns(); i++) {
            Seen p = at(point, i);
            Seen c = at(comma, i);
            if (p != null && c != null) {
                Seen first = p.row() <= c.row() ? p : c;
                Seen later = first == p ? c : p;
                String pointWord = Messages.get("import.csv.mark.point");
                String commaWord = Messages.get("import.csv.mark.comma");
                String firstMark = first == p ? pointWord : commaWord;
                String laterMark = first == p ? commaWord : pointWord;
                String column = column(i);
                out.add(ImportMessage.error(new Location(file, sheet, later.row(), column), Messages.get(
                        "import.csv.mixedDecimals", column, quote(first.text()), Integer.toString(first.row()),
                        firstMark, quote(later.text()), Integer.toString(later.row()), laterMark)));
            }
        }
        return out;
    }

    /** The header of column {@code i} as the file writes it, or its letter (A, B …) when there is none. */
    private String column(int i) {
        if (header != null && i < header.size() && !header.get(i).isBlank()) {
            return header.get(i).replace("\uFEFF", "").trim();
        }
        StringBuilder letters = new StringBuilder();
        for (int n = i + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String quote(String s) {
        return "\u201C" + s + "\u201D";
    }

    /** The marks of the columns seen, and {@code fallback} for any column past them. */
    private static final class PaddedMarks extends java.util.AbstractList<DecimalMark> {
        private final List<DecimalMark> marks;
        private final DecimalMark fallback;

        PaddedMarks(List<DecimalMark> marks, DecimalMark fallback) {
            this.marks = marks;
            this.fallback = fallback;
        }

        @Override
        public DecimalMark get(int index) {
            return index < marks.size() ? marks.get(index) : fallback;
        }

        @Override
        public int size() {
            return CsvParser.MAX_FIELDS;
        }
    }
}
