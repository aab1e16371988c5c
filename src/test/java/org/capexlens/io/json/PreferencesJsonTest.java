package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.ImportException;
import org.junit.jupiter.api.Test;

class PreferencesJsonTest {

    @Test
    void roundTripsEveryField() throws ImportException {
        Preferences p = new Preferences(12.0, 34.5, 1400.0, 860.0, true, "dark", "/home/me/data.xlsx",
                List.of("/home/me/data.xlsx", "/home/me/csv"),
                Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(2.5)).withName("Mine"));
        assertEquals(p, PreferencesJson.fromJson(PreferencesJson.toJson(p), "preferences.json"));
        assertEquals(Preferences.defaults(),
                PreferencesJson.fromJson(PreferencesJson.toJson(Preferences.defaults()), "preferences.json"));
    }

    @Test
    void unknownMembersAreIgnoredAndAnUnknownThemeIsLight() throws ImportException {
        Preferences p = PreferencesJson.fromJson("{\"theme\": \"sepia\", \"export_folder\": \"/tmp\"}", "p.json");
        assertEquals(Preferences.defaults(), p);
    }

    @Test
    void aWrongTypeIsLocatedAtItsMember() {
        ImportException e = assertThrows(ImportException.class,
                () -> PreferencesJson.fromJson("{\"window\": {\"width\": -5, \"height\": 700}}", "p.json"));
        assertEquals("p.json:preferences::window.width: window.width must be a number greater than 0",
                e.firstError().format());
        e = assertThrows(ImportException.class,
                () -> PreferencesJson.fromJson("{\"recent_files\": [1, 2]}", "p.json"));
        assertEquals("p.json:preferences::recent_files: recent_files must be a list of file paths",
                e.firstError().format());
    }

    @Test
    void brokenJsonAndNonObjectsAreInvalid() {
        ImportException e = assertThrows(ImportException.class,
                () -> PreferencesJson.fromJson("{\n\"theme\": ", "p.json"));
        assertEquals("p.json:preferences::: not valid JSON near line 2", e.firstError().format());
        e = assertThrows(ImportException.class, () -> PreferencesJson.fromJson("[]", "p.json"));
        assertEquals("p.json:preferences::: expected a JSON object of preferences", e.firstError().format());
    }

    @Test
    void anInvalidLastScenarioMakesTheFileInvalid() {
        ImportException e = assertThrows(ImportException.class, () -> PreferencesJson.fromJson(
                "{\"last_scenario\": {\"short_lived_share\": 7}}", "p.json"));
        assertEquals("p.json", e.firstError().location().file());
    }
}
