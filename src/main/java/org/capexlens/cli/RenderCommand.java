package org.capexlens.cli;

import org.capexlens.io.DatasetDigest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.domain.Dataset;
import org.capexlens.export.ChartSize;
import org.capexlens.export.ExportContext;
import org.capexlens.export.ExportException;
import org.capexlens.export.ExportFormat;
import org.capexlens.export.ExportOptions;
import org.capexlens.export.ExportService;
import org.capexlens.export.ExportedFile;
import org.capexlens.export.SizePreset;
import org.capexlens.io.DatasetReader;
import org.capexlens.io.DefaultDataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;
import org.capexlens.io.Location;
import org.capexlens.io.json.Presets;
import org.capexlens.io.json.SidecarJson;
import org.capexlens.text.AppInfo;
import org.capexlens.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code render}: draws charts to PNG, SVG and PDF files without a window (DESIGN §5, §6), through the same
 * {@link ExportService} as the dashboard's export dialogs. Three modes: render charts of a dataset and scenario
 * into a folder; {@code --from SIDECAR} renders again what a sidecar describes (refusing, unless
 * {@code --allow-changed-data}, when the dataset's SHA-256 no longer matches); {@code --list-charts}.
 *
 * <p>Every file written is printed to stdout, one path per line; messages go to stderr as
 * {@code file:sheet:row:column: message}. Exit codes: 0 ok, 1 usage, 2 invalid data, scenario or sidecar, or
 * changed data, 3 a file could not be read or written.
 */
@Command(name = "render", sortOptions = false)
final class RenderCommand implements Callable<Integer> {
    private static final Logger LOG = Logger.getLogger(RenderCommand.class.getName());

    @Mixin
    private ModelInputs inputs = new ModelInputs();

    @Option(names = "--chart", paramLabel = "ID|all", split = ",", splitSynopsisLabel = ",",
            descriptionKey = "render.chart")
    private List<String> charts;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", splitSynopsisLabel = ",",
            descriptionKey = "render.format")
    private List<String> formats;

    @Option(names = "--scale", paramLabel = "N", descriptionKey = "render.scale")
    private Double scale;

    @Option(names = "--dpi", paramLabel = "N", descriptionKey = "render.dpi")
    private Integer dpi;

    @Option(names = "--size", paramLabel = "slide|article|square", descriptionKey = "render.size")
    private String size;

    @Option(names = "--width", paramLabel = "W", descriptionKey = "render.width")
    private Integer width;

    @Option(names = "--height", paramLabel = "H", descriptionKey = "render.height")
    private Integer height;

    @Option(names = "--margin-year", paramLabel = "YEAR", descriptionKey = "render.marginYear")
    private Integer marginYear;

    @Option(names = "--vintage-company", paramLabel = "ID", descriptionKey = "render.vintageCompany")
    private String vintageCompany;

    @Option(names = "--locale", paramLabel = "TAG", descriptionKey = "render.locale")
    private String localeTag;

    @Option(names = "--sidecar", descriptionKey = "render.sidecar")
    private boolean sidecar;

    @Option(names = "--combined-pdf", descriptionKey = "render.combinedPdf")
    private boolean combinedPdf;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "render.out")
    private Path out;

    @Option(names = "--from", paramLabel = "SIDECAR", descriptionKey = "render.from")
    private Path from;

    @Option(names = "--allow-changed-data", descriptionKey = "render.allowChangedData")
    private boolean allowChangedData;

    @Option(names = "--list-charts", descriptionKey = "render.listCharts")
    private boolean listCharts;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "render.help")
    private boolean help;

    @Spec
    private CommandSpec spec;

    private PrintWriter stdout;
    private PrintWriter stderr;

    @Override
    public Integer call() {
        stdout = spec.commandLine().getOut();
        stderr = spec.commandLine().getErr();
        try {
            if (listCharts) {
                listCharts();
                return ExitCode.OK;
            }
            ModelInputs.headless();
            return from != null ? fromSidecar() : render();
        } catch (ModelInputs.Failure e) {
            return e.exitCode();
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private void listCharts() {
        int w = 0;
        for (ChartId c : ChartId.values()) {
            w = Math.max(w, c.id().length());
        }
        for (ChartId c : ChartId.values()) {
            stdout.println(String.format("%-" + w + "s  %s", c.id(), c.description()));
        }
    }

    // ---- render charts of a dataset and scenario ------------------------------------------------------------

    private int render() throws ModelInputs.Failure {
        List<ChartId> chartIds = chartIds();
        List<ExportFormat> fmts = formats();
        ExportOptions options = options();
        if (out == null) {
            return usage(Messages.get("cli.render.noOut"));
        }
        if (allowChangedData) {
            return usage(Messages.get("cli.render.onlyWithFrom", "--allow-changed-data"));
        }
        Locale locale = locale();
        ModelInputs.Loaded in = inputs.load(stderr, DatasetReader::read);
        Dataset dataset = in.loaded().dataset();
        ModelResult result = compute(dataset, in.scenario(), in.loaded().fileName());
        ExportContext context = new ExportContext(dataset, in.loaded().fileName(),
                in.path().toAbsolutePath().toString(), in.sha256(), in.scenario(), settings(result), locale,
                AppInfo.version());
        ExportService service = new ExportService(context, result);
        try {
            printWritten(service.exportAll(chartIds, fmts, options, out, combinedPdf));
            return ExitCode.OK;
        } catch (ExportException e) {
            return writeFailed(e);
        }
    }

    /** The number formats: {@code --locale}, else the machine's. */
    private Locale locale() throws ModelInputs.Failure {
        if (localeTag == null) {
            return Locale.getDefault(Locale.Category.FORMAT);
        }
        Locale l = Locale.forLanguageTag(localeTag.trim().replace('_', '-'));
        if (l.getLanguage().isEmpty()) {
            throw new ModelInputs.Failure(usage(Messages.get("cli.render.badLocale", localeTag)));
        }
        return l;
    }

    /** The chart settings: the defaults, with the margin year and the vintage company given. */
    private ChartSettings settings(ModelResult result) throws ModelInputs.Failure {
        ChartSettings settings = ChartSettings.defaults(result);
        if (marginYear != null) {
            List<Integer> years = result.companies().stream().filter(r -> r.adjustedOperatingMargin() != null)
                    .map(ModelResult.CompanyYear::fiscalYear).distinct().sorted().toList();
            if (!years.contains(marginYear)) {
                throw new ModelInputs.Failure(usage(years.isEmpty()
                        ? Messages.get("cli.render.noMarginYears", String.valueOf(marginYear))
                        : Messages.get("cli.render.badMarginYear", String.valueOf(marginYear),
                                String.valueOf(years.get(0)), String.valueOf(years.get(years.size() - 1)))));
            }
            settings = settings.withMarginYear(marginYear);
        }
        if (vintageCompany != null) {
            List<String> companies = result.companies().stream().map(ModelResult.CompanyYear::company).distinct()
                    .toList();
            String match = companies.stream().filter(c -> c.equalsIgnoreCase(vintageCompany.trim())).findFirst()
                    .orElse(null);
            if (match == null) {
                throw new ModelInputs.Failure(usage(Messages.get("cli.render.badVintageCompany", vintageCompany,
                        companies.size() <= 12 ? String.join(", ", companies)
                                : String.join(", ", companies.subList(0, 12)) + ", \u2026")));
            }
            settings = settings.withVintageCompany(match);
        }
        return settings;
    }

    private List<ChartId> chartIds() throws ModelInputs.Failure {
        if (charts == null || charts.isEmpty()) {
            throw new ModelInputs.Failure(usage(Messages.get("cli.render.noChart")));
        }
        Set<ChartId> ids = new LinkedHashSet<>();
        for (String c : charts) {
            if (c.trim().equalsIgnoreCase("all")) {
                ids.addAll(List.of(ChartId.values()));
                continue;
            }
            ChartId id = ChartId.parse(c).orElse(null);
            if (id == null) {
                List<String> known = new ArrayList<>();
                for (ChartId k : ChartId.values()) {
                    known.add(k.id());
                }
                throw new ModelInputs.Failure(usage(Messages.get("cli.render.unknownChart", c.trim(),
                        String.join(", ", known))));
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private List<ExportFormat> formats() throws ModelInputs.Failure {
        if (formats == null || formats.isEmpty()) {
            return List.of(ExportFormat.PNG);
        }
        Set<ExportFormat> out = new LinkedHashSet<>();
        for (String f : formats) {
            ExportFormat format = ExportFormat.parse(f).orElse(null);
            if (format == null) {
                throw new ModelInputs.Failure(usage(Messages.get("cli.render.unknownFormat", f.trim())));
            }
            out.add(format);
        }
        return List.copyOf(out);
    }

    private ExportOptions options() throws ModelInputs.Failure {
        ChartSize chartSize;
        try {
            if (width != null || height != null) {
                if (width == null || height == null) {
                    throw new ModelInputs.Failure(usage(Messages.get("cli.render.widthAndHeight")));
                }
                if (size != null) {
                    throw new ModelInputs.Failure(usage(Messages.get("cli.render.sizeConflict")));
                }
                chartSize = new ChartSize(width, height);
            } else if (size != null) {
                SizePreset preset = SizePreset.parse(size).orElse(null);
                if (preset == null) {
                    throw new ModelInputs.Failure(usage(Messages.get("cli.render.unknownSize", size)));
                }
                chartSize = preset.size();
            } else {
                chartSize = SizePreset.SLIDE_16_9.size();
            }
            return new ExportOptions(chartSize, scale == null ? 1 : scale, dpi, sidecar);
        } catch (IllegalArgumentException e) {
            // The size and option records say in plain words which value is out of which range.
            throw new ModelInputs.Failure(usage(e.getMessage()));
        }
    }

    private ModelResult compute(Dataset dataset, Scenario scenario, String fileName) throws ModelInputs.Failure {
        try {
            return EconomicsModel.compute(dataset, scenario);
        } catch (RuntimeException e) {
            // A model bug must not surface as a stack trace; the detail goes to the log.
            LOG.log(Level.SEVERE, "model failed on " + fileName + " with scenario " + scenario.name(), e);
            stderr.println(Messages.get("cli.compute.modelFailed", fileName, scenario.name()));
            throw new ModelInputs.Failure(ExitCode.INVALID);
        }
    }

    // ---- render --from SIDECAR ------------------------------------------------------------------------------

    private int fromSidecar() throws ModelInputs.Failure {
        List<String> conflicts = new ArrayList<>();
        if (charts != null) {
            conflicts.add("--chart");
        }
        if (formats != null) {
            conflicts.add("--format");
        }
        if (scale != null) {
            conflicts.add("--scale");
        }
        if (dpi != null) {
            conflicts.add("--dpi");
        }
        if (size != null || width != null || height != null) {
            conflicts.add("--size/--width/--height");
        }
        if (sidecar) {
            conflicts.add("--sidecar");
        }
        if (combinedPdf) {
            conflicts.add("--combined-pdf");
        }
        if (inputs.life != null || !inputs.scenarioArg.equals(Presets.DEFAULT_ID)) {
            conflicts.add("--scenario/--life");
        }
        if (marginYear != null || vintageCompany != null || localeTag != null) {
            conflicts.add("--margin-year/--vintage-company/--locale");
        }
        if (!conflicts.isEmpty()) {
            return usage(Messages.get("cli.render.fromConflict", String.join(", ", conflicts)));
        }
        String sidecarFile = from.getFileName() == null ? from.toString() : from.getFileName().toString();
        ExportService.Reproduction r;
        try {
            r = ExportService.reproduction(SidecarJson.read(from), sidecarFile);
        } catch (ImportException e) {
            throw ModelInputs.report(stderr, e);
        }
        SidecarJson.Sidecar sc = r.sidecar();
        Path dataPath = inputs.dataFile != null ? inputs.dataFile : locateDataset(sc, sidecarFile);
        ImportResult loaded;
        try {
            loaded = DatasetReader.read(dataPath);
        } catch (ImportException e) {
            throw ModelInputs.report(stderr, e);
        }
        loaded.warnings().forEach(w -> stderr.println(Messages.get("cli.compute.warning", w.location().format(),
                w.message())));
        String sha256;
        try {
            sha256 = DatasetDigest.sha256(dataPath);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "hashing " + dataPath, e);
            stderr.println(Messages.get("import.file.ioError", dataPath.toString()));
            return ExitCode.IO;
        }
        Location shaAt = new Location(sidecarFile, SidecarJson.SHEET, 0, "dataset.sha256");
        if (!sha256.equals(sc.datasetSha256())) {
            if (!allowChangedData) {
                stderr.println(shaAt.format() + ": " + Messages.get("cli.render.datasetChanged", dataPath.toString(),
                        sc.datasetSha256(), sha256));
                return ExitCode.INVALID;
            }
            stderr.println(shaAt.format() + ": " + Messages.get("cli.render.datasetChangedAllowed",
                    dataPath.toString(), sc.datasetSha256(), sha256));
        }
        if (!sc.appVersion().equals(AppInfo.version())) {
            stderr.println(new Location(sidecarFile, SidecarJson.SHEET, 0, "app_version").format() + ": "
                    + Messages.get("cli.render.versionDiffers", sc.appVersion(), AppInfo.version()));
        }
        ModelResult result = compute(loaded.dataset(), r.scenario(), loaded.fileName());
        ExportContext context = new ExportContext(loaded.dataset(), loaded.fileName(),
                dataPath.toAbsolutePath().toString(), sha256, r.scenario(), r.settings(), r.locale(),
                AppInfo.version());
        Path folder = out != null ? out : from.toAbsolutePath().getParent();
        try {
            printWritten(List.of(new ExportService(context, result).export(r, folder)));
            return ExitCode.OK;
        } catch (ExportException e) {
            return writeFailed(e);
        }
    }

    /**
     * The dataset a sidecar names: its recorded path (relative paths against the sidecar's folder); else a file
     * of that name next to the sidecar (the export and its data were moved together); else, for the default
     * dataset, wherever {@link DefaultDataset#locate()} finds it. The SHA-256 check guards every choice.
     */
    private Path locateDataset(SidecarJson.Sidecar sc, String sidecarFile) throws ModelInputs.Failure {
        Path folder = from.toAbsolutePath().getParent();
        Path recorded = Path.of(sc.datasetPath());
        if (!recorded.isAbsolute() && folder != null) {
            recorded = folder.resolve(recorded);
        }
        if (Files.exists(recorded)) {
            return recorded;
        }
        Path beside = folder == null ? Path.of(sc.datasetFile()) : folder.resolve(sc.datasetFile());
        if (Files.exists(beside)) {
            return beside;
        }
        if (sc.datasetFile().equals(DefaultDataset.FILE_NAME)) {
            try {
                return DefaultDataset.locate();
            } catch (ImportException e) {
                LOG.log(Level.FINE, "default dataset not found for " + sidecarFile, e);
            }
        }
        stderr.println(new Location(sidecarFile, SidecarJson.SHEET, 0, "dataset.path").format() + ": "
                + Messages.get("cli.render.datasetMissing", sc.datasetPath(), sc.datasetFile()));
        throw new ModelInputs.Failure(ExitCode.IO);
    }

    // ---- output ---------------------------------------------------------------------------------------------

    private void printWritten(List<ExportedFile> files) {
        for (ExportedFile f : files) {
            stdout.println(f.file());
            if (f.sidecar() != null) {
                stdout.println(f.sidecar());
            }
        }
    }

    private int writeFailed(ExportException e) {
        printWritten(e.written());
        stderr.println(e.getMessage());
        return ExitCode.IO;
    }

    private int usage(String message) {
        stderr.println(message);
        stderr.println(Messages.get("cli.render.usageHint"));
        return ExitCode.USAGE;
    }
}
