package org.capexlens.ui.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.capexlens.io.ColumnMapping;
import org.capexlens.io.MissingColumns;
import org.capexlens.text.Messages;

/**
 * The column-mapping dialog's state: for each required field a sheet lacks, which of the file's headers holds it
 * (the closest header preselected). Valid once every field has a header and no header of a sheet is chosen twice.
 * No scene graph: the dialog only binds.
 */
public final class ColumnMappingViewModel {
    /**
     * One field to map.
     *
     * @param sheet        the canonical sheet name.
     * @param nameInFile   the sheet as the file names it.
     * @param field        the canonical field ({@code capex_usd_b}).
     * @param options      the file's headers of that sheet, in file order.
     * @param preselected  the closest header, or {@code null} when every header is another column's.
     */
    public record Choice(String sheet, String nameInFile, String field, List<String> options, String preselected,
            Map<String, List<String>> samples) {
        public Choice {
            options = List.copyOf(options);
            samples = Map.copyOf(samples);
        }

        /** A header's first values, for the user to recognise the column: "e.g. 23.886, 30.0"; "" for none. */
        public String sample(String header) {
            List<String> values = header == null ? List.of() : samples.getOrDefault(header, List.of());
            return values.isEmpty() ? "" : Messages.get("ui.mapping.sample", String.join(", ", values));
        }

        /** What the dialog labels it: the field and the sheet. */
        public String label() {
            return Messages.get("ui.mapping.field", field, nameInFile);
        }
    }

    private final MappingRequest request;
    private final List<Choice> choices = new ArrayList<>();
    private final List<String> selected = new ArrayList<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /** @param request  the refused load, not {@code null}. */
    public ColumnMappingViewModel(MappingRequest request) {
        this.request = Objects.requireNonNull(request, "request");
        for (MissingColumns m : request.missing()) {
            for (String field : m.missing()) {
                String closest = m.closest().get(field);
                choices.add(new Choice(m.sheet(), m.nameInFile(), field, m.headers(), closest, m.samples()));
                selected.add(closest);
            }
        }
        check();
    }

    /** The refused load. */
    public MappingRequest request() {
        return request;
    }

    /** The dialog's header: which file, and what to do. */
    public String headerText() {
        return Messages.get("ui.mapping.header", request.fileName(), choices.size());
    }

    /** The fields to map, in sheet and schema order. */
    public List<Choice> choices() {
        return List.copyOf(choices);
    }

    /** The header chosen for choice {@code i}, or {@code null}. */
    public String selected(int i) {
        return selected.get(i);
    }

    /**
     * Chooses the header for a field.
     *
     * @param i       the index in {@link #choices()}.
     * @param header  one of its options, or {@code null} for none.
     */
    public void select(int i, String header) {
        if (header != null && !choices.get(i).options().contains(header)) {
            throw new IllegalArgumentException("not a header of sheet " + choices.get(i).nameInFile() + ": " + header);
        }
        selected.set(i, header);
        check();
    }

    /** Why the mapping cannot be used yet; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether every field has a header and no header stands for two fields. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The mapping chosen, one entry per sheet, for the file's set of headers of that sheet. */
    public List<ColumnMapping.Entry> entries() {
        if (!valid.get()) {
            throw new IllegalStateException("the mapping is not complete: " + problem.get());
        }
        Map<String, Map<String, String>> bySheet = new LinkedHashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            bySheet.computeIfAbsent(choices.get(i).sheet(), s -> new LinkedHashMap<>())
                    .put(selected.get(i), choices.get(i).field());
        }
        List<ColumnMapping.Entry> out = new ArrayList<>();
        for (MissingColumns m : request.missing()) {
            out.add(new ColumnMapping.Entry(m.sheet(), ColumnMapping.key(m.headers()), bySheet.get(m.sheet())));
        }
        return out;
    }

    private void check() {
        Map<String, String> used = new HashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            String h = selected.get(i);
            if (h == null) {
                problem.set(Messages.get("ui.mapping.problem.unset", c.field(), c.nameInFile()));
                valid.set(false);
                return;
            }
            String before = used.put(c.sheet() + "\u0000" + h, c.field());
            if (before != null) {
                problem.set(Messages.get("ui.mapping.problem.twice", h, before, c.field()));
                valid.set(false);
                return;
            }
        }
        problem.set("");
        valid.set(true);
    }
}
