package org.capexlens.io.json;

import static org.capexlens.io.json.ScenarioJson.AI_REVENUE_BASIS;
import static org.capexlens.io.json.ScenarioJson.AI_REVENUE_ENTITIES;
import static org.capexlens.io.json.ScenarioJson.AI_SHARE_OF_CAPEX;
import static org.capexlens.io.json.ScenarioJson.ASSERTED_BY;
import static org.capexlens.io.json.ScenarioJson.BREAK_EVEN_MARGIN;
import static org.capexlens.io.json.ScenarioJson.CAPEX_GROWTH;
import static org.capexlens.io.json.ScenarioJson.COMPANY_OVERRIDES;
import static org.capexlens.io.json.ScenarioJson.CONVENTION;
import static org.capexlens.io.json.ScenarioJson.DEFAULT_TAX_RATE;
import static org.capexlens.io.json.ScenarioJson.DESCRIPTION;
import static org.capexlens.io.json.ScenarioJson.END_USER_MARGIN;
import static org.capexlens.io.json.ScenarioJson.FIELDS;
import static org.capexlens.io.json.ScenarioJson.FROM_YEAR;
import static org.capexlens.io.json.ScenarioJson.GPU_SHARE;
import static org.capexlens.io.json.ScenarioJson.IN_SERVICE_LAG_YEARS;
import static org.capexlens.io.json.ScenarioJson.LIFE_YEARS;
import static org.capexlens.io.json.ScenarioJson.LONG_LIVED_LIFE_YEARS;
import static org.capexlens.io.json.ScenarioJson.NAME;
import static org.capexlens.io.json.ScenarioJson.POLICY;
import static org.capexlens.io.json.ScenarioJson.PROJECTION_END_YEAR;
import static org.capexlens.io.json.ScenarioJson.RATIO_NUMERATOR;
import static org.capexlens.io.json.ScenarioJson.REPORTED;
import static org.capexlens.io.json.ScenarioJson.REVENUE_GROWTH;
import static org.capexlens.io.json.ScenarioJson.SHEET;
import static org.capexlens.io.json.ScenarioJson.SHORT_LIVED_SHARE;
import static org.capexlens.io.json.ScenarioJson.SOURCE_URL;
import static org.capexlens.io.json.ScenarioJson.SUSTAINABLE_INTENSITY;
import static org.capexlens.io.json.ScenarioJson.SWITCH;
import static org.capexlens.io.json.ScenarioJson.TYPE;
import static org.capexlens.io.json.ScenarioJson.UNIFORM;
import static org.capexlens.io.json.ScenarioJson.found;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.ScenarioBuilder;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.Location;
import org.capexlens.text.Messages;

/**
 * Walks the JSON tree of one scenario object, collecting every problem with its member path, then builds the
 * {@link Scenario}. Each value is first checked against the record's invariants on its own (applied to the defaults) so
 * that an out-of-range value is blamed on its own field. One instance per read.
 */
final class ScenarioReader {
    private static final Logger LOG = Logger.getLogger(ScenarioReader.class.getName());

    private final String file;
    private final List<ImportMessage> errors = new ArrayList<>();

    ScenarioReader(String file) {
        this.file = file;
    }

    Scenario scenario(ObjectNode o, String defaultName) throws ImportException {
        unknownFields(o, "", FIELDS);
        // A file starts from the defaults of every assumption, but says nothing of who asserts it unless it does.
        ScenarioBuilder v = Scenario.defaults().toBuilder().name(defaultName).description("").assertedBy("")
                .sourceUrl("");
        text(o, NAME, s -> v.name(s));
        text(o, DESCRIPTION, s -> v.description(s));
        text(o, ASSERTED_BY, s -> v.assertedBy(s));
        text(o, SOURCE_URL, s -> v.sourceUrl(s));
        JsonNode p = o.get(POLICY);
        if (p != null) {
            DepreciationPolicy policy = policy(p, POLICY);
            if (policy != null) {
                v.policy(policy);
            }
        }
        overrides(o.get(COMPANY_OVERRIDES), v);
        decimal(o, SHORT_LIVED_SHARE, (t, x) -> t.shortLivedShare(x), v);
        decimal(o, LONG_LIVED_LIFE_YEARS, (t, x) -> t.longLivedLifeYears(x), v);
        whole(o, IN_SERVICE_LAG_YEARS, (t, x) -> t.inServiceLagYears(x), v);
        Map<String, Convention> conventions = new LinkedHashMap<>();
        conventions.put("half_year", Convention.HALF_YEAR);
        conventions.put("full_year", Convention.FULL_YEAR);
        choice(o, CONVENTION, conventions, c -> v.convention(c));
        decimal(o, CAPEX_GROWTH, (t, x) -> t.capexGrowth(x), v);
        decimal(o, REVENUE_GROWTH, (t, x) -> t.revenueGrowth(x), v);
        whole(o, PROJECTION_END_YEAR, (t, x) -> t.projectionEndYear(x), v);
        decimal(o, DEFAULT_TAX_RATE, (t, x) -> t.defaultTaxRate(x), v);
        Map<String, RatioNumerator> numerators = new LinkedHashMap<>();
        for (RatioNumerator n : RatioNumerator.values()) {
            numerators.put(n.name().toLowerCase(Locale.ROOT), n);
        }
        choice(o, RATIO_NUMERATOR, numerators, n -> v.ratioNumerator(n));
        decimal(o, AI_SHARE_OF_CAPEX, (t, x) -> t.aiShareOfCapex(x), v);
        basis(o, v);
        entities(o.get(AI_REVENUE_ENTITIES), v);
        decimal(o, GPU_SHARE, (t, x) -> t.gpuShareOfDataCenterCost(x), v);
        decimal(o, END_USER_MARGIN, (t, x) -> t.endUserGrossMargin(x), v);
        decimal(o, SUSTAINABLE_INTENSITY, (t, x) -> t.sustainableCapexIntensity(x), v);
        decimal(o, BREAK_EVEN_MARGIN, (t, x) -> t.breakEvenTargetMargin(x), v);
        decimal(o, ScenarioJson.OVERSTATEMENT_MIN_SHARE, (t, x) -> t.overstatementMinAdjustedShare(x), v);
        flag(o, ScenarioJson.COMPANY_SHORT_LIVED_SHARES, b -> v.companyShortLivedShares(b));
        JsonNode published = o.get(PublishedInputsJson.MEMBER);
        if (published != null) {
            v.publishedInputs(new PublishedInputsJson(this::error).read(published));
        }
        JsonNode uncertainty = o.get(UncertaintyJson.MEMBER);
        if (uncertainty != null) {
            v.uncertainty(new UncertaintyJson(this::error).read(uncertainty));
        }
        JsonNode gpuLife = o.get(GpuLifeJson.MEMBER);
        if (gpuLife != null) {
            v.gpuLife(new GpuLifeJson(this::error).read(gpuLife));
        }
        if (!errors.isEmpty()) {
            throw new ImportException(ImportException.Kind.INVALID, errors);
        }
        try {
            return v.build();
        } catch (IllegalArgumentException e) {
            // Every field was checked on its own above and no invariant links two fields; reaching this
            // means a new invariant, still reported as a plain message rather than a crash.
            LOG.log(Level.WARNING, "scenario invariant not checked per field", e);
            throw ImportException.invalid(new Location(file, SHEET, 0, ""),
                    Messages.get("scenario.json.invalidValue", "", e.getMessage()).trim(), e);
        }
    }

    private void error(String path, String message) {
        errors.add(ImportMessage.error(new Location(file, SHEET, 0, path), message));
    }

    private static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    private void unknownFields(JsonNode o, String parent, List<String> known) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (known.contains(f)) {
                continue;
            }
            String p = path(parent, f);
            String suggestion = known.stream().filter(k -> squash(k).equals(squash(f))).findFirst().orElse(null);
            if (suggestion != null) {
                error(p, Messages.get("scenario.json.unknownFieldDidYouMean", p, path(parent, suggestion)));
            } else {
                error(p, Messages.get("scenario.json.unknownField", p, String.join(", ", known)));
            }
        }
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private void wrongType(String path, String expected, JsonNode node) {
        error(path, Messages.get("scenario.json.wrongType", path, expected, found(node)));
    }

    /** Applies {@code set} to the defaults alone first, so that an out-of-range value is blamed on its field. */
    private boolean valid(String path, Consumer<ScenarioBuilder> set) {
        ScenarioBuilder probe = Scenario.defaults().toBuilder();
        set.accept(probe);
        try {
            probe.build();
            return true;
        } catch (IllegalArgumentException e) {
            error(path, invalid(path, e.getMessage()));
            return false;
        }
    }

    /** The record's message ("short_lived_share must be …") with its field name replaced by the full path. */
    private static String invalid(String path, String recordMessage) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        String rest = recordMessage.startsWith(field + " ") ? recordMessage.substring(field.length() + 1)
                : recordMessage;
        return Messages.get("scenario.json.invalidValue", path, rest);
    }

    private void text(ObjectNode o, String field, Consumer<String> set) {
        String s = textValue(o.get(field), field);
        if (s != null && valid(field, t -> setText(t, field, s))) {
            set.accept(s);
        }
    }

    private static void setText(ScenarioBuilder t, String field, String s) {
        switch (field) {
            case NAME -> t.name(s);
            case DESCRIPTION -> t.description(s);
            case ASSERTED_BY -> t.assertedBy(s);
            default -> t.sourceUrl(s);
        }
    }

    private interface DoubleSetter {
        void set(ScenarioBuilder target, double value);
    }

    private interface IntSetter {
        void set(ScenarioBuilder target, int value);
    }

    private void decimal(ObjectNode o, String field, DoubleSetter set, ScenarioBuilder target) {
        Double x = number(o.get(field), field, false);
        if (x != null && valid(field, t -> set.set(t, x))) {
            set.set(target, x);
        }
    }

    private void whole(ObjectNode o, String field, IntSetter set, ScenarioBuilder target) {
        Integer x = wholeNumber(o.get(field), field, false);
        if (x != null && valid(field, t -> set.set(t, x))) {
            set.set(target, x);
        }
    }

    /** Issue 14: a {@code true}/{@code false} member; absent leaves the default, anything else is an error. */
    private void flag(ObjectNode o, String field, Consumer<Boolean> set) {
        JsonNode n = o.get(field);
        if (n == null) {
            return;
        }
        if (!n.isBoolean()) {
            wrongType(field, Messages.get("scenario.json.type.boolean"), n);
            return;
        }
        set.accept(n.booleanValue());
    }

    /** A text, or {@code null} when absent (optional) or not a text (with an error). */
    private String textValue(JsonNode n, String path) {
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            wrongType(path, Messages.get("scenario.json.type.text"), n);
            return null;
        }
        return n.textValue();
    }

    /** A finite number, or {@code null} (with an error unless absent and optional). */
    private Double number(JsonNode n, String path, boolean required) {
        if (n == null) {
            if (required) {
                error(path, Messages.get("scenario.json.missing", path, Messages.get("scenario.json.type.number")));
            }
            return null;
        }
        if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
            wrongType(path, Messages.get("scenario.json.type.number"), n);
            return null;
        }
        return n.doubleValue();
    }

    private Integer wholeNumber(JsonNode n, String path, boolean required) {
        if (n == null) {
            if (required) {
                error(path, Messages.get("scenario.json.missing", path,
                        Messages.get("scenario.json.type.wholeNumber")));
            }
            return null;
        }
        double d = n.isNumber() ? n.doubleValue() : Double.NaN;
        if (!(d == Math.rint(d)) || Math.abs(d) > Integer.MAX_VALUE) {
            wrongType(path, Messages.get("scenario.json.type.wholeNumber"), n);
            return null;
        }
        return (int) d;
    }

    private <T> void choice(ObjectNode o, String field, Map<String, T> choices, Consumer<T> set) {
        String text = textValue(o.get(field), field);
        if (text == null) {
            return;
        }
        T value = choices.get(text.trim().toLowerCase(Locale.ROOT));
        if (value == null) {
            error(field, Messages.get("scenario.json.notChoice", field, String.join(", ", choices.keySet()), text));
            return;
        }
        set.accept(value);
    }

    private void basis(ObjectNode o, ScenarioBuilder v) {
        JsonNode n = o.get(AI_REVENUE_BASIS);
        if (n == null) {
            return;
        }
        if (!n.isTextual()) {
            wrongType(AI_REVENUE_BASIS, Messages.get("scenario.json.type.text"), n);
            return;
        }
        RevenueBasis.parse(n.textValue()).ifPresentOrElse(b -> v.aiRevenueBasis(b), () -> error(AI_REVENUE_BASIS,
                Messages.get("scenario.json.notChoice", AI_REVENUE_BASIS, RevenueBasis.RECOGNIZED.code() + ", "
                        + RevenueBasis.RUN_RATE.code(), n.textValue())));
    }

    private void entities(JsonNode n, ScenarioBuilder v) {
        if (n == null) {
            return;
        }
        if (!n.isArray()) {
            wrongType(AI_REVENUE_ENTITIES, Messages.get("scenario.json.type.list"), n);
            return;
        }
        List<String> names = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            String p = AI_REVENUE_ENTITIES + "[" + i + "]";
            if (!e.isTextual()) {
                wrongType(p, Messages.get("scenario.json.type.text"), e);
                ok = false;
            } else if (e.textValue().isBlank()) {
                error(p, Messages.get("scenario.json.blank", p));
                ok = false;
            } else {
                names.add(e.textValue().trim());
            }
        }
        if (ok) {
            v.aiRevenueEntities(List.copyOf(names));
        }
    }

    private void overrides(JsonNode n, ScenarioBuilder v) {
        if (n == null) {
            return;
        }
        if (!n.isObject()) {
            wrongType(COMPANY_OVERRIDES, Messages.get("scenario.json.type.overrides"), n);
            return;
        }
        Map<String, DepreciationPolicy> map = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String p = path(COMPANY_OVERRIDES, e.getKey());
            if (e.getKey().isBlank()) {
                error(COMPANY_OVERRIDES, Messages.get("scenario.json.blankCompany", COMPANY_OVERRIDES));
                ok = false;
                continue;
            }
            DepreciationPolicy policy = policy(e.getValue(), p);
            if (policy == null) {
                ok = false;
            } else {
                map.put(e.getKey(), policy);
            }
        }
        if (ok) {
            v.companyOverrides(map);
        }
    }

    /** A policy object, or {@code null} after reporting why it is not one. */
    private DepreciationPolicy policy(JsonNode n, String path) {
        if (!n.isObject()) {
            wrongType(path, Messages.get("scenario.json.type.policy"), n);
            return null;
        }
        String typePath = path(path, TYPE);
        JsonNode t = n.get(TYPE);
        if (t == null) {
            error(typePath, Messages.get("scenario.json.missing", typePath,
                    Messages.get("scenario.json.type.policyType")));
            return null;
        }
        if (!t.isTextual()) {
            wrongType(typePath, Messages.get("scenario.json.type.text"), t);
            return null;
        }
        String type = t.textValue().trim().toLowerCase(Locale.ROOT);
        List<String> allowed = switch (type) {
            case REPORTED -> List.of(TYPE);
            case UNIFORM -> List.of(TYPE, LIFE_YEARS);
            case SWITCH -> List.of(TYPE, LIFE_YEARS, FROM_YEAR);
            default -> null;
        };
        if (allowed == null) {
            error(typePath, Messages.get("scenario.json.notChoice", typePath,
                    String.join(", ", REPORTED, UNIFORM, SWITCH), t.textValue()));
            return null;
        }
        int before = errors.size();
        unknownFields(n, path, allowed);
        if (type.equals(REPORTED)) {
            return errors.size() == before ? DepreciationPolicy.REPORTED : null;
        }
        String lifePath = path(path, LIFE_YEARS);
        Double life = number(n.get(LIFE_YEARS), lifePath, true);
        Integer from = null;
        if (type.equals(SWITCH)) {
            String fromPath = path(path, FROM_YEAR);
            from = wholeNumber(n.get(FROM_YEAR), fromPath, true);
            if (from != null && (from < 1900 || from > 2200)) {
                error(fromPath, Messages.get("scenario.json.yearRange", fromPath, Integer.toString(from)));
                from = null;
            }
            if (from == null) {
                return null;
            }
        }
        if (life == null || errors.size() != before) {
            return null;
        }
        try {
            return type.equals(UNIFORM) ? new DepreciationPolicy.Uniform(life)
                    : new DepreciationPolicy.SwitchTo(life, from);
        } catch (IllegalArgumentException e) {
            error(lifePath, invalid(lifePath, e.getMessage()));
            return null;
        }
    }
}
