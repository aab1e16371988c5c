package org.capexlens.ui.dashboard;

import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.capexlens.chart.ChartId;

/**
 * The hook for chart and result exports (File ▸ Export chart…, Export all charts…, Export results…): whoever
 * implements it supplies {@link DashboardAction}s; the dashboard places them and gives them what they need through a
 * {@link Context}. The dashboard itself only copies (Copy chart, Copy data); {@link #NONE} adds nothing, so no
 * menu shows an item that does not work.
 */
public interface ChartActions {

    /** What export actions can see when they run (on the FX thread). */
    interface Context {
        /** The latest computed figures and charts, if any (charts themed for the screen). */
        Optional<Computed> computed();

        /** The chart the user last clicked or focused, else the first chart of the selected tab, if any. */
        Optional<ChartId> activeChart();

        /** The main window, for file choosers and dialogs. */
        Window window();
    }

    /** Items inserted into the File menu after Save scenario… (e.g. Export chart…, Export all charts…). */
    default List<DashboardAction> fileMenuActions(Context context) {
        return List.of();
    }

    /** Items appended to a chart's context menu after Copy chart and Copy data (e.g. Export this chart…). */
    default List<DashboardAction> chartMenuActions(ChartId chart, Context context) {
        return List.of();
    }

    /** No export actions. */
    ChartActions NONE = new ChartActions() {
    };
}
