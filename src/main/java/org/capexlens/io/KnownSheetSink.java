package org.capexlens.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.capexlens.text.Messages;

/**
 * The rows of one sheet the schema knows: the first row that is not blank is matched to the schema's columns
 * (unknown, repeated and missing headers reported), every later one is read through a {@link RowReader} and built
 * into a record by its sheet's row builder ({@link RowBuilders}). A sheet without a required column is reported once
 * and its rows are skipped.
 *
 * @param <T>  the record a row becomes.
 */
final class KnownSheetSink<T> implements SheetSink {
    private final SheetState<T> state;
    private final boolean decimalComma;
    private final Function<RowReader, T> builder;
    private final MessageLog log;
    /** The decimal mark of each column by position, when the reader decided it per column; else {@code null}. */
    private List<DecimalMark> marks;
    /** Column name → its 0-based position in the rows, from the header. */
    private final Map<String, Integer> index = new HashMap<>();
    /** Finds the header row among the first rows, when title lines stand above it. */
    private final HeaderSearch headerSearch;
    /** Recognises totals and subtotals; made once the header is known. */
    private TotalRows totals;

    /** Headers the user mapped to fields, for a header row with exactly their set of headers. */
    private final ColumnMapping mapping;

    KnownSheetSink(SheetState<T> state, boolean decimalComma, Function<RowReader, T> builder, MessageLog log,
            ColumnMapping mapping) {
        this.mapping = mapping;
        this.state = state;
        this.decimalComma = decimalComma;
        this.builder = builder;
        this.log = log;
        this.headerSearch = new HeaderSearch(state.schema);
    }

    @Override
    public void decimalMarks(List<DecimalMark> byColumn) {
        marks = byColumn;
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) {
        if (state.broken && !allBlank(cells)) {
            sample(cells);
        }
        if (state.broken || allBlank(cells)) {
            return;
        }
        if (!state.headerSeen) {
            if (headerSearch.offer(rowNumber, cells)) {
                replay();
            }
            return;
        }
        if (totals.isTotal(rowNumber, cells, marks, decimalComma)) {
            return;
        }
        RowReader r = new RowReader(state.file, state.nameInFile, rowNumber, index, state.headers, cells,
                decimalComma, marks, log);
        T value;
        try {
            value = builder.apply(r);
        } catch (IllegalArgumentException e) {
            // A record invariant the row checks did not foresee: still a located message, never a crash.
            r.error("", "invariant", Messages.get("import.row.invalid", e.getMessage()));
            return;
        }
        if (value != null && !r.rejected()) {
            state.rows.add(new SheetState.Row<>(value, rowNumber));
            totals.accepted(rowNumber, cells, marks, decimalComma);
        }
    }

    /** The header is decided: title lines above it are reported, the header read, the rows below it built. */
    private void replay() {
        List<HeaderSearch.Held> held = headerSearch.decide();
        int header = headerSearch.headerIndex();
        for (int i = 0; i < held.size(); i++) {
            HeaderSearch.Held h = held.get(i);
            if (i < header) {
                log.add(ImportMessage.warning(new Location(state.file, state.nameInFile, h.row(), ""),
                        Messages.get("import.row.titleLine", HeaderSearch.shown(h.cells()))));
            } else if (i == header) {
                header(h.row(), h.cells());
                totals = new TotalRows(state, index, log);
            } else {
                row(h.row(), h.cells());
            }
        }
    }

    @Override
    public void end() {
        if (!state.headerSeen && headerSearch.holdsRows()) {
            replay();
        }
        if (missingColumns != null) {
            log.missing(new MissingColumns(missingColumns.file(), missingColumns.sheet(), missingColumns.nameInFile(),
                    missingColumns.headers(), missingColumns.missing(), missingColumns.closest(), samples));
        }
        if (!state.headerSeen && DatasetAssembler.REQUIRED_SHEETS.contains(state.schema.name())) {
            // As good as missing: without this, a workbook of empty sheets loaded as an empty dataset.
            log.add(ImportMessage.error(Location.ofSheet(state.file, state.nameInFile),
                    Messages.get("import.sheet.requiredEmpty", state.nameInFile)));
        } else if (!state.headerSeen) {
            log.add(ImportMessage.warning(Location.ofSheet(state.file, state.nameInFile),
                    Messages.get("import.sheet.empty", state.nameInFile)));
        }
    }

    private static boolean allBlank(List<RawCell> cells) {
        for (RawCell c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The header row: each header matched to a column of the schema, the first of a repeated one kept. */
    private void header(int rowNumber, List<RawCell> cells) {
        state.headerSeen = true;
        List<String> found = new ArrayList<>();
        for (RawCell c : cells) {
            if (c != null && !c.isBlank()) {
                found.add(c.text().replace("\uFEFF", "").trim());
            }
        }
        Map<String, String> mapped = mapping.find(state.schema.name(), found);
        for (int i = 0; i < cells.size(); i++) {
            RawCell c = cells.get(i);
            if (c == null || c.isBlank()) {
                continue;
            }
            String h = c.text().replace("\uFEFF", "").trim();
            Location at = new Location(state.file, state.nameInFile, rowNumber, h);
            var column = mapped.containsKey(h)
                    ? state.schema.columns().stream().filter(col -> col.name().equals(mapped.get(h))).findFirst()
                    : state.schema.column(h);
            if (mapped.containsKey(h) && column.isPresent()) {
                log.add(ImportMessage.warning(at, Messages.get("import.header.mapped", RowReader.quote(h),
                        column.get().name())));
            }
            if (column.isEmpty()) {
                log.add(ImportMessage.warning(at, Messages.get("import.header.unknown", h)));
            } else if (index.containsKey(column.get().name())) {
                log.add(ImportMessage.warning(at,
                        Messages.get("import.header.duplicate", h, state.header(column.get().name()))));
            } else {
                index.put(column.get().name(), i);
                state.headers.put(column.get().name(), h);
            }
        }
        java.util.Set<String> taken = new java.util.HashSet<>(state.headers.values());
        List<String> missing = new ArrayList<>();
        Map<String, String> closestByField = new HashMap<>();
        for (String required : state.schema.requiredColumns()) {
            if (!index.containsKey(required)) {
                missing.add(required);
                state.broken = true;
                String closest = state.schema.columns().stream().filter(c -> c.name().equals(required)).findFirst()
                        .map(c -> SheetSchema.closestHeader(c, found, taken)).orElse(null);
                if (closest != null) {
                    closestByField.put(required, closest);
                }
                String message = Messages.get("import.header.missing", required, String.join(", ", found));
                message += closest != null
                        ? Messages.get("import.header.closest", RowReader.quote(closest), required)
                        : Messages.get("import.header.noneLeft");
                log.add(ImportMessage.error(new Location(state.file, state.nameInFile, rowNumber, required),
                        message));
            }
        }
        if (!missing.isEmpty()) {
            // Reported at the end, with a few values of each column read from the rows below.
            missingColumns = new MissingColumns(state.file, state.schema.name(), state.nameInFile, found, missing,
                    closestByField, Map.of());
            for (int i = 0; i < cells.size(); i++) {
                RawCell c = cells.get(i);
                if (c != null && !c.isBlank()) {
                    sampleColumns.put(i, c.text().replace("\uFEFF", "").trim());
                }
            }
        }
        if (!state.broken && state.schema.column("status").isPresent() && !index.containsKey("status")) {
            log.add(ImportMessage.warning(new Location(state.file, state.nameInFile, rowNumber, "status"),
                    Messages.get("import.header.noStatus")));
        }
    }

    // ---- column mapping (issue 15) ----

    /** The sheet's missing columns, once its header is read; reported at {@link #end()}. */
    private MissingColumns missingColumns;
    /** Position → header, of a sheet with missing columns. */
    private final Map<Integer, String> sampleColumns = new HashMap<>();
    /** Header → its first values, of a sheet with missing columns. */
    private final Map<String, List<String>> samples = new HashMap<>();

    private void sample(List<RawCell> cells) {
        sampleColumns.forEach((i, header) -> {
            if (i < cells.size() && cells.get(i) != null && !cells.get(i).isBlank()) {
                List<String> values = samples.computeIfAbsent(header, h -> new ArrayList<>());
                if (values.size() < MissingColumns.SAMPLES) {
                    values.add(cells.get(i).display().trim());
                }
            }
        });
    }
}
