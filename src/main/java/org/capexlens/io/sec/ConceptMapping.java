package org.capexlens.io.sec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which XBRL concepts fill which dataset column, in order of preference, overridable per company (by CIK): data,
 * not code. The shipped mapping is the resource {@code concept-mapping.json} next to this class (documented in
 * {@code data/README.md}).
 */
public final class ConceptMapping {
    /** The capex column. */
    public static final String CAPEX = "capex_usd_b";

    /**
     * One choice for a column: one concept, or several summed (every part present for the period).
     *
     * @param concepts    {@code taxonomy:Concept} names, at least one.
     * @param definition  what the figure counts (capex), or empty: then the concept names stand for it.
     */
    public record Entry(List<String> concepts, String definition) {
        public Entry {
            concepts = List.copyOf(concepts);
            if (concepts.isEmpty()) {
                throw new IllegalArgumentException("an entry needs at least one concept");
            }
            definition = definition == null ? "" : definition;
        }

        /** The entry as a note names it: {@code us-gaap:A} or {@code us-gaap:A + us-gaap:B}. */
        public String label() {
            return String.join(" + ", concepts);
        }

        /** The definition, or the label when none is given. */
        public String definitionOrLabel() {
            return definition.isEmpty() ? label() : definition;
        }
    }

    /**
     * How one column is filled.
     *
     * @param column    the dataset column ({@code capex_usd_b}, {@code revenue_usd_b}, … {@code tax_rate}).
     * @param unit      {@code USD} (divided by 10^9 into USD billions) or {@code pure} (a fraction).
     * @param payment   a cash outflow reported as a positive figure whatever the fact's sign.
     * @param additive  whether a fiscal year may be derived as nine months + Q4 (not for a rate).
     * @param entries   the choices in order of preference.
     */
    public record Column(String column, String unit, boolean payment, boolean additive, List<Entry> entries) {
        public Column {
            entries = List.copyOf(entries);
        }
    }

    private final Map<String, Column> columns;
    private final Map<String, Map<String, List<Entry>>> overrides;

    ConceptMapping(Map<String, Column> columns, Map<String, Map<String, List<Entry>>> overrides) {
        this.columns = Map.copyOf(columns);
        this.overrides = Map.copyOf(overrides);
        this.order = List.copyOf(columns.keySet());
    }

    private final List<String> order;

    /** The shipped mapping. */
    public static ConceptMapping shipped() {
        try (InputStream in = ConceptMapping.class.getResourceAsStream("concept-mapping.json")) {
            return read(Objects.requireNonNull(in, "concept-mapping.json is missing from the jar"));
        } catch (IOException e) {
            throw new IllegalStateException("the shipped concept-mapping.json cannot be read", e);
        }
    }

    /** Reads a mapping in the shape of the shipped one. */
    public static ConceptMapping read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("columns").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode c = e.getValue();
            columns.put(e.getKey(), new Column(e.getKey(), c.path("unit").asText("USD"),
                    c.path("payment").asBoolean(false), c.path("additive").asBoolean(true),
                    entries(c.path("entries"))));
        }
        Map<String, Map<String, List<Entry>>> overrides = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("companies").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Map<String, List<Entry>> byColumn = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(c -> byColumn.put(c.getKey(), entries(c.getValue())));
            overrides.put(org.capexlens.domain.Company.normalizeCik(e.getKey()), byColumn);
        }
        return new ConceptMapping(columns, overrides);
    }

    private static List<Entry> entries(JsonNode array) {
        List<Entry> out = new ArrayList<>();
        for (JsonNode n : array) {
            List<String> concepts = new ArrayList<>();
            n.path("concepts").forEach(c -> concepts.add(c.asText()));
            out.add(new Entry(concepts, n.path("definition").asText("")));
        }
        return out;
    }

    /** The columns, in file order. */
    public List<String> columns() {
        return order;
    }

    /** How a column is filled for the company with this CIK (its override's entries where it has one). */
    public Column column(String column, String cik) {
        Column base = columns.get(column);
        if (base == null) {
            throw new IllegalArgumentException("the mapping has no column " + column);
        }
        List<Entry> own = overrides.getOrDefault(cik, Map.of()).get(column);
        return own == null ? base : new Column(base.column(), base.unit(), base.payment(), base.additive(), own);
    }

    /** Every concept any column or override names: what the parser keeps. */
    public Set<String> concepts() {
        Set<String> all = new LinkedHashSet<>();
        columns.values().forEach(c -> c.entries().forEach(e -> all.addAll(e.concepts())));
        overrides.values().forEach(m -> m.values().forEach(l -> l.forEach(e -> all.addAll(e.concepts()))));
        return all;
    }
}
