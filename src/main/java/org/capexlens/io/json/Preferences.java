package org.capexlens.io.json;

import java.util.List;
import java.util.Objects;
import org.capexlens.scenario.Scenario;

/**
 * What the dashboard remembers between launches: window geometry, theme, the last dataset and scenario, recent
 * files. Saved and loaded as JSON by {@link PreferencesJson}. Immutable.
 *
 * @param windowX       left edge of the window in screen pixels, or {@code null} to let the system place it.
 * @param windowY       top edge, or {@code null}.
 * @param windowWidth   width in pixels, or {@code null} for the default size.
 * @param windowHeight  height in pixels, or {@code null} for the default size.
 * @param maximized     whether the window was maximised.
 * @param theme         {@code light} or {@code dark}; anything else is read as {@code light}.
 * @param lastDataset   absolute path of the last dataset opened, or {@code null}.
 * @param recentFiles   absolute paths of recently opened datasets, most recent first; never {@code null}.
 * @param lastScenario  the scenario in use when the app last closed, or {@code null}.
 */
public record Preferences(Double windowX, Double windowY, Double windowWidth, Double windowHeight,
        boolean maximized, String theme, String lastDataset, List<String> recentFiles, Scenario lastScenario) {

    /** The theme names written to the file. */
    public static final String LIGHT = "light";
    /** The dark theme's name. */
    public static final String DARK = "dark";

    public Preferences {
        theme = DARK.equals(theme) ? DARK : LIGHT;
        recentFiles = List.copyOf(Objects.requireNonNull(recentFiles, "recentFiles"));
    }

    /** No geometry, light theme, nothing remembered. */
    public static Preferences defaults() {
        return new Preferences(null, null, null, null, false, LIGHT, null, List.of(), null);
    }

    /** The same preferences with another window geometry. */
    public Preferences withWindow(double x, double y, double width, double height, boolean isMaximized) {
        return new Preferences(x, y, width, height, isMaximized, theme, lastDataset, recentFiles, lastScenario);
    }

    /** The same preferences with another theme ({@link #LIGHT} or {@link #DARK}). */
    public Preferences withTheme(String newTheme) {
        return new Preferences(windowX, windowY, windowWidth, windowHeight, maximized, newTheme, lastDataset,
                recentFiles, lastScenario);
    }

    /** The same preferences with another last dataset and recent-file list. */
    public Preferences withDataset(String dataset, List<String> recent) {
        return new Preferences(windowX, windowY, windowWidth, windowHeight, maximized, theme, dataset, recent,
                lastScenario);
    }

    /** The same preferences with another last scenario. */
    public Preferences withScenario(Scenario scenario) {
        return new Preferences(windowX, windowY, windowWidth, windowHeight, maximized, theme, lastDataset,
                recentFiles, scenario);
    }
}
