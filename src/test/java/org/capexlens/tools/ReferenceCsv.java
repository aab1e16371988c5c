package org.capexlens.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One file of {@code data/reference/}: an RFC 4180 CSV file (comma separated, fields optionally quoted, {@code ""}
 * inside quotes for a quote, line breaks allowed inside quotes) whose first record is the header.
 * Used only by {@link DefaultDatasetGenerator}; the app never reads these files.
 */
final class ReferenceCsv {

    /**
     * One record.
     *
     * @param file    the file name, for messages.
     * @param line    1-based line number where the record starts (header = 1).
     * @param fields  column name to field text (never {@code null}; a missing field is "").
     */
    record Row(String file, int line, Map<String, String> fields) {
        /** The field's text, trimmed; "" when empty. */
        String get(String column) {
            if (!fields.containsKey(column)) {
                throw new IllegalArgumentException(file + " has no column " + column);
            }
            return fields.get(column).trim();
        }

        /** The field as a number; empty when the field is empty. */
        Optional<Double> number(String column) {
            String t = get(column);
            return t.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(t));
        }

        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private ReferenceCsv(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = List.copyOf(header);
        this.rows = Collections.unmodifiableList(rows);
    }

    /** Reads a UTF-8 file. */
    static ReferenceCsv read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(Files.readString(file, StandardCharsets.UTF_8), records, lines);
        if (records.isEmpty()) {
            throw new IOException(name + " is empty");
        }
        List<String> header = records.get(0);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue;
            }
            if (r.size() != header.size()) {
                throw new IOException(name + ":" + lines.get(i) + " has " + r.size() + " fields, header has "
                        + header.size());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c), r.get(c));
            }
            rows.add(new Row(name, lines.get(i), Collections.unmodifiableMap(fields)));
        }
        return new ReferenceCsv(name, header, rows);
    }

    private static void parse(String text, List<List<String>> records, List<Integer> lines) throws IOException {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IOException("unterminated quoted field starting on line " + recordLine);
        }
        if (fieldStarted || !record.isEmpty() || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** The row whose {@code id} column equals {@code id}. */
    Row byId(String id) {
        return rows.stream().filter(r -> r.get("id").equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(name + " has no row " + id));
    }
}
