package org.capexlens.ui.dashboard;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/** The chart tabs' layout: charts in equal cells. */
final class ChartGrid {
    private ChartGrid() {
    }

    /** Charts in a grid of {@code columns}; the first chart spans the whole first row when there are three. */
    static GridPane of(int columns, ChartPane... charts) {
        GridPane g = new GridPane();
        g.getStyleClass().add("chart-grid");
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().add(cc);
        }
        int rows = charts.length == 3 && columns == 2 ? 2 : (charts.length + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            g.getRowConstraints().add(rc);
        }
        if (charts.length == 3 && columns == 2) {
            g.add(charts[0], 0, 0, 2, 1);
            g.add(charts[1], 0, 1);
            g.add(charts[2], 1, 1);
        } else {
            for (int i = 0; i < charts.length; i++) {
                g.add(charts[i], i % columns, i / columns);
            }
        }
        return g;
    }
}
