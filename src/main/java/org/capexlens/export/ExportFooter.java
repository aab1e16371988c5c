package org.capexlens.export;

import java.time.LocalDate;
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

    public ExportFooter {
        sourceTitles = List.copyOf(sourceTitles);
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(appVersion, "appVersion");
    }

    /** The footer text, one paragraph. */
    public String text() {
        StringBuilder sb = new StringBuilder("Sources: ");
        if (sourceTitles.isEmpty()) {
            sb.append("none cited");
        } else {
            for (int i = 0; i < Math.min(MAX_TITLES, sourceTitles.size()); i++) {
                if (i > 0) {
                    sb.append("; ");
                }
                sb.append(sourceTitles.get(i));
            }
            if (sourceTitles.size() > MAX_TITLES) {
                sb.append("; and ").append(sourceTitles.size() - MAX_TITLES).append(" more (sources sheet)");
            }
        }
        sb.append(" \u00B7 Scenario: ").append(scenarioName);
        sb.append(" \u00B7 Data as of ").append(asOf == null ? "unknown" : asOf.toString());
        sb.append(" \u00B7 ").append(appVersion);
        return sb.toString();
    }

    /**
     * Adds the footer to {@code chart} in the theme's muted colour, as its first subtitle: JFreeChart lays out
     * subtitles from the edge inwards, so the first one at the bottom is the lowest, below a bottom legend.
     */
    public void addTo(JFreeChart chart, ChartTheme theme) {
        TextTitle footer = new TextTitle(text());
        footer.setFont(theme.smallFont().deriveFont(9.5f));
        footer.setPaint(theme.muted());
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.LEFT);
        footer.setPadding(new RectangleInsets(6, 10, 4, 10));
        footer.setMaximumLinesToDisplay(3);
        chart.addSubtitle(0, footer);
    }
}
