package org.capexlens.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.Uncertainty;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.Location;
import org.capexlens.io.WriteException;
import org.capexlens.text.Messages;

/**
 * Export sidecars: {@code <exported file>.capexlens.json}, a small JSON file saying exactly what an exported chart
 * was made from (dataset file, path and SHA-256, the full scenario, chart ids and settings, size, scale, DPI,
 * format, locale, app version), so that {@code render --from} can draw the same file again (DESIGN §5).
 *
 * <p>This class knows the file format only; chart ids, formats and axis names are kept as the text written in the
 * file and checked by the export layer, which knows what they mean. Reading is strict: an unknown member, a value
 * of the wrong type, a missing member or broken JSON each give a message located at
 * {@code file:sidecar::<member path>}; problems inside the embedded scenario are located at
 * {@code file:sidecar::scenario.<member path>}.
 */
public final class SidecarJson {
    /** Appended to an exported file's name to name its sidecar. */
    public static final String SUFFIX = ".capexlens.json";
    /** The sheet part of every message's location. */
    public static final String SHEET = "sidecar";
    /** The version of the format this class writes and reads. */
    public static final int VERSION = 1;
    /** Larger files are refused before parsing: a sidecar is a few kilobytes. */
    static final long MAX_BYTES = 1 << 20;

    private static final Logger LOG = Logger.getLogger(SidecarJson.class.getName());
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // A number or true/false where text belongs is a mistake, not a file name "3".
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer,
                    CoercionAction.Fail).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /**
     * What the sensitivity and vintage charts looked at, as written in the file.
     *
     * @param marginYear      fiscal year of the margin curves and the heatmap.
     * @param vintageCompany  company of the vintage chart, or {@code null} for the first with data.
     * @param gridRows        the heatmap's row axis, e.g. {@code short_lived_share}, not {@code null}.
     * @param gridColumns     the heatmap's column axis, e.g. {@code life}, not {@code null}.
     * @param tornadoFrom     first fiscal year of the tornado's output.
     * @param tornadoTo       last fiscal year of it.
     */
    public record Settings(int marginYear, String vintageCompany, String gridRows, String gridColumns,
            int tornadoFrom, int tornadoTo) {
        public Settings {
            Objects.requireNonNull(gridRows, "gridRows");
            Objects.requireNonNull(gridColumns, "gridColumns");
        }
    }

    /**
     * One sidecar.
     *
     * @param file           the exported file's name (no folder), not {@code null}.
     * @param format         {@code png}, {@code svg} or {@code pdf}, not {@code null}.
     * @param charts         chart ids in file order (several only for a multi-page PDF), not empty.
     * @param width          logical width (PNG pixels at scale 1, SVG user units, PDF points).
     * @param height         logical height.
     * @param scale          PNG pixel-density multiplier (1 for SVG and PDF).
     * @param dpi            dots per inch written into the PNG.
     * @param locale         BCP 47 tag of the number formats, e.g. {@code en-US}, not {@code null}.
     * @param appVersion     the version of CapexLens that wrote it, not {@code null}.
     * @param datasetFile    the dataset's file name, not {@code null}.
     * @param datasetPath    where the dataset was when exported (absolute), not {@code null}.
     * @param datasetSha256  SHA-256 of the dataset, 64 lower-case hex digits, not {@code null}.
     * @param settings       the chart settings, not {@code null}.
     * @param scenario       the full scenario, not {@code null}.
     * @param compared       the scenarios a Compare chart set beside it (issue 11), empty when the file has no
     *                       Compare chart or nothing was compared.
     * @param simulation     the simulation a fan chart drew (issue 11), or {@code null} when the file has no fan
     *                       chart or no simulation had run.
     */
    public record Sidecar(String file, String format, List<String> charts, int width, int height, double scale,
            int dpi, String locale, String appVersion, String datasetFile, String datasetPath, String datasetSha256,
            Settings settings, Scenario scenario, List<Scenario> compared, Simulation simulation) {
        public Sidecar {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(format, "format");
            charts = List.copyOf(charts);
            if (charts.isEmpty()) {
                throw new IllegalArgumentException("a sidecar names at least one chart");
            }
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(appVersion, "appVersion");
            Objects.requireNonNull(datasetFile, "datasetFile");
            Objects.requireNonNull(datasetPath, "datasetPath");
            Objects.requireNonNull(datasetSha256, "datasetSha256");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(scenario, "scenario");
            compared = compared == null ? List.of() : List.copyOf(compared);
        }

        /** A sidecar without a comparison or a simulation (every sidecar before issue 11). */
        public Sidecar(String file, String format, List<String> charts, int width, int height, double scale,
                int dpi, String locale, String appVersion, String datasetFile, String datasetPath,
                String datasetSha256, Settings settings, Scenario scenario) {
            this(file, format, charts, width, height, scale, dpi, locale, appVersion, datasetFile, datasetPath,
                    datasetSha256, settings, scenario, List.of(), null);
        }
    }

    /**
     * The settings of the simulation a fan chart drew (issue 11): run again with them, the same dataset and
     * scenario give the same fan.
     *
     * @param runs           the number of runs, positive.
     * @param seed           the seed.
     * @param from           first fiscal year of the ΔD window.
     * @param to             last fiscal year of it.
     * @param distributions  the distributions drawn, not {@code null}.
     */
    public record Simulation(int runs, long seed, int from, int to, Uncertainty distributions) {
        public Simulation {
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be positive: " + runs);
            }
            Objects.requireNonNull(distributions, "distributions");
        }
    }

    private SidecarJson() {
    }

    /** The sidecar of an exported file: the same folder, the file name with {@link #SUFFIX} appended. */
    public static Path pathFor(Path exported) {
        return exported.resolveSibling(exported.getFileName() + SUFFIX);
    }

    /**
     * The JSON text of a sidecar, two-space indented, ending in a newline.
     *
     * @param sidecar  not {@code null}.
     * @return the text, which {@link #fromJson} reads back to an equal sidecar.
     */
    public static String toJson(Sidecar sidecar) {
        Settings s = sidecar.settings();
        SidecarDto dto = new SidecarDto(VERSION, sidecar.file(), sidecar.format(), sidecar.charts(), sidecar.width(),
                sidecar.height(), sidecar.scale(), sidecar.dpi(), sidecar.locale(), sidecar.appVersion(),
                new SidecarDto.DatasetDto(sidecar.datasetFile(), sidecar.datasetPath(), sidecar.datasetSha256()),
                new SidecarDto.SettingsDto(s.marginYear(), s.vintageCompany(), s.gridRows(), s.gridColumns(),
                        s.tornadoFrom(), s.tornadoTo()),
                ScenarioJson.toNode(sidecar.scenario()), compared(sidecar.compared()),
                simulation(sidecar.simulation()));
        try {
            return WRITER.writeValueAsString(dto) + "\n";
        } catch (JsonProcessingException e) {
            // Strings, finite numbers and a scenario tree always serialise; this would be a bug.
            throw new IllegalStateException("could not serialise the sidecar of " + sidecar.file(), e);
        }
    }

    private static List<JsonNode> compared(List<Scenario> compared) {
        List<JsonNode> out = new ArrayList<>();
        compared.forEach(c -> out.add(ScenarioJson.toNode(c)));
        return out;
    }

    private static SidecarDto.SimulationDto simulation(Simulation s) {
        if (s == null) {
            return null;
        }
        ObjectNode holder = MAPPER.createObjectNode();
        UncertaintyJson.write(holder, s.distributions());
        JsonNode d = holder.get(UncertaintyJson.MEMBER);
        return new SidecarDto.SimulationDto(s.runs(), s.seed(), s.from(), s.to(),
                d == null ? MAPPER.createObjectNode() : d);
    }

    /**
     * Writes a sidecar atomically.
     *
     * @param sidecar  not {@code null}.
     * @param path     the file to write, not {@code null}; its folder must exist.
     * @throws WriteException  with a plain message naming the path; the old file, if any, is unchanged.
     */
    public static void write(Sidecar sidecar, Path path) throws WriteException {
        AtomicFiles.write(path, toJson(sidecar).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a sidecar file.
     *
     * @param path  not {@code null}.
     * @return the sidecar.
     * @throws ImportException  {@link ImportException.Kind#IO} when the file cannot be read,
     *                          {@link ImportException.Kind#INVALID} with located messages when it is not a sidecar.
     */
    public static Sidecar read(Path path) throws ImportException {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        return fromJson(JsonText.read(path, SHEET, MAX_BYTES, f -> Messages.get("sidecar.json.tooLarge", f),
                f -> Messages.get("sidecar.json.notText", f)), file);
    }

    /**
     * Reads a sidecar from JSON text.
     *
     * @param json      the text, not {@code null}.
     * @param fileName  the file name used in messages, not {@code null}.
     * @return the sidecar.
     * @throws ImportException  {@link ImportException.Kind#INVALID} with located messages.
     */
    public static Sidecar fromJson(String json, String fileName) throws ImportException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            LOG.log(Level.FINE, "JSON syntax error in " + fileName, e);
            String line = e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
            String column = e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getColumnNr());
            throw invalid(fileName, "", Messages.get("sidecar.json.syntax", line, column), e);
        }
        if (node == null || node.isMissingNode()) {
            throw invalid(fileName, "", Messages.get("sidecar.json.empty", fileName), null);
        }
        if (!node.isObject()) {
            throw invalid(fileName, "", Messages.get("sidecar.json.notObject", ScenarioJson.found(node)), null);
        }
        SidecarDto dto;
        try {
            dto = MAPPER.treeToValue(node, SidecarDto.class);
        } catch (UnrecognizedPropertyException e) {
            LOG.log(Level.FINE, "unknown member in " + fileName, e);
            String path = path(e, true);
            String member = path.isEmpty() ? e.getPropertyName() : path + "." + e.getPropertyName();
            List<String> known = new ArrayList<>();
            e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            throw invalid(fileName, member, Messages.get("sidecar.json.unknownField", member,
                    String.join(", ", new TreeSet<>(known))), e);
        } catch (MismatchedInputException e) {
            LOG.log(Level.FINE, "wrong type in " + fileName, e);
            String member = path(e, false);
            throw invalid(fileName, member, Messages.get("sidecar.json.wrongType", member,
                    expected(e.getTargetType())), e);
        } catch (JsonProcessingException e) {
            LOG.log(Level.FINE, "unreadable sidecar " + fileName, e);
            throw invalid(fileName, "", Messages.get("sidecar.json.notSidecar", fileName), e);
        }
        return toSidecar(dto, fileName);
    }

    private static Sidecar toSidecar(SidecarDto d, String fileName) throws ImportException {
        List<ImportMessage> errors = new ArrayList<>();
        Missing missing = new Missing(fileName, errors);
        String text = Messages.get("scenario.json.type.text");
        String whole = Messages.get("scenario.json.type.wholeNumber");
        String number = Messages.get("scenario.json.type.number");
        missing.check(d.version(), "capexlens_sidecar", whole);
        if (d.version() != null && d.version() > VERSION) {
            errors.add(ImportMessage.error(new Location(fileName, SHEET, 0, "capexlens_sidecar"),
                    Messages.get("sidecar.json.newerVersion", String.valueOf(d.version()),
                            String.valueOf(VERSION))));
        } else if (d.version() != null && d.version() < 1) {
            errors.add(ImportMessage.error(new Location(fileName, SHEET, 0, "capexlens_sidecar"),
                    Messages.get("sidecar.json.badVersion", String.valueOf(d.version()))));
        }
        missing.check(d.file(), "file", text);
        missing.check(d.format(), "format", text);
        missing.check(d.charts(), "charts", Messages.get("sidecar.json.type.charts"));
        if (d.charts() != null && (d.charts().isEmpty() || d.charts().contains(null))) {
            errors.add(ImportMessage.error(new Location(fileName, SHEET, 0, "charts"),
                    Messages.get("sidecar.json.noCharts")));
        }
        missing.check(d.width(), "width", whole);
        missing.check(d.height(), "height", whole);
        missing.check(d.scale(), "scale", number);
        missing.check(d.dpi(), "dpi", whole);
        missing.check(d.locale(), "locale", text);
        missing.check(d.appVersion(), "app_version", text);
        missing.check(d.dataset(), "dataset", Messages.get("sidecar.json.type.dataset"));
        if (d.dataset() != null) {
            missing.check(d.dataset().file(), "dataset.file", text);
            missing.check(d.dataset().path(), "dataset.path", text);
            missing.check(d.dataset().sha256(), "dataset.sha256", Messages.get("sidecar.json.type.sha256"));
            if (d.dataset().sha256() != null && !SHA256.matcher(d.dataset().sha256()).matches()) {
                errors.add(ImportMessage.error(new Location(fileName, SHEET, 0, "dataset.sha256"),
                        Messages.get("sidecar.json.badSha256", d.dataset().sha256())));
            }
        }
        missing.check(d.chartSettings(), "chart_settings", Messages.get("sidecar.json.type.settings"));
        SidecarDto.SettingsDto s = d.chartSettings();
        if (s != null) {
            missing.check(s.marginYear(), "chart_settings.margin_year", whole);
            missing.check(s.gridRows(), "chart_settings.grid_rows", text);
            missing.check(s.gridColumns(), "chart_settings.grid_columns", text);
            missing.check(s.tornadoFrom(), "chart_settings.tornado_from", whole);
            missing.check(s.tornadoTo(), "chart_settings.tornado_to", whole);
        }
        missing.check(d.scenario(), "scenario", Messages.get("sidecar.json.type.scenario"));
        Scenario scenario = null;
        if (d.scenario() != null && !d.scenario().isObject()) {
            errors.add(ImportMessage.error(new Location(fileName, SHEET, 0, "scenario"),
                    Messages.get("sidecar.json.wrongType", "scenario",
                            Messages.get("sidecar.json.type.scenario"))));
        } else if (d.scenario() != null) {
            try {
                scenario = ScenarioJson.fromNode((ObjectNode) d.scenario(), fileName);
            } catch (ImportException e) {
                for (ImportMessage m : e.messages()) {
                    String column = m.location().column().isEmpty() ? "scenario"
                            : "scenario." + m.location().column();
                    errors.add(new ImportMessage(m.severity(), new Location(fileName, SHEET, 0, column),
                            m.message()));
                }
            }
        }
        List<Scenario> compared = readCompared(d.compared(), fileName, errors);
        Simulation simulation = readSimulation(d.simulation(), fileName, errors, missing);
        if (!errors.isEmpty()) {
            throw new ImportException(ImportException.Kind.INVALID, errors);
        }
        return new Sidecar(d.file(), d.format(), d.charts(), d.width(), d.height(), d.scale(), d.dpi(), d.locale(),
                d.appVersion(), d.dataset().file(), d.dataset().path(), d.dataset().sha256(),
                new Settings(s.marginYear(), s.vintageCompany(), s.gridRows(), s.gridColumns(), s.tornadoFrom(),
                        s.tornadoTo()),
                scenario, compared, simulation);
    }

    /** The compared scenarios, problems located at {@code compared[i].<member>}. */
    private static List<Scenario> readCompared(List<JsonNode> nodes, String fileName, List<ImportMessage> errors) {
        List<Scenario> out = new ArrayList<>();
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            String at = "compared[" + i + "]";
            JsonNode n = nodes.get(i);
            if (n == null || !n.isObject()) {
                errors.add(ImportMessage.error(new Location(fileName, SHEET, 0, at), Messages.get(
                        "sidecar.json.wrongType", at, Messages.get("sidecar.json.type.scenario"))));
                continue;
            }
            try {
                out.add(ScenarioJson.fromNode((ObjectNode) n, fileName));
            } catch (ImportException e) {
                for (ImportMessage m : e.messages()) {
                    String column = m.location().column().isEmpty() ? at : at + "." + m.location().column();
                    errors.add(new ImportMessage(m.severity(), new Location(fileName, SHEET, 0, column),
                            m.message()));
                }
            }
        }
        return out;
    }

    /** The simulation settings, problems located at {@code simulation.<member>}. */
    private static Simulation readSimulation(SidecarDto.SimulationDto d, String fileName, List<ImportMessage> errors,
            Missing missing) {
        if (d == null) {
            return null;
        }
        String whole = Messages.get("scenario.json.type.wholeNumber");
        missing.check(d.runs(), "simulation.runs", whole);
        missing.check(d.seed(), "simulation.seed", whole);
        missing.check(d.from(), "simulation.from", whole);
        missing.check(d.to(), "simulation.to", whole);
        Uncertainty u = d.distributions() == null ? Uncertainty.NONE : new UncertaintyJson((path, message) ->
                errors.add(ImportMessage.error(new Location(fileName, SHEET, 0, "simulation.distributions"
                        + path.substring(UncertaintyJson.MEMBER.length())), message))).read(d.distributions());
        if (d.runs() != null && d.runs() < 1) {
            errors.add(ImportMessage.error(new Location(fileName, SHEET, 0, "simulation.runs"),
                    Messages.get("sidecar.json.badRuns", String.valueOf(d.runs()))));
            return null;
        }
        if (d.runs() == null || d.seed() == null || d.from() == null || d.to() == null) {
            return null;
        }
        return new Simulation(d.runs(), d.seed(), d.from(), d.to(), u);
    }

    /** Collects "member is missing" errors. */
    private record Missing(String fileName, List<ImportMessage> errors) {
        void check(Object value, String member, String expected) {
            if (value == null) {
                errors.add(ImportMessage.error(new Location(fileName, SHEET, 0, member),
                        Messages.get("sidecar.json.missing", member, expected)));
            }
        }
    }

    private static ImportException invalid(String file, String member, String message, Throwable cause) {
        return ImportException.invalid(new Location(file, SHEET, 0, member), message, cause);
    }

    /** The member path of a binding error, e.g. {@code chart_settings.margin_year} or {@code charts[1]}. */
    private static String path(JsonMappingException e, boolean parentOnly) {
        List<JsonMappingException.Reference> refs = e.getPath();
        int n = parentOnly ? refs.size() - 1 : refs.size();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            JsonMappingException.Reference r = refs.get(i);
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return Messages.get("scenario.json.type.wholeNumber");
        }
        if (type == Double.class || type == double.class) {
            return Messages.get("scenario.json.type.number");
        }
        if (type == String.class) {
            return Messages.get("scenario.json.type.text");
        }
        if (type != null && List.class.isAssignableFrom(type)) {
            return Messages.get("sidecar.json.type.charts");
        }
        return Messages.get("sidecar.json.type.object");
    }
}
