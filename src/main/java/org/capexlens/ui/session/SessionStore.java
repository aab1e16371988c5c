package org.capexlens.ui.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.ImportException;
import org.capexlens.io.WriteException;
import org.capexlens.io.json.Preferences;
import org.capexlens.io.json.PreferencesJson;
import org.capexlens.io.json.ScenarioJson;
import org.capexlens.text.Messages;

/**
 * The files the dashboard keeps between launches, all in one folder ({@code ${user.home}/.capexlens}, or the
 * folder named by the system property {@value #HOME_PROPERTY}):
 * <ul>
 * <li>{@code preferences.json}: window, theme, last dataset and scenario, recent files;</li>
 * <li>{@code autosave-scenario.json}: the working scenario, rewritten shortly after every change;</li>
 * <li>{@code clean-exit}: present only while no session is running; a launch that finds it missing next to an
 * autosave knows the last session ended without closing the window (a crash, a kill) and offers the autosave.</li>
 * </ul>
 * Every write is atomic ({@link AtomicFiles}); nothing here throws at the caller for a file it cannot read.
 */
public final class SessionStore {
    /** System property that moves the folder (tests use a temporary one). */
    public static final String HOME_PROPERTY = "capexlens.home";
    static final String PREFERENCES = "preferences.json";
    static final String AUTOSAVE = "autosave-scenario.json";
    static final String CLEAN_EXIT = "clean-exit";

    private static final Logger LOG = Logger.getLogger(SessionStore.class.getName());

    private final Path home;

    /** @param home  the folder; created on the first write when missing. */
    public SessionStore(Path home) {
        this.home = Objects.requireNonNull(home, "home");
    }

    /** The store in {@value #HOME_PROPERTY}, else {@code ${user.home}/.capexlens}. */
    public static SessionStore standard() {
        String dir = System.getProperty(HOME_PROPERTY);
        return new SessionStore(dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".capexlens"));
    }

    /** The folder. */
    public Path home() {
        return home;
    }

    /**
     * Preferences read at launch, and what to tell the user about them.
     *
     * @param preferences  what was read, or the defaults.
     * @param notice       a sentence for the status bar when the defaults had to be used, else empty.
     */
    public record Loaded(Preferences preferences, String notice) {
    }

    /** Reads the preferences; a missing or unreadable file gives the defaults and a notice, never an exception. */
    public Loaded loadPreferences() {
        Path file = home.resolve(PREFERENCES);
        if (!Files.exists(file)) {
            return new Loaded(Preferences.defaults(), Messages.get("ui.session.prefs.missing", file.toString()));
        }
        try {
            return new Loaded(PreferencesJson.read(file), "");
        } catch (ImportException e) {
            LOG.log(Level.WARNING, "preferences unreadable: " + e.firstError().format(), e.getCause());
            return new Loaded(Preferences.defaults(),
                    Messages.get("ui.session.prefs.corrupt", file.toString(), e.firstError().message()));
        }
    }

    /** Writes the preferences atomically. */
    public void savePreferences(Preferences prefs) throws WriteException {
        ensureHome();
        PreferencesJson.write(prefs, home.resolve(PREFERENCES));
    }

    /** Writes the autosave atomically. */
    public void writeAutosave(Scenario scenario) throws WriteException {
        ensureHome();
        ScenarioJson.write(scenario, home.resolve(AUTOSAVE));
    }

    /** The autosaved scenario, or empty when there is none or it cannot be read. */
    public Optional<Scenario> readAutosave() {
        Path file = home.resolve(AUTOSAVE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ScenarioJson.read(file));
        } catch (ImportException e) {
            LOG.log(Level.WARNING, "autosave unreadable: " + e.firstError().format(), e.getCause());
            return Optional.empty();
        }
    }

    /**
     * Starts a session: tells whether the previous one ended without a clean exit while leaving an autosave, and
     * removes the clean-exit marker until {@link #markCleanExit()}.
     *
     * @return {@code true} when the autosave should be offered.
     */
    public boolean startSession() {
        Path marker = home.resolve(CLEAN_EXIT);
        boolean unclean = !Files.exists(marker) && Files.isRegularFile(home.resolve(AUTOSAVE));
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove " + marker, e);
        }
        return unclean;
    }

    /** Leaves the clean-exit marker (the window was closed normally). */
    public void markCleanExit() throws WriteException {
        ensureHome();
        AtomicFiles.write(home.resolve(CLEAN_EXIT), "clean exit\n".getBytes(StandardCharsets.UTF_8));
    }

    private void ensureHome() throws WriteException {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not create " + home, e);
            throw new WriteException(home, Messages.get("write.noFolder", home.toString()), e);
        }
    }
}
