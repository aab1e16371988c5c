package org.capexlens.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.calc.DepreciationPolicy;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.Scenario;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.DatasetReader;
import org.capexlens.io.DefaultDataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.json.Presets;
import org.capexlens.io.json.ResultJson;
import org.capexlens.io.json.ScenarioJson;
import org.capexlens.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: bad command line. */
    public static final int USAGE = 1;
    /** Exit code: the dataset or the scenario is not valid. */
    public static final int INVALID = 2;
    /** Exit code: a file could not be read or written. */
    public static final int IO = 3;

    private static final Logger LOG = Logger.getLogger(ComputeCommand.class.getName());

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

    @Option(names = "--data", paramLabel = "FILE",
            description = "Dataset: .xlsx, .xls, .json, .csv or a folder of CSV files "
                    + "(default: data/ai-economics.xlsx).")
    private Path dataFile;

    @Option(names = "--scenario", paramLabel = "FILE|PRESET",
            description = "Scenario JSON file, or a preset: as-reported (default), burry-2-3y, nvidia-4-6y, "
                    + "sequoia-2023, sequoia-2024, bain-2030.")
    private String scenarioArg = Presets.DEFAULT_ID;

    @Option(names = "--life", paramLabel = "YEARS",
            description = "Depreciate every company's short-lived fleet over YEARS (> 0, fractions allowed), "
                    + "replacing the scenario's policy and overrides.")
    private Double life;

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
     * usage errors to exit code {@link #USAGE}.
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
            command.err.println(ex.getMessage());
            command.err.println(Messages.get("cli.compute.usageHint"));
            command.err.flush();
            return USAGE;
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
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run() {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!fmt.equals("json") && !fmt.equals("csv")) {
            err.println(Messages.get("cli.compute.badFormat", format));
            return USAGE;
        }
        if (life != null && !(life > 0 && Double.isFinite(life))) {
            err.println(Messages.get("cli.compute.badLife", String.valueOf(life)));
            return USAGE;
        }
        Scenario scenario;
        try {
            scenario = scenario(scenarioArg);
        } catch (ImportException e) {
            return report(e);
        } catch (InvalidPathException e) {
            err.println(Messages.get("cli.compute.unknownScenario", scenarioArg, String.join(", ", Presets.IDS)));
            return USAGE;
        }
        if (scenario == null) {
            err.println(Messages.get("cli.compute.unknownScenario", scenarioArg, String.join(", ", Presets.IDS)));
            return USAGE;
        }
        if (life != null) {
            scenario = withUniformLife(scenario, life);
        }
        Path data;
        ImportResult loaded;
        try {
            data = dataFile != null ? dataFile : DefaultDataset.locate();
            loaded = loader.load(data);
        } catch (ImportException e) {
            return report(e);
        }
        for (ImportMessage w : loaded.warnings()) {
            err.println(Messages.get("cli.compute.warning", w.location().format(), w.message()));
        }
        String sha256;
        try {
            sha256 = DatasetDigest.sha256(data);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "hashing " + data, e);
            err.println(Messages.get("import.file.ioError", data.toString()));
            return IO;
        }
        ModelResult result;
        try {
            result = EconomicsModel.compute(loaded.dataset(), scenario);
        } catch (RuntimeException e) {
            // A model bug must not surface as a stack trace; the detail goes to the log.
            LOG.log(Level.SEVERE, "model failed on " + data + " with scenario " + scenario.name(), e);
            err.println(Messages.get("cli.compute.modelFailed", loaded.fileName(), scenario.name()));
            return INVALID;
        }
        String text = fmt.equals("json") ? ResultJson.toJson(result, loaded.fileName(), sha256)
                : CompanyCsv.toCsv(result.companies());
        if (outFile == null) {
            out.print(text);
            return OK;
        }
        try {
            AtomicFiles.write(outFile, text.getBytes(StandardCharsets.UTF_8));
        } catch (AtomicFiles.WriteException e) {
            LOG.log(Level.WARNING, "writing " + outFile, e);
            err.println(e.getMessage());
            return IO;
        }
        return OK;
    }


    /**
     * A preset id, else a file; {@code null} when the argument looks like a mistyped preset name (no such file,
     * no {@code .json} extension, no folder part).
     */
    private static Scenario scenario(String arg) throws ImportException {
        if (Presets.isPreset(arg)) {
            return Presets.load(arg);
        }
        Path p = Path.of(arg);
        boolean looksLikePath = arg.toLowerCase(Locale.ROOT).endsWith(".json") || arg.contains("/")
                || arg.contains(File.separator);
        if (!Files.exists(p) && !looksLikePath) {
            return null;
        }
        return ScenarioJson.read(p);
    }

    /** {@code --life}: one uniform life for every company, so company overrides are dropped too. */
    private static Scenario withUniformLife(Scenario s, double years) {
        return new Scenario(Messages.get("cli.compute.lifeName", s.name(), years), s.description(), s.assertedBy(),
                s.sourceUrl(), new DepreciationPolicy.Uniform(years), Map.of(), s.shortLivedShare(),
                s.longLivedLifeYears(), s.inServiceLagYears(), s.convention(), s.capexGrowth(), s.revenueGrowth(),
                s.projectionEndYear(), s.defaultTaxRate(), s.ratioNumerator(), s.aiShareOfCapex(),
                s.aiRevenueBasis(), s.aiRevenueEntities(), s.gpuShareOfDataCenterCost(), s.endUserGrossMargin(),
                s.sustainableCapexIntensity(), s.breakEvenTargetMargin());
    }

    private int report(ImportException e) {
        for (ImportMessage m : e.messages()) {
            err.println(m.format());
        }
        return e.kind() == ImportException.Kind.IO ? IO : INVALID;
    }
}
