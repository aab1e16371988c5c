package org.capexlens.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.json.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session files: missing or corrupt preferences fall back to defaults with a notice; the clean-exit logic. */
class SessionStoreTest {
    @TempDir
    Path home;

    @Test
    void missingPreferencesGiveTheDefaultsAndSaySo() {
        SessionStore.Loaded loaded = new SessionStore(home.resolve("new")).loadPreferences();
        assertEquals(Preferences.defaults(), loaded.preferences());
        assertEquals("First launch: default settings (they will be kept in "
                + home.resolve("new").resolve("preferences.json") + ")", loaded.notice());
    }

    @Test
    void corruptPreferencesGiveTheDefaultsAndANoticeNeverAnException() throws Exception {
        Files.writeString(home.resolve("preferences.json"), "{\"window\": {\"width\": \"wide\"");
        SessionStore.Loaded loaded = new SessionStore(home).loadPreferences();
        assertEquals(Preferences.defaults(), loaded.preferences());
        assertEquals("The preferences in " + home.resolve("preferences.json")
                + " could not be read (not valid JSON near line 1); starting with the default settings",
                loaded.notice());
    }

    @Test
    void savedPreferencesReadBackEqual() throws Exception {
        SessionStore store = new SessionStore(home.resolve("sub"));
        Preferences p = new Preferences(10.0, 20.0, 1300.0, 800.0, false, "dark", "/data/x.xlsx",
                List.of("/data/x.xlsx", "/data/y.csv"), Scenario.defaults().withPolicy(
                        new DepreciationPolicy.Uniform(3)));
        store.savePreferences(p);
        SessionStore.Loaded loaded = store.loadPreferences();
        assertEquals(p, loaded.preferences());
        assertEquals("", loaded.notice());
    }

    @Test
    void anAutosaveWithoutACleanExitIsOffered() throws Exception {
        SessionStore store = new SessionStore(home);
        assertFalse(store.startSession(), "first launch: nothing to restore");
        store.writeAutosave(Scenario.defaults().withName("Work"));
        // The session ends without markCleanExit (a crash): the next launch offers the autosave.
        assertTrue(store.startSession());
        assertEquals(Optional.of(Scenario.defaults().withName("Work")), store.readAutosave());
        store.markCleanExit();
        assertFalse(store.startSession(), "a clean exit: nothing to offer");
        assertTrue(store.startSession(), "the marker is gone while a session runs");
    }

    @Test
    void anUnreadableAutosaveIsIgnored() throws Exception {
        Files.writeString(home.resolve("autosave-scenario.json"), "not json");
        assertEquals(Optional.empty(), new SessionStore(home).readAutosave());
    }

    @Test
    void theHomeFollowsTheSystemProperty() {
        String before = System.getProperty(SessionStore.HOME_PROPERTY);
        try {
            System.setProperty(SessionStore.HOME_PROPERTY, home.toString());
            assertEquals(home, SessionStore.standard().home());
        } finally {
            if (before == null) {
                System.clearProperty(SessionStore.HOME_PROPERTY);
            } else {
                System.setProperty(SessionStore.HOME_PROPERTY, before);
            }
        }
    }
}
