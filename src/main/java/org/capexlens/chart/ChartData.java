package org.capexlens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * A chart's series as tab-separated text with a header row, for Edit ▸ Copy data: what a user pastes into a
 * spreadsheet is exactly what the chart draws. Numbers use a '.' decimal point and no grouping, so every
 * spreadsheet reads them as numbers.
 */
public final class ChartData {
    private ChartData() {
    }

    /** The chart's data as TSV; an empty string for a chart without data. */
    public static String toTsv(JFreeChart chart) {
        Plot plot = chart.getPlot();
        if (plot instanceof CategoryPlot cat) {
            StringBuilder sb = new StringBuilder();
            for (int d = 0; d < cat.getDatasetCount(); d++) {
                CategoryDataset data = cat.getDataset(d);
                if (data != null && data.getRowCount() > 0) {
                    category(data, cat.getDomainAxis() == null ? null : cat.getDomainAxis().getLabel(), sb);
                }
            }
            return sb.toString();
        }
        if (plot instanceof XYPlot xy) {
            StringBuilder sb = new StringBuilder();
            for (int d = 0; d < xy.getDatasetCount(); d++) {
                XYDataset data = xy.getDataset(d);
                if (data == null || data.getSeriesCount() == 0) {
                    continue;
                }
                if (data instanceof XYZDataset z) {
                    xyz(z, xy.getDomainAxis().getLabel(), xy.getRangeAxis().getLabel(), sb);
                } else {
                    xy(data, xy.getDomainAxis().getLabel(), sb);
                }
            }
            return sb.toString();
        }
        return "";
    }

    private static void category(CategoryDataset data, String axisLabel, StringBuilder sb) {
        sb.append(clean(axisLabel == null ? Messages.get("chart.data.category") : axisLabel));
        for (int r = 0; r < data.getRowCount(); r++) {
            sb.append('\t').append(clean(String.valueOf(data.getRowKey(r))));
        }
        sb.append('\n');
        for (int c = 0; c < data.getColumnCount(); c++) {
            sb.append(clean(String.valueOf(data.getColumnKey(c))));
            for (int r = 0; r < data.getRowCount(); r++) {
                sb.append('\t').append(number(data.getValue(r, c)));
            }
            sb.append('\n');
        }
    }

    /** XY series side by side on the union of their x values. */
    private static void xy(XYDataset data, String xLabel, StringBuilder sb) {
        TreeMap<Double, String[]> rows = new TreeMap<>();
        int n = data.getSeriesCount();
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            keys.add(String.valueOf(data.getSeriesKey(s)));
            for (int i = 0; i < data.getItemCount(s); i++) {
                double x = data.getXValue(s, i);
                rows.computeIfAbsent(x, k -> new String[n])[s] = number(data.getY(s, i));
            }
        }
        sb.append(clean(xLabel == null ? Messages.get("chart.data.x") : xLabel));
        keys.forEach(k -> sb.append('\t').append(clean(k)));
        sb.append('\n');
        rows.forEach((x, values) -> {
            sb.append(number(x));
            for (String v : values) {
                sb.append('\t').append(v == null ? "" : v);
            }
            sb.append('\n');
        });
    }

    private static void xyz(XYZDataset data, String xLabel, String yLabel, StringBuilder sb) {
        sb.append(clean(xLabel)).append('\t').append(clean(yLabel)).append('\t').append(Messages.get("chart.data.value"))
                .append('\n');
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                sb.append(number(data.getX(s, i))).append('\t').append(number(data.getY(s, i))).append('\t')
                        .append(number(data.getZ(s, i))).append('\n');
            }
        }
    }

    private static String number(Number n) {
        if (n == null || Double.isNaN(n.doubleValue())) {
            return "";
        }
        double v = n.doubleValue();
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
