package org.capexlens.io.json;

import static org.capexlens.io.json.ScenarioJson.found;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.capexlens.scenario.Distribution;
import org.capexlens.scenario.UncertainParameter;
import org.capexlens.scenario.Uncertainty;
import org.capexlens.text.Messages;

/**
 * The optional {@code uncertainty} member of a scenario file (issue 11): an object of assumption paths and
 * distributions, e.g. {@code "policy.life_years": {"distribution": "triangular", "min": 2, "mode": 3, "max": 5}}.
 * Read strictly with every problem located at its member path ({@code uncertainty.capex_growth.max}); written back
 * in the same order, and only when the scenario has distributions, so older files save as before.
 */
final class UncertaintyJson {
    static final String MEMBER = "uncertainty";
    static final String KIND = "distribution";
    static final String VALUE = "value";
    static final String MIN = "min";
    static final String MAX = "max";
    static final String MODE = "mode";
    static final String MEAN = "mean";
    static final String SD = "sd";
    private static final List<String> KINDS = List.of("fixed", "uniform", "triangular", "normal");

    private final BiConsumer<String, String> error;

    /** @param error  told (member path, message) for each problem. */
    UncertaintyJson(BiConsumer<String, String> error) {
        this.error = error;
    }

    /** The uncertainty in {@code n}; problems are reported and their entries left out. */
    Uncertainty read(JsonNode n) {
        if (n.isNull()) {
            return Uncertainty.NONE;
        }
        if (!n.isObject()) {
            error.accept(MEMBER, Messages.get("scenario.json.wrongType", MEMBER,
                    Messages.get("scenario.json.type.uncertainty"), found(n)));
            return Uncertainty.NONE;
        }
        Map<String, Distribution> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = MEMBER + "." + e.getKey();
            UncertainParameter p = UncertainParameter.parse(e.getKey()).orElse(null);
            if (p == null) {
                error.accept(path, Messages.get("scenario.json.uncertainty.unknown", path,
                        String.join(", ", UncertainParameter.SCENARIO_PATHS)));
                continue;
            }
            Distribution d = distribution(e.getValue(), path);
            if (d == null) {
                continue;
            }
            if (!p.range().contains(d.lower()) || !p.range().contains(d.upper())) {
                error.accept(path, Messages.get("scenario.json.uncertainty.range", path, p.range().describe()));
                continue;
            }
            out.put(e.getKey(), d);
        }
        return new Uncertainty(out);
    }

    private Distribution distribution(JsonNode n, String path) {
        if (!n.isObject()) {
            error.accept(path, Messages.get("scenario.json.wrongType", path,
                    Messages.get("scenario.json.type.distribution"), found(n)));
            return null;
        }
        JsonNode k = n.get(KIND);
        String kindPath = path + "." + KIND;
        if (k == null || !k.isTextual() || !KINDS.contains(k.textValue().trim().toLowerCase(Locale.ROOT))) {
            error.accept(kindPath, Messages.get("scenario.json.notChoice", kindPath, String.join(", ", KINDS),
                    k == null ? "" : k.asText()));
            return null;
        }
        String kind = k.textValue().trim().toLowerCase(Locale.ROOT);
        List<String> params = switch (kind) {
            case "fixed" -> List.of(VALUE);
            case "uniform" -> List.of(MIN, MAX);
            case "triangular" -> List.of(MIN, MODE, MAX);
            default -> List.of(MEAN, SD, MIN, MAX);
        };
        boolean ok = true;
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!f.equals(KIND) && !params.contains(f)) {
                error.accept(path + "." + f, Messages.get("scenario.json.unknownField", path + "." + f,
                        KIND + ", " + String.join(", ", params)));
                ok = false;
            }
        }
        double[] v = new double[params.size()];
        for (int i = 0; i < v.length; i++) {
            String fp = path + "." + params.get(i);
            JsonNode x = n.get(params.get(i));
            if (x == null) {
                error.accept(fp, Messages.get("scenario.json.missing", fp, Messages.get("scenario.json.type.number")));
                ok = false;
            } else if (!x.isNumber() || !Double.isFinite(x.doubleValue())) {
                error.accept(fp, Messages.get("scenario.json.wrongType", fp,
                        Messages.get("scenario.json.type.number"), found(x)));
                ok = false;
            } else {
                v[i] = x.doubleValue();
            }
        }
        if (!ok) {
            return null;
        }
        try {
            return switch (kind) {
                case "fixed" -> new Distribution.Fixed(v[0]);
                case "uniform" -> new Distribution.Uniform(v[0], v[1]);
                case "triangular" -> new Distribution.Triangular(v[0], v[1], v[2]);
                default -> new Distribution.Normal(v[0], v[1], v[2], v[3]);
            };
        } catch (IllegalArgumentException e) {
            error.accept(path, Messages.get("scenario.json.invalidValue", path, e.getMessage()));
            return null;
        }
    }

    /** Writes {@code u} into {@code o} as the {@code uncertainty} member, unless it is empty. */
    static void write(ObjectNode o, Uncertainty u) {
        if (u.isEmpty()) {
            return;
        }
        ObjectNode m = o.putObject(MEMBER);
        u.distributions().forEach((path, d) -> {
            ObjectNode n = m.putObject(path);
            n.put(KIND, d.code());
            if (d instanceof Distribution.Fixed f) {
                n.put(VALUE, f.value());
            } else if (d instanceof Distribution.Uniform x) {
                n.put(MIN, x.min());
                n.put(MAX, x.max());
            } else if (d instanceof Distribution.Triangular t) {
                n.put(MIN, t.min());
                n.put(MODE, t.mode());
                n.put(MAX, t.max());
            } else if (d instanceof Distribution.Normal nd) {
                n.put(MEAN, nd.mean());
                n.put(SD, nd.sd());
                n.put(MIN, nd.min());
                n.put(MAX, nd.max());
            }
        });
    }
}
