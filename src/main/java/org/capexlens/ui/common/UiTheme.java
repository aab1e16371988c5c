package org.capexlens.ui.common;

import org.capexlens.chart.ChartTheme;
import org.capexlens.io.json.Preferences;

/** The window's colour theme; charts follow it (exports always use {@link ChartTheme#PRINT}). */
public enum UiTheme {
    LIGHT(ChartTheme.LIGHT, Preferences.LIGHT),
    DARK(ChartTheme.DARK, Preferences.DARK);

    private final ChartTheme chartTheme;
    private final String code;

    UiTheme(ChartTheme chartTheme, String code) {
        this.chartTheme = chartTheme;
        this.code = code;
    }

    /** The chart theme that matches the window. */
    public ChartTheme chartTheme() {
        return chartTheme;
    }

    /** The name stored in the preferences file. */
    public String code() {
        return code;
    }

    /** The theme stored under {@code code}; {@link #LIGHT} for anything unknown. */
    public static UiTheme ofCode(String code) {
        return DARK.code.equals(code) ? DARK : LIGHT;
    }
}
