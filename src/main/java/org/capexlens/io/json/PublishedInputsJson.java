package org.capexlens.io.json;

import static org.capexlens.io.json.ScenarioJson.found;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.capexlens.scenario.PublishedInputs;
import org.capexlens.scenario.PublishedInputs.Method;
import org.capexlens.scenario.Range;
import org.capexlens.scenario.Ranges;
import org.capexlens.text.Messages;

/**
 * The {@code published_inputs} member of a scenario file (issue 10): read strictly, every problem reported with its
 * member path ({@code published_inputs.year}), and written back in the same order. Kept apart from
 * {@link ScenarioReader} so that each stays small.
 */
final class PublishedInputsJson {
    static final String MEMBER = "published_inputs";
    static final String METHOD = "method";
    static final String YEAR = "year";
    static final String INFRASTRUCTURE = "infrastructure_usd_b";
    static final String CAPEX = "capex_usd_b";
    static final String AI_REVENUE = "ai_revenue_usd_b";
    static final String STATED_REQUIRED = "stated_required_revenue_usd_b";
    static final String STATED_GAP = "stated_gap_usd_b";
    static final String SOURCE_URL = "source_url";
    static final String NOTE = "note";
    private static final String SEQUOIA = "sequoia";
    private static final String BAIN = "bain";

    private final BiConsumer<String, String> error;
    private int errors;

    /** @param error  told (member path, message) for each problem. */
    PublishedInputsJson(BiConsumer<String, String> error) {
        this.error = (path, message) -> {
            errors++;
            error.accept(path, message);
        };
    }

    /**
     * The published inputs in {@code n}, or {@code null} after reporting every problem (or when {@code n} is a JSON
     * {@code null}, which means none).
     */
    PublishedInputs read(JsonNode n) {
        if (n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            wrongType(MEMBER, Messages.get("scenario.json.type.published"), n);
            return null;
        }
        String methodPath = path(METHOD);
        JsonNode m = n.get(METHOD);
        if (m == null) {
            error.accept(methodPath, Messages.get("scenario.json.missing", methodPath,
                    Messages.get("scenario.json.type.publishedMethod")));
            return null;
        }
        if (!m.isTextual()) {
            wrongType(methodPath, Messages.get("scenario.json.type.text"), m);
            return null;
        }
        String methodText = m.textValue().trim().toLowerCase(Locale.ROOT);
        Method method = switch (methodText) {
            case SEQUOIA -> Method.SEQUOIA;
            case BAIN -> Method.BAIN;
            default -> null;
        };
        if (method == null) {
            error.accept(methodPath, Messages.get("scenario.json.notChoice", methodPath, SEQUOIA + ", " + BAIN,
                    m.textValue()));
            return null;
        }
        String spend = method == Method.SEQUOIA ? INFRASTRUCTURE : CAPEX;
        List<String> allowed = List.of(METHOD, YEAR, spend, AI_REVENUE, STATED_REQUIRED, STATED_GAP, SOURCE_URL,
                NOTE);
        unknownFields(n, allowed);
        Integer year = year(n.get(YEAR));
        Double spent = money(n.get(spend), spend, method == Method.SEQUOIA ? Ranges.PUBLISHED_INFRASTRUCTURE
                : Ranges.PUBLISHED_CAPEX, true);
        Double ai = money(n.get(AI_REVENUE), AI_REVENUE, Ranges.PUBLISHED_AI_REVENUE, false);
        Double required = money(n.get(STATED_REQUIRED), STATED_REQUIRED, Ranges.PUBLISHED_STATED_REQUIRED, false);
        Double gap = money(n.get(STATED_GAP), STATED_GAP, Ranges.PUBLISHED_STATED_GAP, false);
        String url = text(n.get(SOURCE_URL), SOURCE_URL);
        String note = text(n.get(NOTE), NOTE);
        if (errors > 0) {
            return null;
        }
        return new PublishedInputs(method, year, method == Method.SEQUOIA ? spent : null,
                method == Method.BAIN ? spent : null, ai, required, gap, url, note);
    }

    /** Writes {@code p} as the {@code published_inputs} member of {@code o}, members in file order. */
    static void write(ObjectNode o, PublishedInputs p) {
        ObjectNode n = o.putObject(MEMBER);
        n.put(METHOD, p.method() == Method.SEQUOIA ? SEQUOIA : BAIN);
        n.put(YEAR, p.year());
        if (p.infrastructure() != null) {
            number(n, INFRASTRUCTURE, p.infrastructure());
        }
        if (p.capex() != null) {
            number(n, CAPEX, p.capex());
        }
        if (p.aiRevenue() != null) {
            number(n, AI_REVENUE, p.aiRevenue());
        }
        if (p.statedRequiredRevenue() != null) {
            number(n, STATED_REQUIRED, p.statedRequiredRevenue());
        }
        if (p.statedGap() != null) {
            number(n, STATED_GAP, p.statedGap());
        }
        n.put(SOURCE_URL, p.sourceUrl());
        n.put(NOTE, p.note());
    }

    private static void number(ObjectNode o, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(field, (long) v);
        } else {
            o.put(field, v);
        }
    }

    private static String path(String field) {
        return MEMBER + "." + field;
    }

    private void wrongType(String path, String expected, JsonNode node) {
        error.accept(path, Messages.get("scenario.json.wrongType", path, expected, found(node)));
    }

    private void unknownFields(JsonNode o, List<String> known) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!known.contains(f)) {
                error.accept(path(f), Messages.get("scenario.json.unknownField", path(f), String.join(", ", known)));
            }
        }
    }

    private Integer year(JsonNode n) {
        String p = path(YEAR);
        if (n == null) {
            error.accept(p, Messages.get("scenario.json.missing", p, Messages.get("scenario.json.type.wholeNumber")));
            return null;
        }
        double d = n.isNumber() ? n.doubleValue() : Double.NaN;
        if (!(d == Math.rint(d))) {
            wrongType(p, Messages.get("scenario.json.type.wholeNumber"), n);
            return null;
        }
        if (!Ranges.PUBLISHED_YEAR.contains(d)) {
            error.accept(p, Messages.get("scenario.json.yearRange", p, n.asText()));
            return null;
        }
        return (int) d;
    }

    private Double money(JsonNode n, String field, Range range, boolean required) {
        String p = path(field);
        if (n == null || (!required && n.isNull())) {
            if (required) {
                error.accept(p, Messages.get("scenario.json.missing", p, Messages.get("scenario.json.type.number")));
            }
            return null;
        }
        if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
            wrongType(p, Messages.get("scenario.json.type.number"), n);
            return null;
        }
        if (!range.contains(n.doubleValue())) {
            error.accept(p, Messages.get("scenario.json.invalidValue", p, Messages.get(
                    "scenario.json.published.range", range.describe(), n.asText())));
            return null;
        }
        return n.doubleValue();
    }

    private String text(JsonNode n, String field) {
        if (n == null) {
            return "";
        }
        if (!n.isTextual()) {
            wrongType(path(field), Messages.get("scenario.json.type.text"), n);
            return "";
        }
        return n.textValue();
    }
}
