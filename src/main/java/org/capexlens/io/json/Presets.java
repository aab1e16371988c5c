package org.capexlens.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.text.Messages;

/**
 * The scenarios shipped with CapexLens (DESIGN §3.4), each a JSON file {@code <id>.json}: read from the folder
 * {@code data/scenarios/} when it holds the file (so that a user can edit a preset), else from the copy packaged in
 * the jar at {@code /org/capexlens/data/scenarios/<id>.json}. The ids are listed here because a class-path folder
 * cannot be listed.
 */
public final class Presets {
    /** Every preset id, in the order a picker shows them. */
    public static final List<String> IDS = List.of("as-reported", "burry-2-3y", "nvidia-4-6y", "sequoia-2023",
            "sequoia-2024", "bain-2030");
    /** The preset a session starts with. */
    public static final String DEFAULT_ID = "as-reported";

    private static final String RESOURCE_FOLDER = "/org/capexlens/data/scenarios/";
    private static final Logger LOG = Logger.getLogger(Presets.class.getName());

    private Presets() {
    }

    /** The folder presets are read from first: {@code data/scenarios} under the working directory. */
    public static Path defaultFolder() {
        return Path.of("data", "scenarios");
    }

    /** Whether {@code id} names a preset, e.g. {@code burry-2-3y}. */
    public static boolean isPreset(String id) {
        return IDS.contains(id);
    }

    /**
     * Loads a preset from {@link #defaultFolder()} or, when that has no such file, from the jar.
     *
     * @param id  one of {@link #IDS}, not {@code null}.
     * @return the scenario.
     * @throws ImportException  when the id is unknown, or the preset file is missing or invalid.
     */
    public static Scenario load(String id) throws ImportException {
        return load(id, defaultFolder());
    }

    /**
     * Loads a preset from {@code folder} or, when that has no such file, from the jar.
     *
     * @param id      one of {@link #IDS}, not {@code null}.
     * @param folder  the folder to look in first, not {@code null} (need not exist).
     * @return the scenario.
     * @throws ImportException  {@link ImportException.Kind#INVALID} for an unknown id or an invalid file,
     *                          {@link ImportException.Kind#IO} when the preset cannot be read.
     */
    public static Scenario load(String id, Path folder) throws ImportException {
        String file = id + ".json";
        if (!isPreset(id)) {
            throw ImportException.invalid(Location.ofFile(file),
                    Messages.get("scenario.json.presetUnknown", id, String.join(", ", IDS)));
        }
        Path onDisk = folder.resolve(file);
        if (Files.isRegularFile(onDisk)) {
            return ScenarioJson.read(onDisk);
        }
        try (InputStream in = Presets.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
            if (in == null) {
                throw ImportException.io(Location.ofFile(file), Messages.get("scenario.json.presetMissing", id),
                        null);
            }
            return ScenarioJson.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "reading preset " + id + " from the class path", e);
            throw ImportException.io(Location.ofFile(file), Messages.get("scenario.json.presetMissing", id), e);
        }
    }

    /**
     * Loads every preset.
     *
     * @param folder  the folder to look in first, not {@code null}.
     * @return id to scenario, in the order of {@link #IDS}; unmodifiable.
     * @throws ImportException  at the first preset that cannot be loaded.
     */
    public static Map<String, Scenario> all(Path folder) throws ImportException {
        Map<String, Scenario> map = new LinkedHashMap<>();
        for (String id : IDS) {
            map.put(id, load(id, folder));
        }
        return Collections.unmodifiableMap(map);
    }

    /** {@link #all(Path)} from {@link #defaultFolder()}. */
    public static Map<String, Scenario> all() throws ImportException {
        return all(defaultFolder());
    }
}
