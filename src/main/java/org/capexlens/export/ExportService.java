package org.capexlens.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.calc.Sensitivity;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartInputs;
import org.capexlens.chart.ChartInputsFactory;
import org.capexlens.chart.ChartSettings;
import org.capexlens.chart.ChartTheme;
import org.capexlens.chart.Charts;
import org.capexlens.domain.Source;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.Location;
import org.capexlens.io.json.SidecarJson;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;

/**
 * Exports charts and results for the dashboard's export dialogs and the {@code render} and {@code export-results}
 * commands (DESIGN §5). Charts are drawn with {@link ChartTheme#PRINT} and carry an {@link ExportFooter}
 * (sources, scenario, as-of date, app version); they are rendered to bytes with {@link ChartRenderer} and written
 * atomically, optionally with a JSON sidecar that reproduces the file.
 *
 * <p>Pure Java2D: no JavaFX, safe to call off the FX thread (the dashboard runs it through its task runner). An
 * instance holds only immutable inputs and builds fresh charts for every call, so calls may run concurrently. It
 * prints nothing: results come back as values, failures as {@link ExportException} with a plain message. The same
 * context gives byte-identical files (nothing reads a clock).
 */
public final class ExportService {
    private static final Logger LOG = Logger.getLogger(ExportService.class.getName());
    /** Where file names of a multi-page PDF start: {@code charts_<scenario-slug>.pdf}. */
    public static final String COMBINED_PDF_STEM = "charts";
    /** Longest scenario slug in a file name; longer names are cut at a dash. */
    static final int MAX_SLUG = 48;

    /** Writes bytes to a path atomically; {@link AtomicFiles#write(Path, byte[])} outside tests. */
    @FunctionalInterface
    interface Writer {
        void write(Path target, byte[] bytes) throws AtomicFiles.WriteException;
    }

    private final ExportContext context;
    private final ChartInputs inputs;
    private final Writer writer;

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

    ExportService(ExportContext context, ModelResult result, Writer writer) {
        this.context = Objects.requireNonNull(context, "context");
        Objects.requireNonNull(result, "result");
        if (!result.scenario().equals(context.scenario())) {
            throw new IllegalArgumentException("the result is of scenario " + result.scenario().name()
                    + ", the context of " + context.scenario().name());
        }
        this.inputs = ChartInputsFactory.create(context.dataset(), result, context.settings(), context.locale());
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** The context this service exports from. */
    public ExportContext context() {
        return context;
    }

    /** The chart inputs every export draws (model result, sensitivity grid, tornado, vintages). */
    public ChartInputs inputs() {
        return inputs;
    }

    // ---- what an exported chart says about itself -----------------------------------------------------------

    /** The sources behind {@code chart}, most-cited first (see {@link CitedSources}). */
    public List<Source> sources(ChartId chart) {
        return CitedSources.of(chart, inputs);
    }

    /** The as-of date of the data: the newest {@code published} date of the dataset's sources, or {@code null}. */
    public LocalDate asOf() {
        return CitedSources.asOf(context.dataset());
    }

    /** The footer of {@code chart}: its sources' short titles, the scenario name, the as-of date, the app. */
    public ExportFooter footer(ChartId chart) {
        return new ExportFooter(CitedSources.shortTitles(sources(chart)), context.scenario().name(), asOf(),
                context.appName());
    }

    /** The chart as exported: print theme and footer. A new chart on every call. */
    public JFreeChart chart(ChartId chart) {
        JFreeChart c = Charts.build(chart, inputs, ChartTheme.PRINT);
        footer(chart).addTo(c, ChartTheme.PRINT);
        return c;
    }

    /** Title, description, source addresses, author and keywords of one exported chart. */
    public ChartRenderer.Metadata metadata(ChartId chart, JFreeChart drawn) {
        String title = drawn.getTitle() == null ? chart.description() : drawn.getTitle().getText();
        return new ChartRenderer.Metadata(title, description(List.of(chart)), CitedSources.urls(sources(chart)),
                context.appName(), keywords(List.of(chart)));
    }

    private ChartRenderer.Metadata metadata(List<ChartId> charts) {
        Map<String, Source> all = new LinkedHashMap<>();
        for (ChartId id : charts) {
            for (Source s : sources(id)) {
                all.putIfAbsent(s.id(), s);
            }
        }
        String title = Messages.get("export.pdf.title", context.scenario().name());
        return new ChartRenderer.Metadata(title, description(charts), CitedSources.urls(List.copyOf(all.values())),
                context.appName(), keywords(charts));
    }

    private String description(List<ChartId> charts) {
        List<String> what = new ArrayList<>();
        charts.forEach(c -> what.add(c.description()));
        LocalDate asOf = asOf();
        return Messages.get("export.description", String.join("; ", what), context.scenario().name(),
                context.datasetFile(), context.datasetSha256(),
                asOf == null ? Messages.get("export.asOf.unknown") : asOf.toString());
    }

    private String keywords(List<ChartId> charts) {
        List<String> words = new ArrayList<>(List.of("CapexLens", "AI capex", "depreciation"));
        charts.forEach(c -> words.add(c.id()));
        words.add(context.scenario().name());
        return String.join(", ", words);
    }

    // ---- rendering to bytes ---------------------------------------------------------------------------------

    /**
     * One chart as a file's bytes.
     *
     * @param chart    not {@code null}.
     * @param format   not {@code null}.
     * @param options  size for every format; scale and DPI for PNG. Not {@code null}.
     */
    public byte[] render(ChartId chart, ExportFormat format, ExportOptions options) {
        JFreeChart c = chart(chart);
        ChartRenderer.Metadata meta = metadata(chart, c);
        int w = options.size().width();
        int h = options.size().height();
        return switch (format) {
            case PNG -> ChartRenderer.png(c, w, h, options.scale(), options.effectiveDpi(), meta);
            case SVG -> ChartRenderer.svg(c, w, h, meta);
            case PDF -> ChartRenderer.pdf(List.of(c), w, h, meta);
        };
    }

    /** Several charts as one PDF, a page each, in the given order. */
    public byte[] renderPdf(List<ChartId> charts, ExportOptions options) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one chart");
        }
        List<JFreeChart> drawn = new ArrayList<>();
        charts.forEach(id -> drawn.add(chart(id)));
        return ChartRenderer.pdf(drawn, options.size().width(), options.size().height(), metadata(charts));
    }

    /** The results workbook (every result table, the sensitivity grid, assumptions, sources) as bytes. */
    public byte[] renderWorkbook() {
        return ResultsWorkbookWriter.write(inputs.result(), context.dataset(), inputs.heatmap(), context.appName());
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
     * "Export all": one file per chart and format in {@code folder}, named {@link #fileName}, and optionally one
     * multi-page PDF of all of them ({@link #combinedPdfName}). The folder is created when missing. Every file is
     * rendered before the first is written, and each is written atomically.
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
                jobs.add(new Job(folder.resolve(fileName(chart, scenario, format)), render(chart, format, options),
                        format, List.of(chart)));
            }
        }
        if (combinedPdf) {
            jobs.add(new Job(folder.resolve(combinedPdfName(scenario)), renderPdf(charts, options), ExportFormat.PDF,
                    charts));
        }
        createFolder(folder);
        List<ExportedFile> written = new ArrayList<>();
        for (Job job : jobs) {
            written.add(write(job.target(), job.bytes(), job.format(), job.charts(), options, written));
        }
        return List.copyOf(written);
    }

    /** Writes the results workbook to {@code target} atomically. */
    public Path exportWorkbook(Path target) throws ExportException {
        try {
            writer.write(target, renderWorkbook());
            return target;
        } catch (AtomicFiles.WriteException e) {
            LOG.log(Level.INFO, "results workbook not written: " + target, e);
            throw new ExportException(e.getMessage(), target, List.of(), e);
        }
    }

    private ExportedFile write(Path target, byte[] bytes, ExportFormat format, List<ChartId> charts,
            ExportOptions options, List<ExportedFile> before) throws ExportException {
        try {
            writer.write(target, bytes);
        } catch (AtomicFiles.WriteException e) {
            LOG.log(Level.INFO, "export not written: " + target, e);
            throw new ExportException(e.getMessage(), target, before, e);
        }
        Path sidecar = null;
        if (options.sidecar()) {
            sidecar = SidecarJson.pathFor(target);
            String name = target.getFileName().toString();
            try {
                writer.write(sidecar, SidecarJson.toJson(sidecar(name, format, charts, options))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (AtomicFiles.WriteException e) {
                LOG.log(Level.INFO, "sidecar not written: " + sidecar, e);
                // The chart itself is complete; without its sidecar it would look reproducible when it is not.
                deleteQuietly(target);
                throw new ExportException(e.getMessage(), sidecar, before, e);
            }
        }
        return new ExportedFile(target, sidecar, format, charts);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove " + file + " after its sidecar failed", e);
        }
    }

    private static void createFolder(Path folder) throws ExportException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (Files.exists(folder)) {
            throw new ExportException(Messages.get("export.folder.notFolder", folder.toAbsolutePath().toString()),
                    folder, List.of(), null);
        }
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            LOG.log(Level.INFO, "cannot create " + folder, e);
            throw new ExportException(Messages.get("export.folder.denied", folder.toAbsolutePath().toString()),
                    folder, List.of(), e);
        } catch (FileSystemException e) {
            LOG.log(Level.INFO, "cannot create " + folder, e);
            String reason = e.getReason() == null || e.getReason().isBlank()
                    ? Messages.get("write.reasonUnknown") : e.getReason();
            throw new ExportException(Messages.get("export.folder.failed", folder.toAbsolutePath().toString(),
                    reason), folder, List.of(), e);
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot create " + folder, e);
            throw new ExportException(Messages.get("export.folder.failed", folder.toAbsolutePath().toString(),
                    Messages.get("write.reasonIo")), folder, List.of(), e);
        }
    }

    // ---- sidecars -------------------------------------------------------------------------------------------

    /** The sidecar describing a file of {@code charts} written with {@code options} from this context. */
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
                new SidecarJson.Settings(s.marginYear(), s.vintageCompany(), axisName(s.gridRows()),
                        axisName(s.gridColumns()), s.tornadoFrom(), s.tornadoTo()),
                context.scenario());
    }

    /**
     * What a sidecar asks to render, in the export layer's types.
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
    }

    /**
     * Checks what a sidecar names (chart ids, format, size, axes, locale, file name) and turns it into a
     * {@link Reproduction}.
     *
     * @param sidecar      as read by {@link SidecarJson#read}, not {@code null}.
     * @param sidecarFile  the sidecar's file name, for message locations.
     * @throws ImportException  ({@link ImportException.Kind#INVALID}) with every problem, located at
     *                          {@code sidecarFile:sidecar::<member>}.
     */
    public static Reproduction reproduction(SidecarJson.Sidecar sidecar, String sidecarFile) throws ImportException {
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
                        s.tornadoTo());
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
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            errors.add(error(sidecarFile, "file", Messages.get("export.sidecar.badFileName", name)));
        }
        if (!errors.isEmpty()) {
            throw new ImportException(ImportException.Kind.INVALID, errors);
        }
        return new Reproduction(name, format, charts, options, settings, locale, sidecar.scenario(), sidecar);
    }

    /**
     * Renders and writes what a reproduction asks into {@code folder} (created when missing), with a fresh
     * sidecar next to it; the service's context must be the reproduction's (same scenario, settings, locale).
     */
    public ExportedFile export(Reproduction r, Path folder) throws ExportException {
        createFolder(folder);
        Path target = folder.resolve(r.fileName());
        if (r.charts().size() > 1) {
            return exportPdf(r.charts(), r.options(), target);
        }
        return export(r.charts().get(0), r.format(), r.options(), target);
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

    /** The sidecar name of an axis: {@code life}, {@code short_lived_share}, {@code capex_growth}. */
    static String axisName(Sensitivity.Axis axis) {
        return axis.name().toLowerCase(Locale.ROOT);
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

    // ---- file names -----------------------------------------------------------------------------------------

    /** {@code <chart-id>_<scenario-slug>.<ext>}, e.g. {@code margin-vs-life_burry-2-3-years.png}. */
    public static String fileName(ChartId chart, String scenarioName, ExportFormat format) {
        return chart.id() + "_" + slug(scenarioName) + "." + format.extension();
    }

    /** The multi-page PDF of an "export all": {@code charts_<scenario-slug>.pdf}. */
    public static String combinedPdfName(String scenarioName) {
        return COMBINED_PDF_STEM + "_" + slug(scenarioName) + ".pdf";
    }

    /**
     * A file-name-safe form of a name: accents dropped, lower-case ASCII letters and digits, every other run of
     * characters one dash, no leading or trailing dash, at most {@value #MAX_SLUG} characters (cut at a dash);
     * {@code scenario} when nothing is left. "Burry 2–3 years" gives {@code burry-2-3-years}.
     */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        String s = sb.toString();
        if (s.length() > MAX_SLUG) {
            int cut = s.lastIndexOf('-', MAX_SLUG);
            s = s.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "scenario" : s;
    }
}
