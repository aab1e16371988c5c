package org.capexlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.capexlens.calc.ModelResult;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.domain.Dataset;
import org.capexlens.export.ExportContext;
import org.capexlens.export.ExportException;
import org.capexlens.export.ExportFormat;
import org.capexlens.export.ExportOptions;
import org.capexlens.export.ExportService;
import org.capexlens.export.ExportedFile;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.json.Presets;
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
 *
 * <p>This class parses the command line and chooses the mode; {@link ChartOptions} checks what to draw and how,
 * {@link SidecarReplay} does {@code --from}, and {@link CommandFailure} maps every failure to its message and exit
 * code.
 */
@Command(name = "render", sortOptions = false)
final class RenderCommand implements Callable<Integer> {
    // Declaration order is the order of the help: model inputs, then what to draw, then where it goes.
    @Mixin
    private ModelInputs inputs = new ModelInputs();

    @Mixin
    private ChartOptions chart = new ChartOptions();

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
            printWritten(from != null ? fromSidecar() : render());
            return ExitCode.OK;
        } catch (ExportException e) {
            // Files written before the failure are complete: list them, so a script knows what is there.
            printWritten(e.written());
            return CommandFailure.writeFailed(stderr, e).exitCode();
        } catch (CommandFailure e) {
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

    /** Charts of a dataset and scenario into {@code --out}, every chart in every format. */
    private List<ExportedFile> render() throws CommandFailure, ExportException {
        List<ChartId> chartIds = chart.chartIds(stderr);
        List<ExportFormat> fmts = chart.formats(stderr);
        ExportOptions options = chart.options(stderr);
        if (out == null) {
            throw ChartOptions.usage(stderr, Messages.get("cli.render.noOut"));
        }
        if (allowChangedData) {
            throw ChartOptions.usage(stderr, Messages.get("cli.render.onlyWithFrom", "--allow-changed-data"));
        }
        Locale locale = chart.locale(stderr);
        ModelInputs.Loaded in = inputs.load(stderr, DatasetReader::read);
        Dataset dataset = in.loaded().dataset();
        ModelResult result = ModelInputs.compute(stderr, dataset, in.scenario(), in.loaded().fileName());
        ChartSettings settings = chart.settings(stderr, result);
        ExportContext context = new ExportContext(dataset, in.loaded().fileName(),
                in.path().toAbsolutePath().toString(), in.sha256(), in.scenario(), settings, locale,
                AppInfo.version());
        return new ExportService(context, result).exportAll(chartIds, fmts, options, out, chart.combinedPdf());
    }

    /** {@code --from}: what the sidecar describes; the options the sidecar decides are refused. */
    private List<ExportedFile> fromSidecar() throws CommandFailure, ExportException {
        boolean scenarioGiven = inputs.life != null || !inputs.scenarioArg.equals(Presets.DEFAULT_ID);
        List<String> conflicts = chart.conflictsWithSidecar(scenarioGiven);
        if (!conflicts.isEmpty()) {
            throw ChartOptions.usage(stderr, Messages.get("cli.render.fromConflict", String.join(", ", conflicts)));
        }
        return List.of(new SidecarReplay(from, out, inputs.dataFile, allowChangedData, stderr).run());
    }

    /** Every file written, one path per line, each followed by its sidecar. */
    private void printWritten(List<ExportedFile> files) {
        for (ExportedFile f : files) {
            stdout.println(f.file());
            if (f.sidecar() != null) {
                stdout.println(f.sidecar());
            }
        }
    }
}
