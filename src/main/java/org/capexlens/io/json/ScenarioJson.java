package org.capexlens.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.io.WriteException;
import org.capexlens.text.Messages;

/**
 * Saves and loads a {@link Scenario} as JSON (DESIGN §3.4). The file is one object with snake_case members (see
 * {@code data/scenarios/README.md}); a missing member takes its value from {@link Scenario#defaults()}, except the
 * descriptive ones: a missing {@code name} becomes the file name without {@code .json}, and a missing
 * {@code description}, {@code asserted_by} or {@code source_url} stays empty, so that a custom scenario is never
 * labelled as the "as reported" one.
 *
 * <p>Reading is strict: an unknown member, a value of the wrong type or out of range, a duplicate member or broken
 * JSON each give a message located at {@code file:scenario::<member path>} (e.g. {@code policy.life_years}), all
 * problems of a file at once. The JSON tree is walked by hand rather than bound to classes so that a {@code null}
 * can be told from a missing member and every message can name the member's full path.
 */
public final class ScenarioJson {
    /** The sheet part of every message's location. */
    public static final String SHEET = "scenario";
    /** Larger files are refused before parsing: a scenario is a few kilobytes. */
    static final long MAX_BYTES = 1 << 20;

    private static final Logger LOG = Logger.getLogger(ScenarioJson.class.getName());
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String ASSERTED_BY = "asserted_by";
    static final String SOURCE_URL = "source_url";
    static final String POLICY = "policy";
    static final String COMPANY_OVERRIDES = "company_overrides";
    static final String SHORT_LIVED_SHARE = "short_lived_share";
    static final String LONG_LIVED_LIFE_YEARS = "long_lived_life_years";
    static final String IN_SERVICE_LAG_YEARS = "in_service_lag_years";
    static final String CONVENTION = "convention";
    static final String CAPEX_GROWTH = "capex_growth";
    static final String REVENUE_GROWTH = "revenue_growth";
    static final String PROJECTION_END_YEAR = "projection_end_year";
    static final String DEFAULT_TAX_RATE = "default_tax_rate";
    static final String RATIO_NUMERATOR = "ratio_numerator";
    static final String AI_SHARE_OF_CAPEX = "ai_share_of_capex";
    static final String AI_REVENUE_BASIS = "ai_revenue_basis";
    static final String AI_REVENUE_ENTITIES = "ai_revenue_entities";
    static final String GPU_SHARE = "gpu_share_of_data_center_cost";
    static final String END_USER_MARGIN = "end_user_gross_margin";
    static final String SUSTAINABLE_INTENSITY = "sustainable_capex_intensity";
    static final String BREAK_EVEN_MARGIN = "break_even_target_margin";
    /** Every member of a scenario object, in the order files are written. */
    static final List<String> FIELDS = List.of(NAME, DESCRIPTION, ASSERTED_BY, SOURCE_URL, POLICY, COMPANY_OVERRIDES,
            SHORT_LIVED_SHARE, LONG_LIVED_LIFE_YEARS, IN_SERVICE_LAG_YEARS, CONVENTION, CAPEX_GROWTH, REVENUE_GROWTH,
            PROJECTION_END_YEAR, DEFAULT_TAX_RATE, RATIO_NUMERATOR, AI_SHARE_OF_CAPEX, AI_REVENUE_BASIS,
            AI_REVENUE_ENTITIES, GPU_SHARE, END_USER_MARGIN, SUSTAINABLE_INTENSITY, BREAK_EVEN_MARGIN,
            PublishedInputsJson.MEMBER, ScenarioJson.OVERSTATEMENT_MIN_SHARE, UncertaintyJson.MEMBER,
            GpuLifeJson.MEMBER, ScenarioJson.COMPANY_SHORT_LIVED_SHARES);
    /** Issue 14: the share of net income below which an adjusted net income gives "n/m", not a percentage. */
    static final String OVERSTATEMENT_MIN_SHARE = "overstatement_min_adjusted_share";
    /** Issue 14: whether companies' own short-lived shares replace the scenario's share for them (default true). */
    static final String COMPANY_SHORT_LIVED_SHARES = "company_short_lived_shares";

    static final String TYPE = "type";
    static final String LIFE_YEARS = "life_years";
    static final String FROM_YEAR = "from_year";
    static final String REPORTED = "reported";
    static final String UNIFORM = "uniform";
    static final String SWITCH = "switch";

    private ScenarioJson() {
    }

    /**
     * Loads a scenario file.
     *
     * @param path  the JSON file, not {@code null}.
     * @return the scenario.
     * @throws ImportException  {@link ImportException.Kind#IO} when the file cannot be read,
     *                          {@link ImportException.Kind#INVALID} with every problem found when it is not a valid
     *                          scenario.
     */
    public static Scenario read(Path path) throws ImportException {
        String file = fileName(path);
        return fromJson(JsonText.read(path, SHEET, MAX_BYTES, f -> Messages.get("scenario.json.tooLarge", f),
                f -> Messages.get("scenario.json.notText", f)), file);
    }

    /**
     * Saves a scenario atomically: to a temporary file in the same folder, then moved over {@code path}.
     *
     * @param scenario  the scenario, not {@code null}.
     * @param path      the file to write, not {@code null}; its folder must exist.
     * @throws WriteException  when the file cannot be written (the old file, if any, is then unchanged).
     */
    public static void write(Scenario scenario, Path path) throws WriteException {
        AtomicFiles.write(path, toJson(scenario).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The JSON text of a scenario: every member, in the order of the file format, two-space indented, ending in a
     * newline. Whole numbers are written without a decimal point.
     *
     * @param scenario  the scenario, not {@code null}.
     * @return the text, which {@link #fromJson} reads back to an equal scenario.
     */
    public static String toJson(Scenario scenario) {
        ObjectNode o = toNode(scenario);
        try {
            return WRITER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings and finite numbers always serialises; this would be a bug.
            throw new IllegalStateException("could not serialise scenario " + scenario.name(), e);
        }
    }

    /** The scenario as a JSON object, members in file order (also embedded in export sidecars). */
    static ObjectNode toNode(Scenario scenario) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put(NAME, scenario.name());
        o.put(DESCRIPTION, scenario.description());
        o.put(ASSERTED_BY, scenario.assertedBy());
        o.put(SOURCE_URL, scenario.sourceUrl());
        o.set(POLICY, policyNode(scenario.policy()));
        ObjectNode overrides = o.putObject(COMPANY_OVERRIDES);
        new TreeMap<>(scenario.companyOverrides()).forEach((company, p) -> overrides.set(company, policyNode(p)));
        number(o, SHORT_LIVED_SHARE, scenario.shortLivedShare());
        number(o, LONG_LIVED_LIFE_YEARS, scenario.longLivedLifeYears());
        o.put(IN_SERVICE_LAG_YEARS, scenario.inServiceLagYears());
        o.put(CONVENTION, scenario.convention().name().toLowerCase(Locale.ROOT));
        number(o, CAPEX_GROWTH, scenario.capexGrowth());
        number(o, REVENUE_GROWTH, scenario.revenueGrowth());
        o.put(PROJECTION_END_YEAR, scenario.projectionEndYear());
        number(o, DEFAULT_TAX_RATE, scenario.defaultTaxRate());
        o.put(RATIO_NUMERATOR, scenario.ratioNumerator().name().toLowerCase(Locale.ROOT));
        number(o, AI_SHARE_OF_CAPEX, scenario.aiShareOfCapex());
        o.put(AI_REVENUE_BASIS, scenario.aiRevenueBasis().code());
        ArrayNode entities = o.putArray(AI_REVENUE_ENTITIES);
        scenario.aiRevenueEntities().forEach(entities::add);
        number(o, GPU_SHARE, scenario.gpuShareOfDataCenterCost());
        number(o, END_USER_MARGIN, scenario.endUserGrossMargin());
        number(o, SUSTAINABLE_INTENSITY, scenario.sustainableCapexIntensity());
        number(o, BREAK_EVEN_MARGIN, scenario.breakEvenTargetMargin());
        // Written only when present, so that a scenario without them saves exactly as before issue 10.
        scenario.published().ifPresent(p -> PublishedInputsJson.write(o, p));
        // Issue 14: written only when it is not the default, so that other scenarios save exactly as before.
        if (scenario.overstatementMinAdjustedShare() != Scenario.DEFAULT_OVERSTATEMENT_MIN_ADJUSTED_SHARE) {
            number(o, OVERSTATEMENT_MIN_SHARE, scenario.overstatementMinAdjustedShare());
        }
        // Issue 11: likewise only when the scenario has distributions.
        UncertaintyJson.write(o, scenario.uncertainty());
        // The GPU economic life's assumptions, likewise only when they are not the defaults.
        GpuLifeJson.write(o, scenario.gpuLife());
        // Issue 14: written only when off (the default is on), so that other scenarios save exactly as before.
        if (!scenario.companyShortLivedShares()) {
            o.put(COMPANY_SHORT_LIVED_SHARES, false);
        }
        return o;
    }

    /**
     * Reads a scenario from JSON text.
     *
     * @param json      the text, not {@code null}.
     * @param fileName  the file name used in messages and as the name when the text has none, not {@code null}.
     * @return the scenario.
     * @throws ImportException  {@link ImportException.Kind#INVALID} with every problem found.
     */
    public static Scenario fromJson(String json, String fileName) throws ImportException {
        Location root = new Location(fileName, SHEET, 0, "");
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw syntaxError(e, fileName);
        }
        if (node == null || node.isMissingNode()) {
            throw ImportException.invalid(root, Messages.get("scenario.json.empty", fileName));
        }
        if (!node.isObject()) {
            throw ImportException.invalid(root, Messages.get("scenario.json.notObject", found(node)));
        }
        return new ScenarioReader(fileName).scenario((ObjectNode) node, stem(fileName));
    }

    /**
     * Reads a scenario object found inside another file (an export sidecar); messages are located as the
     * scenario reader locates them, at {@code fileName:scenario::<member path>}.
     */
    static Scenario fromNode(ObjectNode node, String fileName) throws ImportException {
        return new ScenarioReader(fileName).scenario(node, stem(fileName));
    }

    private static ImportException syntaxError(JsonProcessingException e, String file) {
        LOG.log(Level.FINE, "JSON syntax error in " + file, e);
        String line = e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
        String column = e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getColumnNr());
        Matcher dup = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (dup.find() && e.getProcessor() instanceof JsonParser p) {
            String path = pointerToPath(p.getParsingContext().pathAsPointer().toString());
            if (path.isEmpty()) {
                path = dup.group(1);
            }
            return ImportException.invalid(new Location(file, SHEET, 0, path),
                    Messages.get("scenario.json.duplicate", path, line), e);
        }
        if (e instanceof MismatchedInputException) {
            return ImportException.invalid(new Location(file, SHEET, 0, ""),
                    Messages.get("scenario.json.trailing", line, column), e);
        }
        return ImportException.invalid(new Location(file, SHEET, 0, ""),
                Messages.get("scenario.json.syntax", line, column), e);
    }

    /** {@code /policy/type} to {@code policy.type}. */
    private static String pointerToPath(String pointer) {
        List<String> parts = new ArrayList<>();
        for (String s : pointer.split("/")) {
            if (!s.isEmpty()) {
                parts.add(s.replace("~1", "/").replace("~0", "~"));
            }
        }
        return String.join(".", parts);
    }

    private static ObjectNode policyNode(DepreciationPolicy policy) {
        ObjectNode p = MAPPER.createObjectNode();
        if (policy instanceof DepreciationPolicy.Uniform u) {
            p.put(TYPE, UNIFORM);
            number(p, LIFE_YEARS, u.lifeYears());
        } else if (policy instanceof DepreciationPolicy.SwitchTo s) {
            p.put(TYPE, SWITCH);
            number(p, LIFE_YEARS, s.lifeYears());
            p.put(FROM_YEAR, s.fromYear());
        } else {
            p.put(TYPE, REPORTED);
        }
        return p;
    }

    /** Whole numbers without ".0" (3 rather than 3.0) so that saved files read as people write them. */
    private static void number(ObjectNode o, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(field, (long) v);
        } else {
            o.put(field, v);
        }
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    private static String stem(String fileName) {
        String s = fileName.toLowerCase(Locale.ROOT).endsWith(".json")
                ? fileName.substring(0, fileName.length() - 5) : fileName;
        return s.isBlank() ? Scenario.defaults().name() : s;
    }

    /** How a JSON value is described in "found …" parts of messages. */
    static String found(JsonNode node) {
        if (node == null || node.isNull()) {
            return Messages.get("scenario.json.found.null");
        }
        if (node.isTextual()) {
            return Messages.get("scenario.json.found.text", node.textValue());
        }
        if (node.isArray()) {
            return Messages.get("scenario.json.found.list");
        }
        if (node.isObject()) {
            return Messages.get("scenario.json.found.object");
        }
        return node.asText();
    }
}
