package org.capexlens.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.io.WriteException;
import org.capexlens.text.Messages;

/**
 * Reads and writes {@link Preferences} as a small JSON object:
 * <pre>
 * {"window": {"x": 40, "y": 30, "width": 1400, "height": 860, "maximized": false},
 *  "theme": "dark", "last_dataset": "/home/me/data.xlsx", "recent_files": ["/home/me/data.xlsx"],
 *  "last_scenario": { ...a scenario object as in data/scenarios... }}
 * </pre>
 * Members this version does not know are ignored, so that a newer CapexLens can add some without breaking an older
 * one; a member of the wrong type makes the whole file invalid (the app then starts from the defaults and says so).
 */
public final class PreferencesJson {
    /** The sheet part of every message's location. */
    public static final String SHEET = "preferences";
    /** Larger files are refused: preferences are a few kilobytes. */
    static final long MAX_BYTES = 1 << 20;

    private static final Logger LOG = Logger.getLogger(PreferencesJson.class.getName());
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private PreferencesJson() {
    }

    /**
     * Reads a preferences file.
     *
     * @param path  the file, not {@code null}.
     * @return the preferences.
     * @throws ImportException  {@link ImportException.Kind#IO} when the file is missing or unreadable,
     *                          {@link ImportException.Kind#INVALID} when it is not valid preferences JSON.
     */
    public static Preferences read(Path path) throws ImportException {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isRegularFile(path) && Files.size(path) > MAX_BYTES) {
                throw ImportException.invalid(new Location(file, SHEET, 0, ""),
                        Messages.get("preferences.json.tooLarge", file));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw ImportException.io(Location.ofFile(file), Messages.get("import.file.notFound", path.toString()), e);
        } catch (IOException e) {
            LOG.log(Level.FINE, "reading " + path, e);
            throw ImportException.io(Location.ofFile(file), Messages.get("import.file.ioError", path.toString()), e);
        }
        return fromJson(new String(bytes, StandardCharsets.UTF_8), file);
    }

    /**
     * Parses preferences from JSON text.
     *
     * @param json      the text, not {@code null}.
     * @param fileName  the file name used in messages, not {@code null}.
     */
    public static Preferences fromJson(String json, String fileName) throws ImportException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            LOG.log(Level.FINE, "parsing " + fileName, e);
            String line = e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
            throw ImportException.invalid(new Location(fileName, SHEET, 0, ""),
                    Messages.get("preferences.json.syntax", line), e);
        }
        if (root == null || !root.isObject()) {
            throw ImportException.invalid(new Location(fileName, SHEET, 0, ""),
                    Messages.get("preferences.json.notObject"));
        }
        Preferences p = Preferences.defaults();
        Double x = null;
        Double y = null;
        Double width = null;
        Double height = null;
        boolean maximized = false;
        JsonNode window = root.get("window");
        if (window != null && !window.isNull()) {
            expect(window.isObject(), fileName, "window", Messages.get("preferences.json.type.object"));
            x = number(window, "x", fileName);
            y = number(window, "y", fileName);
            width = positive(number(window, "width", fileName), "window.width", fileName);
            height = positive(number(window, "height", fileName), "window.height", fileName);
            JsonNode m = window.get("maximized");
            if (m != null && !m.isNull()) {
                expect(m.isBoolean(), fileName, "window.maximized", Messages.get("preferences.json.type.boolean"));
                maximized = m.booleanValue();
            }
        }
        String theme = text(root, "theme", fileName);
        String lastDataset = text(root, "last_dataset", fileName);
        List<String> recent = new ArrayList<>();
        JsonNode list = root.get("recent_files");
        if (list != null && !list.isNull()) {
            expect(list.isArray(), fileName, "recent_files", Messages.get("preferences.json.type.list"));
            for (JsonNode item : list) {
                expect(item.isTextual(), fileName, "recent_files", Messages.get("preferences.json.type.list"));
                recent.add(item.textValue());
            }
        }
        Scenario scenario = null;
        JsonNode s = root.get("last_scenario");
        if (s != null && !s.isNull()) {
            expect(s.isObject(), fileName, "last_scenario", Messages.get("preferences.json.type.object"));
            scenario = ScenarioJson.fromJson(s.toString(), fileName);
        }
        return new Preferences(x, y, width, height, maximized, theme == null ? p.theme() : theme, lastDataset,
                recent, scenario);
    }

    /**
     * Writes preferences atomically (temporary file, then moved over {@code path}).
     *
     * @throws WriteException  when the file cannot be written; the old file is then unchanged.
     */
    public static void write(Preferences prefs, Path path) throws WriteException {
        AtomicFiles.write(path, toJson(prefs).getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON text of the preferences, two-space indented, ending in a newline. */
    public static String toJson(Preferences prefs) {
        ObjectNode o = MAPPER.createObjectNode();
        if (prefs.windowWidth() != null && prefs.windowHeight() != null) {
            ObjectNode w = o.putObject("window");
            if (prefs.windowX() != null && prefs.windowY() != null) {
                w.put("x", prefs.windowX());
                w.put("y", prefs.windowY());
            }
            w.put("width", prefs.windowWidth());
            w.put("height", prefs.windowHeight());
            w.put("maximized", prefs.maximized());
        }
        o.put("theme", prefs.theme());
        if (prefs.lastDataset() != null) {
            o.put("last_dataset", prefs.lastDataset());
        }
        ArrayNode recent = o.putArray("recent_files");
        prefs.recentFiles().forEach(recent::add);
        if (prefs.lastScenario() != null) {
            try {
                o.set("last_scenario", MAPPER.readTree(ScenarioJson.toJson(prefs.lastScenario())));
            } catch (JsonProcessingException e) {
                // toJson writes what readTree reads; failing here is a bug, not a user error.
                throw new IllegalStateException("scenario JSON could not be re-read", e);
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("preferences could not be written as JSON", e);
        }
    }

    private static void expect(boolean ok, String file, String member, String expected) throws ImportException {
        if (!ok) {
            throw ImportException.invalid(new Location(file, SHEET, 0, member),
                    Messages.get("preferences.json.wrongType", member, expected));
        }
    }

    private static Double number(JsonNode parent, String member, String file) throws ImportException {
        JsonNode n = parent.get(member);
        if (n == null || n.isNull()) {
            return null;
        }
        expect(n.isNumber() && Double.isFinite(n.doubleValue()), file, "window." + member,
                Messages.get("preferences.json.type.number"));
        return n.doubleValue();
    }

    private static Double positive(Double v, String member, String file) throws ImportException {
        expect(v == null || v > 0, file, member, Messages.get("preferences.json.type.positive"));
        return v;
    }

    private static String text(JsonNode parent, String member, String file) throws ImportException {
        JsonNode n = parent.get(member);
        if (n == null || n.isNull()) {
            return null;
        }
        expect(n.isTextual(), file, member, Messages.get("preferences.json.type.text"));
        return n.textValue();
    }
}
