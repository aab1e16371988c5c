package org.capexlens.io.json;

import static org.capexlens.io.json.ScenarioJson.found;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import org.capexlens.scenario.GpuLifeAssumptions;
import org.capexlens.text.Messages;

/**
 * The optional {@code gpu_economic_life} member of a scenario file (issue 11): the assumptions of the GPU economic
 * life, e.g. {@code {"gpu_model": "H100", "contract_type": "on_demand", "utilisation": 0.6,
 * "cost_per_gpu_hour": 0.5, "horizon_years": 10}}. Every member is optional and takes the default of
 * {@link GpuLifeAssumptions#DEFAULTS}; the member is written only when it differs from the defaults, so older
 * files load and save as before.
 */
final class GpuLifeJson {
    static final String MEMBER = "gpu_economic_life";
    static final String MODEL = "gpu_model";
    static final String CONTRACT = "contract_type";
    static final String UTILISATION = "utilisation";
    static final String COST = "cost_per_gpu_hour";
    static final String HORIZON = "horizon_years";
    static final List<String> FIELDS = List.of(MODEL, CONTRACT, UTILISATION, COST, HORIZON);

    private final BiConsumer<String, String> error;

    /** @param error  told (member path, message) for each problem. */
    GpuLifeJson(BiConsumer<String, String> error) {
        this.error = error;
    }

    /** The assumptions in {@code n}; a member with a problem is reported and keeps its default. */
    GpuLifeAssumptions read(JsonNode n) {
        GpuLifeAssumptions a = GpuLifeAssumptions.DEFAULTS;
        if (n.isNull()) {
            return a;
        }
        if (!n.isObject()) {
            error.accept(MEMBER, Messages.get("scenario.json.wrongType", MEMBER,
                    Messages.get("scenario.json.type.gpuLife"), found(n)));
            return a;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                error.accept(MEMBER + "." + f, Messages.get("scenario.json.unknownField", MEMBER + "." + f,
                        String.join(", ", FIELDS)));
            }
        }
        String model = text(n, MODEL);
        if (model != null) {
            a = apply(a, MODEL, model.isBlank() ? null : a.withGpuModel(model.trim()), "");
        }
        String contract = text(n, CONTRACT);
        if (contract != null) {
            a = a.withContractType(contract);
        }
        Double u = number(n, UTILISATION);
        if (u != null) {
            a = apply(a, UTILISATION, u > 0 && u <= 1 ? a.withUtilisation(u) : null, "(0, 1]");
        }
        Double cost = number(n, COST);
        if (cost != null) {
            a = apply(a, COST, cost >= 0 ? a.withCost(cost) : null, "≥ 0");
        }
        Double h = number(n, HORIZON);
        if (h != null) {
            a = apply(a, HORIZON, h > 0 && h <= GpuLifeAssumptions.MAX_HORIZON ? a.withHorizon(h) : null,
                    "(0, " + (int) GpuLifeAssumptions.MAX_HORIZON + "]");
        }
        return a;
    }

    private GpuLifeAssumptions apply(GpuLifeAssumptions old, String field, GpuLifeAssumptions next, String range) {
        if (next == null) {
            String path = MEMBER + "." + field;
            error.accept(path, Messages.get("scenario.json.gpuLife.range", path, range));
            return old;
        }
        return next;
    }

    private String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            error.accept(MEMBER + "." + field, Messages.get("scenario.json.wrongType", MEMBER + "." + field,
                    Messages.get("scenario.json.type.text"), found(v)));
            return null;
        }
        return v.textValue();
    }

    private Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            error.accept(MEMBER + "." + field, Messages.get("scenario.json.wrongType", MEMBER + "." + field,
                    Messages.get("scenario.json.type.number"), found(v)));
            return null;
        }
        return v.doubleValue();
    }

    /** Writes the member when {@code a} differs from the defaults. */
    static void write(ObjectNode o, GpuLifeAssumptions a) {
        if (a.equals(GpuLifeAssumptions.DEFAULTS)) {
            return;
        }
        ObjectNode g = o.putObject(MEMBER);
        g.put(MODEL, a.gpuModel());
        if (!a.contractType().isEmpty()) {
            g.put(CONTRACT, a.contractType());
        }
        g.put(UTILISATION, a.utilisation());
        g.put(COST, a.costPerGpuHour());
        g.put(HORIZON, a.horizonYears());
    }
}
