package org.capexlens.ui.assumptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.ScenarioBuilder;
import org.capexlens.text.Messages;
import org.capexlens.text.FigureFormat;

/**
 * The per-company lives of the assumptions panel: one {@link OverrideRow} per company, and the rows that get a field.
 * Up to {@value #MAX_ROWS} companies each get one; beyond that a "find a company" filter appears and at most
 * {@value #MAX_ROWS} rows are listed, because a thousand text fields took seconds to build and lay out whenever a
 * large dataset was opened.
 */
public final class OverrideListing {
    /** Beyond this many companies the overrides get a filter instead of one field each. */
    public static final int MAX_ROWS = 25;

    private final FigureFormat format;
    private final Supplier<Scenario> current;
    private final Consumer<Consumer<ScenarioBuilder>> edit;
    private final ObservableList<OverrideRow> rows = FXCollections.observableArrayList();
    private final ObservableList<OverrideRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<OverrideRow> listed = FXCollections.observableArrayList();
    private final ObservableList<OverrideRow> listedView = FXCollections.unmodifiableObservableList(listed);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered");
    private final ReadOnlyStringWrapper more = new ReadOnlyStringWrapper(this, "more", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param format   number formats.
     * @param current  the current scenario.
     * @param edit     applies one change of the current scenario (one undo step).
     */
    OverrideListing(FigureFormat format, Supplier<Scenario> current, Consumer<Consumer<ScenarioBuilder>> edit) {
        this.format = format;
        this.current = current;
        this.edit = edit;
        filter.addListener((obs, old, text) -> relist());
    }

    /**
     * The rows to give a field: every company up to {@value #MAX_ROWS}; beyond that, the companies with an override
     * first, then the others in dataset order, or only those whose id contains the filter text (any case); at most
     * {@value #MAX_ROWS}.
     *
     * @param filter  typed text, {@code null} or blank for none.
     */
    static List<OverrideRow> listed(List<OverrideRow> rows, String filter) {
        if (rows.size() <= MAX_ROWS) {
            return rows;
        }
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<OverrideRow> out = new ArrayList<>();
        if (needle.isEmpty()) {
            rows.stream().filter(OverrideRow::active).forEach(out::add);
            rows.stream().filter(r -> !r.active()).forEach(out::add);
        } else {
            rows.stream().filter(r -> r.company().toLowerCase(Locale.ROOT).contains(needle)).forEach(out::add);
        }
        return out.size() > MAX_ROWS ? List.copyOf(out.subList(0, MAX_ROWS)) : out;
    }

    /** Shows the companies of {@code d} (those with capex, in dataset order) and every override of {@code sc}. */
    void show(Dataset d, Scenario sc) {
        Set<String> companies = new LinkedHashSet<>();
        if (d != null) {
            Set<String> withCapex = new LinkedHashSet<>();
            for (CapexRow r : d.capex()) {
                withCapex.add(r.company());
            }
            for (Company c : d.companies()) {
                if (withCapex.contains(c.id())) {
                    companies.add(c.id());
                }
            }
            companies.addAll(withCapex);
        }
        companies.addAll(new TreeSet<>(sc.companyOverrides().keySet()));
        List<OverrideRow> next = new ArrayList<>();
        for (String c : companies) {
            DepreciationPolicy p = sc.companyOverrides().get(c);
            next.add(new OverrideRow(c, text(p), p != null));
        }
        if (!next.equals(rows)) {
            rows.setAll(next);
            relist();
        }
    }

    /** See {@link AssumptionsViewModel#setOverride(String, String)}. */
    Optional<String> set(String company, String text) {
        Objects.requireNonNull(company, "company");
        String t = text == null ? "" : text.trim();
        DepreciationPolicy p;
        if (t.isEmpty() || t.equals(Messages.get("ui.dash.figure.unknown")) || t.equals("-")) {
            p = null;
        } else if (t.equalsIgnoreCase(Messages.get("ui.assumptions.override.reported"))) {
            p = DepreciationPolicy.REPORTED;
        } else {
            Double years = AssumptionsViewModel.parseLife(t);
            if (years == null) {
                return Optional.of(Messages.get("ui.assumptions.override.invalid", t));
            }
            p = new DepreciationPolicy.Uniform(years);
        }
        Map<String, DepreciationPolicy> overrides = new LinkedHashMap<>(current.get().companyOverrides());
        if (p == null) {
            overrides.remove(company);
        } else {
            overrides.put(company, p);
        }
        edit.accept(b -> b.companyOverrides(overrides));
        return Optional.empty();
    }

    /**
     * Commits a company's field: text equal to what the row shows changes nothing and clears the message;
     * otherwise it goes to the override command, and its message (prefixed with the company) becomes
     * {@link #errorProperty()}.
     *
     * @return the message for the field itself, empty when the text was taken.
     */
    public Optional<String> commit(String company, String text) {
        OverrideRow now = rows.stream().filter(r -> r.company().equals(company)).findFirst().orElse(null);
        String shown = now == null || !now.active() ? "" : now.text();
        if (text.trim().equals(shown)) {
            error.set("");
            return Optional.empty();
        }
        Optional<String> e = set(company, text);
        error.set(e.map(m -> company + ": " + m).orElse(""));
        return e;
    }

    private void relist() {
        listed.setAll(listed(rows, filter.get()));
        boolean many = rows.size() > MAX_ROWS;
        String typed = filter.get() == null ? "" : filter.get().strip();
        more.set(!many ? "" : listed.isEmpty()
                ? Messages.get("ui.assumptions.overrides.noMatch", typed)
                : Messages.get("ui.assumptions.overrides.more", String.valueOf(listed.size()),
                        format.count(rows.size())));
        filtered.set(many);
    }

    private String text(DepreciationPolicy p) {
        if (p == null) {
            return Messages.get("ui.dash.figure.unknown");
        }
        if (p instanceof DepreciationPolicy.Uniform u) {
            return format.years(u.lifeYears());
        }
        if (p instanceof DepreciationPolicy.SwitchTo sw) {
            return Messages.get("ui.assumptions.policy.switch", format.years(sw.lifeYears()), sw.fromYear());
        }
        return Messages.get("ui.assumptions.override.reported");
    }

    /** One row per company with capex (and per company with an override), read-only. */
    public ObservableList<OverrideRow> rows() {
        return rowsView;
    }

    /** The rows that get a field (see {@link #listed(List, String)}), read-only; refreshed on every change. */
    public ObservableList<OverrideRow> listed() {
        return listedView;
    }

    /** The "find a company" text; bind the filter field to it both ways. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Whether there are more than {@value #MAX_ROWS} companies, so the filter and {@link #moreProperty()} show. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** "25 of 40 companies listed …" or "No company matches …" when filtered; empty otherwise. */
    public ReadOnlyStringProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** The last commit's message, prefixed with the company; empty when it was taken. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
