package org.capexlens.chart;

import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Tooltips written when the chart is built, when the chart function still knows each point's unit, status and
 * source: looked up by series key and item (XY) or by row and column key (category).
 */
final class TooltipTable implements XYToolTipGenerator, CategoryToolTipGenerator {
    private final Map<String, String> texts = new HashMap<>();

    void put(Comparable<?> series, int item, String text) {
        texts.put(series + "\u0000" + item, text);
    }

    void put(Comparable<?> row, Comparable<?> column, String text) {
        texts.put(row + "\u0001" + column, text);
    }

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        return texts.get(dataset.getSeriesKey(series) + "\u0000" + item);
    }

    @Override
    public String generateToolTip(CategoryDataset dataset, int row, int column) {
        return texts.get(dataset.getRowKey(row) + "\u0001" + dataset.getColumnKey(column));
    }
}
