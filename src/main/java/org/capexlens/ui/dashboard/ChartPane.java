package org.capexlens.ui.dashboard;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.StackPane;
import org.capexlens.chart.ChartId;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * One chart on screen: a {@link ChartViewer} (zoom by dragging, pan with Ctrl+drag, mouse-wheel zoom, tooltips;
 * all built in) with our own context menu instead of the viewer's stock export menu (STYLE habit 10).
 *
 * <p>A chart is set into the viewer only while the pane is live (its tab selected); a hidden pane keeps the newest
 * chart and sets it when it is shown. A viewer draws the moment it gets a chart, so this keeps a change from
 * paying for ten charts when one tab of them is visible.
 */
final class ChartPane extends StackPane {
    private final ChartId chartId;
    private final ChartViewer viewer = new ChartViewer(null);
    private final ContextMenu menu = new ContextMenu();
    private JFreeChart pending;
    private boolean live;

    /**
     * @param chartId   which chart this pane shows.
     * @param items     the context menu's items (Copy chart, Copy data and any export items), not {@code null}.
     * @param onActive  told when the user clicks or focuses the chart (Edit ▸ Copy chart then copies it).
     */
    ChartPane(ChartId chartId, List<MenuItem> items, Consumer<ChartId> onActive) {
        this.chartId = Objects.requireNonNull(chartId, "chartId");
        CanvasPaintFix.install(viewer.getCanvas());
        viewer.setId("chart-" + chartId.id());
        viewer.getStyleClass().add("chart-viewer");
        viewer.setAccessibleText(chartId.description());
        getStyleClass().add("chart-pane");
        menu.getItems().setAll(items);
        menu.setOnShowing(e -> viewer.getCanvas().setTooltipEnabled(false));
        menu.setOnHiding(e -> viewer.getCanvas().setTooltipEnabled(true));
        // Replaces the viewer's own handler and with it the stock "Export As" menu.
        viewer.setOnContextMenuRequested(e -> {
            onActive.accept(chartId);
            menu.show(viewer, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        viewer.setOnMousePressed(e -> onActive.accept(chartId));
        viewer.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                onActive.accept(chartId);
            }
        });
        setMinSize(160, 120);
        getChildren().add(viewer);
    }

    /** Adds items at the end of the context menu, after a separator. */
    void addMenuItems(List<MenuItem> more) {
        if (!more.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(more);
        }
    }

    /** The context menu (for tests). */
    ContextMenu contextMenu() {
        return menu;
    }

    /** The chart this pane shows. */
    ChartId chartId() {
        return chartId;
    }

    /** The viewer (for tests and for the copy size). */
    ChartViewer viewer() {
        return viewer;
    }

    /** Shows {@code chart} now when live, else when the pane next becomes live. */
    void show(JFreeChart chart) {
        if (live) {
            pending = null;
            viewer.setChart(chart);
        } else {
            pending = chart;
        }
    }

    /** Whether the pane is visible (its tab selected); becoming live sets a chart that arrived meanwhile. */
    void setLive(boolean isLive) {
        live = isLive;
        if (live && pending != null) {
            JFreeChart c = pending;
            pending = null;
            viewer.setChart(c);
        }
    }
}
