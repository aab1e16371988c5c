package org.capexlens.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.capexlens.scenario.Scenario;
import org.capexlens.calc.Sensitivity;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.Location;
import org.capexlens.io.json.SidecarJson;
import org.capexlens.text.Messages;

/**
 * What a sidecar asks to render ({@code render --from}), in the export layer's types. {@link #fromSidecar} checks
 * what the sidecar names; {@link ExportService#export(Reproduction, java.nio.file.Path)} renders it again.
 *
 * @param fileName   the file to write (the exported file's name).
 * @param format     its format.
 * @param charts     the charts in it.
 * @param options    size, scale, DPI; {@code sidecar} is true (a reproduction carries its sidecar along).
 * @param settings   the chart settings.
 * @param locale     the number formats.
 * @param scenario   the scenario.
 * @param sidecar    the sidecar as read (dataset file, path and SHA-256; app version).
 */
public record Reproduction(String fileName, ExportFormat format, List<ChartId> charts, ExportOptions options,
        ChartSettings settings, Locale locale, Scenario scenario, SidecarJson.Sidecar sidecar) {
    public Reproduction {
        charts = List.copyOf(charts);
    }

    /**
     * Checks what a sidecar names (chart ids, format, size, axes, locale, file name) and turns it into a
     * reproduction. Every problem is collected before failing, so one run shows the user all of them.
     *
     * @param sidecar      as read by {@link SidecarJson#read}, not {@code null}.
     * @param sidecarFile  the sidecar's file name, for message locations.
     * @throws ImportException  ({@link ImportException.Kind#INVALID}) with every problem, located at
     *                          {@code sidecarFile:sidecar::<member>}.
     */
    public static Reproduction fromSidecar(SidecarJson.Sidecar sidecar, String sidecarFile) throws ImportException {
        List<ImportMessage> errors = new ArrayList<>();
        List<ChartId> charts = new ArrayList<>();
        for (int i = 0; i < sidecar.charts().size(); i++) {
            String id = sidecar.charts().get(i);
            ChartId.parse(id).ifPresentOrElse(charts::add, () -> errors.add(error(sidecarFile, "charts",
                    Messages.get("export.sidecar.unknownChart", id, chartIds()))));
        }
        ExportFormat format = ExportFormat.parse(sidecar.format()).orElse(null);
        if (format == null) {
            errors.add(error(sidecarFile, "format", Messages.get("export.sidecar.unknownFormat", sidecar.format())));
        } else if (sidecar.charts().size() > 1 && format != ExportFormat.PDF) {
            errors.add(error(sidecarFile, "charts", Messages.get("export.sidecar.severalCharts",
                    format.extension())));
        }
        ChartSize size = null;
        try {
            size = new ChartSize(sidecar.width(), sidecar.height());
        } catch (IllegalArgumentException e) {
            boolean width = sidecar.width() < ChartSize.MIN_WIDTH || sidecar.width() > ChartSize.MAX_SIDE;
            errors.add(error(sidecarFile, width ? "width" : "height", e.getMessage()));
        }
        ExportOptions options = null;
        if (size != null) {
            try {
                options = new ExportOptions(size, sidecar.scale(), sidecar.dpi(), true);
            } catch (IllegalArgumentException e) {
                boolean dpi = sidecar.dpi() < ExportOptions.MIN_DPI || sidecar.dpi() > ExportOptions.MAX_DPI;
                errors.add(error(sidecarFile, dpi ? "dpi" : "scale", e.getMessage()));
            }
        }
        Sensitivity.Axis rows = axis(sidecar.settings().gridRows());
        Sensitivity.Axis cols = axis(sidecar.settings().gridColumns());
        if (rows == null) {
            errors.add(error(sidecarFile, "chart_settings.grid_rows", Messages.get("export.sidecar.unknownAxis",
                    sidecar.settings().gridRows(), axisNames())));
        }
        if (cols == null) {
            errors.add(error(sidecarFile, "chart_settings.grid_columns", Messages.get("export.sidecar.unknownAxis",
                    sidecar.settings().gridColumns(), axisNames())));
        }
        ChartSettings settings = null;
        if (rows != null && cols != null) {
            try {
                SidecarJson.Settings s = sidecar.settings();
                settings = new ChartSettings(s.marginYear(), s.vintageCompany(), rows, cols, s.tornadoFrom(),
                        s.tornadoTo(), sidecar.compared());
            } catch (IllegalArgumentException e) {
                errors.add(error(sidecarFile, "chart_settings", Messages.get("export.sidecar.badSettings",
                        e.getMessage())));
            }
        }
        Locale locale = Locale.forLanguageTag(sidecar.locale());
        if (locale.toLanguageTag().equals("und") && !sidecar.locale().equalsIgnoreCase("und")) {
            errors.add(error(sidecarFile, "locale", Messages.get("export.sidecar.badLocale", sidecar.locale())));
        }
        String name = sidecar.file();
        // The name is joined to the output folder: a folder part would write somewhere the user did not choose.
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            errors.add(error(sidecarFile, "file", Messages.get("export.sidecar.badFileName", name)));
        }
        if (!errors.isEmpty()) {
            throw new ImportException(ImportException.Kind.INVALID, errors);
        }
        return new Reproduction(name, format, charts, options, settings, locale, sidecar.scenario(), sidecar);
    }

    /**
     * The scenarios a sidecar records as compared (issue 11): those of {@code settings} when the file holds a
     * Compare chart, else none.
     */
    static List<Scenario> comparedOf(List<ChartId> charts, ChartSettings settings) {
        boolean compare = charts.contains(ChartId.COMPARE_RATIO) || charts.contains(ChartId.COMPARE_MARGIN);
        return compare ? settings.compared() : List.of();
    }

    /**
     * The simulation settings a sidecar records (issue 11): runs, seed, years and distributions of the
     * simulation in {@code settings} when the file holds a fan chart, else {@code null}.
     */
    static SidecarJson.Simulation simulationOf(List<ChartId> charts, ChartSettings settings) {
        boolean fan = charts.contains(ChartId.DELTA_DEPRECIATION_FAN) || charts.contains(ChartId.REVENUE_GAP_FAN);
        var s = settings.simulation();
        return fan && s != null ? new SidecarJson.Simulation(s.runs(), s.seed(), s.from(), s.to(),
                new org.capexlens.scenario.Uncertainty(s.sampled())) : null;
    }

    /** The sidecar name of an axis: {@code life}, {@code short_lived_share}, {@code capex_growth}. */
    static String axisName(Sensitivity.Axis axis) {
        return axis.name().toLowerCase(Locale.ROOT);
    }

    private static ImportMessage error(String file, String member, String message) {
        return ImportMessage.error(new Location(file, SidecarJson.SHEET, 0, member), message);
    }

    private static String chartIds() {
        List<String> ids = new ArrayList<>();
        for (ChartId c : ChartId.values()) {
            ids.add(c.id());
        }
        return String.join(", ", ids);
    }

    private static Sensitivity.Axis axis(String name) {
        for (Sensitivity.Axis a : Sensitivity.Axis.values()) {
            if (axisName(a).equals(name)) {
                return a;
            }
        }
        return null;
    }

    private static String axisNames() {
        List<String> names = new ArrayList<>();
        for (Sensitivity.Axis a : Sensitivity.Axis.values()) {
            names.add(axisName(a));
        }
        return String.join(", ", names);
    }
}
