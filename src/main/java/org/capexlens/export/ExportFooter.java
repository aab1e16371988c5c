package org.capexlens.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.capexlens.chart.ChartTheme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The footer every exported chart carries (issue 5): data sources (short titles), scenario name, as-of date of
 * the data and the app version, so a chart pasted into a report still says where its numbers come from.
 *
 * @param sourceTitles  short titles of the sources behind the chart, in order; may be empty.
 * @param scenarioName  the scenario's name, not blank.
 * @param asOf          the as-of date of the data (the newest dated source), or {@code null} when unknown.
 * @param appVersion    e.g. {@code CapexLens 0.1.0}.
 */
public record ExportFooter(List<String> sourceTitles, String scenarioName, LocalDate asOf, String appVersion) {
    /** How many source titles are listed before "and N more". */
    static final int MAX_TITLES = 4;
    private static final String SEPARATOR = " \u00B7 ";

    public ExportFooter {
        sourceTitles = List.copyOf(sourceTitles);
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(appVersion, "appVersion");
    }

    /** The footer text, one paragraph. */
    public String text() {
        return String.join("", atoms());
    }

    /**
     * The footer in the pieces a line may break between: each source title, then "Scenario: …", "Data as of …"
     * and the app, each with the separator that follows it.
     */
    List<String> atoms() {
        List<String> atoms = new ArrayList<>();
        if (sourceTitles.isEmpty()) {
            atoms.add("Sources: none cited" + SEPARATOR);
        } else {
            int shown = Math.min(MAX_TITLES, sourceTitles.size());
            for (int i = 0; i < shown; i++) {
                boolean last = i == shown - 1 && sourceTitles.size() <= MAX_TITLES;
                atoms.add((i == 0 ? "Sources: " : "") + sourceTitles.get(i) + (last ? SEPARATOR : "; "));
            }
            if (sourceTitles.size() > MAX_TITLES) {
                atoms.add("and " + (sourceTitles.size() - MAX_TITLES) + " more (sources sheet)" + SEPARATOR);
            }
        }
        atoms.add("Scenario: " + scenarioName + SEPARATOR);
        atoms.add("Data as of " + (asOf == null ? "unknown" : asOf.toString()) + SEPARATOR);
        atoms.add(appVersion);
        return atoms;
    }

    /**
     * Adds the footer to {@code chart} in the theme's muted colour, as its first subtitle: JFreeChart lays out
     * subtitles from the edge inwards, so the first one at the bottom is the lowest, below a bottom legend.
     */
    public void addTo(JFreeChart chart, ChartTheme theme) {
        TextTitle footer = new FooterTitle(atoms());
        footer.setFont(theme.smallFont().deriveFont(9.5f));
        footer.setPaint(theme.muted());
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.LEFT);
        footer.setTextAlignment(HorizontalAlignment.LEFT);
        footer.setPadding(new RectangleInsets(6, 10, 4, 10));
        footer.setMaximumLinesToDisplay(3);
        chart.addSubtitle(0, footer);
    }
}
