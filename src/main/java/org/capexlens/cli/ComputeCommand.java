package org.capexlens.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.capexlens.calc.Calibration;
import org.capexlens.calc.Claims;
import org.capexlens.calc.GpuEconomicLife;
import org.capexlens.calc.ShortLivedShares;
import org.capexlens.calc.ModelResult;
import org.capexlens.domain.Dataset;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;
import org.capexlens.io.WriteException;
import org.capexlens.io.json.ResultJson;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compute}: runs the model on a dataset under a scenario and prints the results (DESIGN §6) — JSON with
 * every table, or CSV with the company table. Exit codes: 0 ok, 1 usage, 2 invalid data or scenario (each located
 * message on stderr), 3 I/O failure (missing file, unwritable {@code --out}).
 */
@Command(name = "compute", sortOptions = false,
        description = "Computes depreciation, margins, the infrastructure-to-application ratio and the revenue gap "
                + "for a dataset under a scenario, and prints them as JSON (every table) or CSV (the company table).")
public final class ComputeCommand implements Callable<Integer> {
    /** Reads a dataset; {@link DatasetReader#read} in the application, a fake in tests. */
    @FunctionalInterface
    public interface DatasetLoader {
        /**
         * @param path  the dataset file or folder, not {@code null}.
         * @return the dataset with its warnings.
         * @throws ImportException  when the dataset cannot be read or is not valid.
         */
        ImportResult load(Path path) throws ImportException;
    }

    @Mixin
    private ModelInputs inputs = new ModelInputs();

    @Option(names = "--format", paramLabel = "csv|json", description = "Output format (default: json).")
    private String format = "json";

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    private Path outFile;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Spec
    private CommandSpec spec;

    private PrintWriter out;
    private PrintWriter err;
    private final DatasetLoader loader;

    /**
     * Prints through the command line it is registered in ({@code Cli}), reads datasets with
     * {@link DatasetReader#read}.
     */
    public ComputeCommand() {
        this.loader = DatasetReader::read;
    }

    /**
     * @param out  where results go when there is no {@code --out}, not {@code null}.
     * @param err  where messages go, not {@code null}.
     */
    public ComputeCommand(PrintWriter out, PrintWriter err) {
        this(out, err, DatasetReader::read);
    }

    /**
     * @param out     where results go when there is no {@code --out}, not {@code null}.
     * @param err     where messages go, not {@code null}.
     * @param loader  reads the dataset, not {@code null}.
     */
    public ComputeCommand(PrintWriter out, PrintWriter err, DatasetLoader loader) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * Parses {@code args} and runs the command on its own (outside the top-level {@code Cli}), mapping picocli's
     * usage errors to exit code {@link ExitCode#USAGE}.
     *
     * @param command  the command with its writers and loader, not {@code null}.
     * @param args     the arguments after {@code compute}.
     * @return the exit code.
     */
    public static int execute(ComputeCommand command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(command.out);
        cl.setErr(command.err);
        cl.setParameterExceptionHandler((ex, a) -> {
            int exitCode = CommandFailure.usage(command.err, ex.getMessage(), Messages.get("cli.compute.usageHint"))
                    .exitCode();
            command.err.flush();
            return exitCode;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        if (out == null) {
            out = spec.commandLine().getOut();
            err = spec.commandLine().getErr();
        }
        try {
            return run();
        } catch (CommandFailure e) {
            return e.exitCode();
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Issue 14: the short-lived share of each hyperscaler and its basis, or {@code null} (no member) for a dataset
     * in which no company gives a share of its own: such a dataset computes exactly as before, and its JSON stays
     * the same text (the backward-compatibility goldens).
     */
    private static List<ShortLivedShares.Used> shares(Dataset dataset, Scenario scenario) {
        boolean any = dataset.companies().stream().anyMatch(c -> c.ownShortLivedShare().isPresent());
        return any ? ShortLivedShares.of(dataset, scenario) : null;
    }

    private int run() throws CommandFailure {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!fmt.equals("json") && !fmt.equals("csv")) {
            err.println(Messages.get("cli.compute.badFormat", format));
            return ExitCode.USAGE;
        }
        ModelInputs.Loaded in = inputs.load(err, loader);
        ImportResult loaded = in.loaded();
        ModelResult result = ModelInputs.compute(err, loaded.dataset(), in.scenario(), loaded.fileName());
        String text = fmt.equals("json")
                ? ResultJson.toJson(result, Claims.check(loaded.dataset(), in.scenario()),
                        Calibration.compute(loaded.dataset(), in.scenario()),
                        loaded.dataset().gpuPrices().isEmpty() ? null : GpuEconomicLife.of(
                                loaded.dataset().gpuPrices(), in.scenario()),
                        shares(loaded.dataset(), in.scenario()), loaded.fileName(), in.sha256())
                : CompanyCsv.toCsv(result.companies());
        if (outFile == null) {
            out.print(text);
            return ExitCode.OK;
        }
        try {
            AtomicFiles.write(outFile, text.getBytes(StandardCharsets.UTF_8));
        } catch (WriteException e) {
            throw CommandFailure.writeFailed(err, e);
        }
        return ExitCode.OK;
    }
}
