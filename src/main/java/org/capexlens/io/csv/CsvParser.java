package org.capexlens.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 record reader: quoted fields, doubled quotes, line breaks inside quotes and CRLF, LF or CR
 * line ends. It holds one record at a time, so a file of any length is read in bounded memory, and it refuses a
 * field, a record or a column count beyond fixed limits instead of running out of memory.
 *
 * <p>Row numbers: a record's number is the line of the file on which it starts, counted as a text editor counts
 * (CRLF, LF and a lone CR each end a line). The header on the first line is row 1; a record after a note with one
 * quoted line break starts one line further down, and that is the number messages give.
 *
 * <p>Leniency where RFC 4180 is silent or strict, chosen to match what spreadsheet programs do: a quote inside an
 * unquoted field is kept as a character, and text after a closing quote is appended to the field.
 */
final class CsvParser {
    /** Longest field read; beyond it the file is taken for broken (typically a quote that is never closed). */
    static final int MAX_FIELD_CHARS = 1_000_000;
    /** Longest record read, all fields together. */
    static final int MAX_RECORD_CHARS = 4_000_000;
    /** Most fields in one record (the column count of a spreadsheet program). */
    static final int MAX_FIELDS = 16_384;
    /** How much of the file's start is examined to choose the delimiter. */
    static final int SNIFF_CHARS = 65_536;

    private static final char QUOTE = '"';
    private static final char[] DELIMITERS = {',', ';', '\t'};

    /**
     * One record.
     *
     * @param line    the 1-based line on which it starts.
     * @param fields  its fields, at least one; a blank line gives one empty field.
     */
    record Record(int line, List<String> fields) {
        boolean isBlank() {
            for (String f : fields) {
                if (!f.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The start of a file, read to choose the delimiter.
     *
     * @param head       the characters read, to be parsed before the rest of the reader.
     * @param delimiter  the delimiter chosen.
     */
    record Sniffed(String head, char delimiter) {
    }

    private final Reader in;
    private final char delimiter;
    private char[] buf;
    private int pos;
    private int len;
    private boolean eof;
    private final StringBuilder field = new StringBuilder();
    /** Line of the next character to be read. */
    private int line = 1;
    private boolean lastWasCr;

    /**
     * @param in           the text, positioned after {@code head}; not {@code null}.
     * @param delimiter    the field delimiter.
     * @param head         characters already taken from {@code in} (by {@link #sniff}) that come first.
     */
    CsvParser(Reader in, char delimiter, String head) {
        this.in = in;
        this.delimiter = delimiter;
        this.buf = head.toCharArray();
        this.len = buf.length;
    }

    /** How many lines that are not blank the delimiter is chosen from. */
    static final int SNIFF_LINES = 10;

    /**
     * Reads the first lines that are not blank (up to {@link #SNIFF_LINES} of them, following quotes so that a
     * quoted line break does not end a line, and stopping after {@link #SNIFF_CHARS}) and chooses the delimiter
     * that splits them most consistently: for each of comma, semicolon and tab, the largest number of lines that
     * hold it equally often outside quotes (at least once). A title line above the header ({@code AI capex, by
     * company}) therefore does not decide, nor do decimal commas (one per figure, fewer than the cells). Ties go to
     * the delimiter that splits those lines into more cells, then to the one found more often in the first line,
     * then to comma.
     */
    static Sniffed sniff(Reader in) throws IOException {
        StringBuilder head = new StringBuilder();
        List<int[]> lines = new ArrayList<>();
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        boolean lineHasText = false;
        int c;
        while (head.length() < SNIFF_CHARS && lines.size() < SNIFF_LINES && (c = in.read()) >= 0) {
            char ch = (char) c;
            head.append(ch);
            if (quoted) {
                // a doubled quote inside quotes toggles twice, so it leaves the state as it was
                quoted = ch != QUOTE;
            } else if (ch == QUOTE) {
                quoted = true;
                lineHasText = true;
            } else if (ch == '\n' || ch == '\r') {
                if (lineHasText) {
                    lines.add(counts);
                }
                counts = new int[DELIMITERS.length];
                lineHasText = false;
            } else {
                for (int i = 0; i < DELIMITERS.length; i++) {
                    if (ch == DELIMITERS[i]) {
                        counts[i]++;
                    }
                }
                lineHasText |= !Character.isWhitespace(ch);
            }
        }
        if (lineHasText) {
            lines.add(counts);
        }
        return new Sniffed(head.toString(), DELIMITERS[choose(lines)]);
    }

    /** The index of the delimiter that splits {@code lines} most consistently; see {@link #sniff}. */
    private static int choose(List<int[]> lines) {
        int best = 0;
        int bestLines = 0;
        int bestFirst = 0;
        int bestCount = 0;
        int[] firstLine = lines.isEmpty() ? new int[DELIMITERS.length] : lines.get(0);
        for (int d = 0; d < DELIMITERS.length; d++) {
            java.util.Map<Integer, Integer> byCount = new java.util.HashMap<>();
            for (int[] line : lines) {
                if (line[d] > 0) {
                    byCount.merge(line[d], 1, Integer::sum);
                }
            }
            for (var e : byCount.entrySet()) {
                int n = e.getValue();
                int k = e.getKey();
                int first = firstLine[d];
                if (n > bestLines || (n == bestLines && (k > bestCount || (k == bestCount && first > bestFirst)))) {
                    best = d;
                    bestLines = n;
                    bestCount = k;
                    bestFirst = first;
                }
            }
        }
        return best;
    }

    /**
     * The next record.
     *
     * @return the record, or {@code null} at the end of the file.
     * @throws CsvSyntaxException  for a quote never closed or a field, record or column count beyond the limits.
     * @throws IOException         when reading fails.
     */
    Record next() throws IOException, CsvSyntaxException {
        if (peek() < 0) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        long recordChars = 0;
        while (true) {
            int index = fields.size();
            if (index >= MAX_FIELDS) {
                throw new CsvSyntaxException(CsvSyntaxException.Problem.TOO_MANY_FIELDS, start, index, start);
            }
            field.setLength(0);
            int quoteLine = 0;
            if (peek() == QUOTE) {
                quoteLine = line;
                take();
                while (true) {
                    appendRun(QUOTE, start, index, quoteLine);
                    int c = take();
                    if (c < 0) {
                        throw new CsvSyntaxException(CsvSyntaxException.Problem.UNCLOSED_QUOTE, start, index,
                                quoteLine);
                    }
                    if (c == QUOTE) {
                        if (peek() != QUOTE) {
                            break;
                        }
                        take();
                    }
                    append((char) c, start, index, quoteLine);
                }
            }
            appendRun(delimiter, start, index, quoteLine);
            recordChars += field.length();
            if (recordChars > MAX_RECORD_CHARS) {
                throw new CsvSyntaxException(CsvSyntaxException.Problem.RECORD_TOO_LONG, start, index, start);
            }
            fields.add(field.toString());
            int c = take();
            if (c == delimiter) {
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                take();
            }
            return new Record(start, fields);
        }
    }

    private void append(char c, int start, int index, int quoteLine) throws CsvSyntaxException {
        if (field.length() >= MAX_FIELD_CHARS) {
            throw tooLong(start, index, quoteLine);
        }
        field.append(c);
    }

    /**
     * Appends characters up to (not including) {@code stop}, a line break or the end, straight from the buffer:
     * the common case of a field without line breaks costs no per-character bookkeeping.
     */
    private void appendRun(char stop, int start, int index, int quoteLine) throws IOException, CsvSyntaxException {
        while (pos < len || fill()) {
            int from = pos;
            int end = pos;
            while (end < len) {
                char ch = buf[end];
                if (ch == stop || ch == '\r' || ch == '\n') {
                    break;
                }
                end++;
            }
            int n = end - from;
            if (n > 0) {
                if (field.length() + n > MAX_FIELD_CHARS) {
                    throw tooLong(start, index, quoteLine);
                }
                field.append(buf, from, n);
                pos = end;
                lastWasCr = false;
            }
            if (end < len) {
                return;
            }
        }
    }

    private static CsvSyntaxException tooLong(int start, int index, int quoteLine) {
        return quoteLine > 0
                ? new CsvSyntaxException(CsvSyntaxException.Problem.QUOTED_FIELD_TOO_LONG, start, index, quoteLine)
                : new CsvSyntaxException(CsvSyntaxException.Problem.FIELD_TOO_LONG, start, index, start);
    }

    private int peek() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private int take() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        char ch = buf[pos++];
        if (ch == '\n') {
            if (!lastWasCr) {
                line++;
            }
            lastWasCr = false;
        } else if (ch == '\r') {
            line++;
            lastWasCr = true;
        } else {
            lastWasCr = false;
        }
        return ch;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (buf.length < 8192) {
            buf = new char[65_536];
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            pos = 0;
            len = 0;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }
}
