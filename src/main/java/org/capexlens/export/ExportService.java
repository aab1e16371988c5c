package org.capexlens.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartInputs;
import org.capexlens.chart.ChartInputsFactory;
import org.capexlens.chart.ChartSettings;
import org.capexlens.chart.ChartTheme;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.json.SidecarJson;

/**
 * Exports charts and results for the dashboard's export dialogs and the {@code render} and {@code export-results}
 * commands (DESIGN §5): the one entry point both use, so a file made in the app and one made on the command line
 * are the same bytes. Charts are drawn with {@link ChartTheme#PRINT} and carry an {@link ExportFooter} (sources,
 * scenario, as-of date, app version) — see {@link ExportedCharts}; they are written atomically by
 * {@link ExportFiles}, optionally with a JSON sidecar that reproduces the file ({@link Reproduction}); names come
 * from {@link ExportFileNames}.
 *
 * <p>Pure Java2D: no JavaFX, safe to call off the FX thread (the dashboard runs it through its task runner). An
 * instance holds only immutable inputs and builds fresh charts for every call, so calls may run concurrently. It
 * prints nothing: results come back as values, failures as {@link ExportException} with a plain message. The same
 * context gives byte-identical files (nothing reads a clock).
 */
public final class ExportService {
    private final ExportContext context;
    private final ChartInputs inputs;
    private final ExportedCharts charts;
    private final ExportFiles files;

    /**
     * Computes the model for the context once; every export of this instance draws from that result.
     *
     * @param context  not {@code null}.
     */
    public ExportService(ExportContext context) {
        this(context, EconomicsModel.compute(context.dataset(), context.scenario()));
    }

    /**
     * Reuses a result the caller already has (the dashboard's current one).
     *
     * @param context  not {@code null}.
     * @param result   {@code EconomicsModel.compute(context.dataset(), context.scenario())}, not {@code null}.
     * @throws IllegalArgumentException  when the result is of another scenario.
     */
    public ExportService(ExportContext context, ModelResult result) {
        this(context, result, AtomicFiles::write);
    }

    /** Tests hand in a writer that fails on purpose. */
    ExportService(ExportContext context, ModelResult result, ExportFiles.Writer writer) {
        this.context = Objects.requireNonNull(context, "context");
        Objects.requireNonNull(result, "result");
        if (!result.scenario().equals(context.scenario())) {
            throw new IllegalArgumentException("the result is of scenario " + result.scenario().name()
                    + ", the context of " + context.scenario().name());
        }
        this.inputs = ChartInputsFactory.create(context.dataset(), result, context.settings(), context.locale());
        this.charts = new ExportedCharts(context, inputs);
        this.files = new ExportFiles(writer);
    }

    /** The context this service exports from. */
    public ExportContext context() {
        return context;
    }

    /** The chart inputs every export draws (model result, sensitivity grid, tornado, vintages). */
    public ChartInputs inputs() {
        return inputs;
    }

    /** The charts as exported: footer, sources, as-of date, metadata. */
    public ExportedCharts charts() {
        return charts;
    }

    // ---- rendering to bytes ---------------------------------------------------------------------------------

    /** One chart as a file's bytes; see {@link ExportedCharts#render}. */
    public byte[] render(ChartId chart, ExportFormat format, ExportOptions options) {
        return charts.render(chart, format, options);
    }

    /** Several charts as one PDF, a page each, in the given order; see {@link ExportedCharts#renderPdf}. */
    public byte[] renderPdf(List<ChartId> charts, ExportOptions options) {
        return this.charts.renderPdf(charts, options);
    }

    /** The results workbook (every result table, the sensitivity grid, assumptions, sources) as bytes. */
    public byte[] renderWorkbook() {
        return ResultsWorkbookWriter.write(inputs.result(), context.dataset(), inputs.heatmap(), context.appName(),
                inputs.comparison());
    }

    // ---- writing files --------------------------------------------------------------------------------------

    /**
     * Renders one chart and writes it to {@code target} atomically, with its sidecar when the options ask.
     *
     * @throws ExportException  when the file or its sidecar cannot be written; nothing half-written remains.
     */
    public ExportedFile export(ChartId chart, ExportFormat format, ExportOptions options, Path target)
            throws ExportException {
        return write(target, render(chart, format, options), format, List.of(chart), options, List.of());
    }

    /** Renders several charts into one multi-page PDF at {@code target}, with its sidecar when asked. */
    public ExportedFile exportPdf(List<ChartId> charts, ExportOptions options, Path target) throws ExportException {
        return write(target, renderPdf(charts, options), ExportFormat.PDF, charts, options, List.of());
    }

    /**
     * "Export all": one file per chart and format in {@code folder}, named {@link ExportFileNames#fileName}, and
     * optionally one multi-page PDF of all of them ({@link ExportFileNames#combinedPdfName}). The folder is created
     * when missing. Every file is rendered before the first is written, so a rendering bug leaves no partial set
     * behind, and each is written atomically.
     *
     * @param charts       the charts, in order; not empty.
     * @param formats      the formats, in order; not empty.
     * @param options      size, scale, DPI, sidecars.
     * @param folder       where the files go.
     * @param combinedPdf  whether to add the multi-page PDF.
     * @return the files written, chart by chart, formats in the given order, the combined PDF last.
     * @throws ExportException  at the first file that cannot be written, listing those written before it.
     */
    public List<ExportedFile> exportAll(List<ChartId> charts, List<ExportFormat> formats, ExportOptions options,
            Path folder, boolean combinedPdf) throws ExportException {
        if (charts.isEmpty() || formats.isEmpty()) {
            throw new IllegalArgumentException("export all needs at least one chart and one format");
        }
        record Job(Path target, byte[] bytes, ExportFormat format, List<ChartId> charts) {
        }
        List<Job> jobs = new ArrayList<>();
        String scenario = context.scenario().name();
        for (ChartId chart : charts) {
            for (ExportFormat format : formats) {
                jobs.add(new Job(folder.resolve(ExportFileNames.fileName(chart, scenario, format)),
                        render(chart, format, options), format, List.of(chart)));
            }
        }
        if (combinedPdf) {
            jobs.add(new Job(folder.resolve(ExportFileNames.combinedPdfName(scenario)), renderPdf(charts, options),
                    ExportFormat.PDF, charts));
        }
        ExportFiles.createFolder(folder);
        List<ExportedFile> written = new ArrayList<>();
        for (Job job : jobs) {
            written.add(write(job.target(), job.bytes(), job.format(), job.charts(), options, written));
        }
        return List.copyOf(written);
    }

    /**
     * Writes the results workbook to {@code target} atomically.
     *
     * @return {@code target}.
     * @throws ExportException  when it cannot be written.
     */
    public Path exportWorkbook(Path target) throws ExportException {
        return files.writeWorkbook(target, renderWorkbook());
    }

    /**
     * Renders and writes what a reproduction asks into {@code folder} (created when missing), with a fresh
     * sidecar next to it; the service's context must be the reproduction's (same scenario, settings, locale).
     *
     * @throws ExportException  when the folder, the file or its sidecar cannot be written.
     */
    public ExportedFile export(Reproduction r, Path folder) throws ExportException {
        ExportFiles.createFolder(folder);
        Path target = folder.resolve(r.fileName());
        if (r.charts().size() > 1) {
            return exportPdf(r.charts(), r.options(), target);
        }
        return export(r.charts().get(0), r.format(), r.options(), target);
    }

    private ExportedFile write(Path target, byte[] bytes, ExportFormat format, List<ChartId> charts,
            ExportOptions options, List<ExportedFile> before) throws ExportException {
        SidecarJson.Sidecar sidecar = options.sidecar()
                ? sidecar(target.getFileName().toString(), format, charts, options) : null;
        return files.write(target, bytes, format, charts, sidecar, before);
    }

    /**
     * The sidecar describing a file of {@code charts} written with {@code options} from this context; read back
     * by {@link Reproduction#fromSidecar}. Scale and DPI are recorded for PNG only (vector formats ignore them).
     */
    public SidecarJson.Sidecar sidecar(String fileName, ExportFormat format, List<ChartId> charts,
            ExportOptions options) {
        ChartSettings s = context.settings();
        List<String> ids = new ArrayList<>();
        charts.forEach(c -> ids.add(c.id()));
        boolean png = format == ExportFormat.PNG;
        return new SidecarJson.Sidecar(fileName, format.extension(), ids, options.size().width(),
                options.size().height(), png ? options.scale() : 1, png ? options.effectiveDpi()
                        : ExportOptions.SCREEN_DPI, context.locale().toLanguageTag(), context.appVersion(),
                context.datasetFile(), context.datasetPath(), context.datasetSha256(),
                new SidecarJson.Settings(s.marginYear(), s.vintageCompany(), Reproduction.axisName(s.gridRows()),
                        Reproduction.axisName(s.gridColumns()), s.tornadoFrom(), s.tornadoTo()),
                context.scenario(), Reproduction.comparedOf(charts, s), Reproduction.simulationOf(charts, s));
    }
}
