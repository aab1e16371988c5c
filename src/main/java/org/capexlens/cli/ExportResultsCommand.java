package org.capexlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.capexlens.calc.ModelResult;
import org.capexlens.chart.ChartSettings;
import org.capexlens.export.ExportContext;
import org.capexlens.export.ExportException;
import org.capexlens.export.ExportService;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.text.AppInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-results}: writes every result table of a dataset under a scenario, the sensitivity grid, the
 * assumptions and the sources as one {@code .xlsx} workbook (numbers as numeric cells, text neutralised against
 * formula injection), atomically, through the same {@link ExportService} as the dashboard. Prints the written
 * path; exit codes 0 ok, 1 usage, 2 invalid data or scenario, 3 a file could not be read or written.
 */
@Command(name = "export-results", sortOptions = false)
final class ExportResultsCommand implements Callable<Integer> {
    @Mixin
    private ModelInputs inputs = new ModelInputs();

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "exportResults.out")
    private Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "render.help")
    private boolean help;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            ModelInputs.headless();
            ModelInputs.Loaded in = inputs.load(stderr, DatasetReader::read);
            ModelResult result = ModelInputs.compute(stderr, in.loaded().dataset(), in.scenario(),
                    in.loaded().fileName());
            ExportContext context = new ExportContext(in.loaded().dataset(), in.loaded().fileName(),
                    in.path().toAbsolutePath().toString(), in.sha256(), in.scenario(), ChartSettings.defaults(result),
                    Locale.getDefault(Locale.Category.FORMAT), AppInfo.version());
            try {
                stdout.println(new ExportService(context, result).exportWorkbook(out));
            } catch (ExportException e) {
                throw CommandFailure.writeFailed(stderr, e);
            }
            return ExitCode.OK;
        } catch (CommandFailure e) {
            return e.exitCode();
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }
}
