package org.capexlens.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.domain.Dataset;
import org.capexlens.io.DatasetDigest;
import org.capexlens.io.DefaultDataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.json.Presets;
import org.capexlens.io.json.ScenarioJson;
import org.capexlens.text.Messages;
import picocli.CommandLine.Option;

/**
 * The model's inputs on the command line, shared by {@code compute}, {@code render} and {@code export-results}
 * (a picocli mixin): {@code --data FILE} (default: the default dataset), {@code --scenario FILE|PRESET} and
 * {@code --life YEARS}. {@link #load} resolves them in a fixed order — life, scenario, dataset — printing every
 * located message to stderr, so every command reports the same mistakes the same way. {@link #compute} runs the
 * model on what was loaded, turning a model bug into the same plain line for every command.
 */
final class ModelInputs {
    @Option(names = "--data", paramLabel = "FILE",
            description = "Dataset: .xlsx, .xls, .json, .csv or a folder of CSV files "
                    + "(default: data/ai-economics.xlsx).")
    Path dataFile;

    @Option(names = "--scenario", paramLabel = "FILE|PRESET",
            description = "Scenario JSON file, or a preset: as-reported (default), burry-2-3y, nvidia-4-6y, "
                    + "sequoia-2023, sequoia-2024, bain-2030.")
    String scenarioArg = Presets.DEFAULT_ID;

    @Option(names = "--life", paramLabel = "YEARS",
            description = "Depreciate every company's short-lived fleet over YEARS (> 0, fractions allowed), "
                    + "replacing the scenario's policy and overrides.")
    Double life;

    /**
     * The resolved inputs.
     *
     * @param path      the dataset file or folder that was read.
     * @param loaded    the dataset with its warnings and file name.
     * @param sha256    the dataset's fingerprint ({@link DatasetDigest}).
     * @param scenario  the scenario, {@code --life} applied.
     */
    record Loaded(Path path, ImportResult loaded, String sha256, Scenario scenario) {
    }

    /**
     * Checks {@code --life}, reads the scenario, then the dataset (warnings go to stderr), then fingerprints it.
     *
     * @throws CommandFailure  with exit code 1 (bad option or mistyped preset), 2 (invalid scenario or dataset)
     *                         or 3 (a file could not be read); the messages are printed to {@code err}.
     */
    Loaded load(PrintWriter err, ComputeCommand.DatasetLoader loader) throws CommandFailure {
        if (life != null && !(life > 0 && Double.isFinite(life))) {
            err.println(Messages.get("cli.compute.badLife", String.valueOf(life)));
            throw new CommandFailure(ExitCode.USAGE);
        }
        Scenario scenario;
        try {
            scenario = scenario(scenarioArg);
        } catch (ImportException e) {
            throw CommandFailure.loadFailed(err, e);
        } catch (InvalidPathException e) {
            scenario = null;
        }
        if (scenario == null) {
            err.println(Messages.get("cli.compute.unknownScenario", scenarioArg, String.join(", ", Presets.IDS)));
            throw new CommandFailure(ExitCode.USAGE);
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
            throw CommandFailure.loadFailed(err, e);
        }
        printWarnings(err, loaded);
        return new Loaded(data, loaded, sha256(err, data), scenario);
    }

    /** Prints the warnings of a dataset that loaded, each with its location. */
    static void printWarnings(PrintWriter err, ImportResult loaded) {
        for (ImportMessage w : loaded.warnings()) {
            err.println(Messages.get("cli.compute.warning", w.location().format(), w.message()));
        }
    }

    /**
     * The dataset's fingerprint ({@link DatasetDigest}), recorded in results and sidecars.
     *
     * @throws CommandFailure  with exit code 3 when the file cannot be read again; the message is on {@code err}.
     */
    static String sha256(PrintWriter err, Path data) throws CommandFailure {
        try {
            return DatasetDigest.sha256(data);
        } catch (IOException e) {
            throw CommandFailure.hashFailed(err, data, e);
        }
    }

    /**
     * Runs the model on a loaded dataset.
     *
     * @param fileName  the dataset's file name, for the message should the model fail.
     * @throws CommandFailure  with exit code 2 when the model throws (a bug); the message is on {@code err}.
     */
    static ModelResult compute(PrintWriter err, Dataset dataset, Scenario scenario, String fileName)
            throws CommandFailure {
        try {
            return EconomicsModel.compute(dataset, scenario);
        } catch (RuntimeException e) {
            throw CommandFailure.modelFailed(err, fileName, scenario.name(), e);
        }
    }

    /**
     * A preset id, else a file; {@code null} when the argument looks like a mistyped preset name (no such file,
     * no {@code .json} extension, no folder part).
     */
    static Scenario scenario(String arg) throws ImportException {
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
    static Scenario withUniformLife(Scenario s, double years) {
        return s.toBuilder().name(Messages.get("cli.compute.lifeName", s.name(), years))
                .policy(new DepreciationPolicy.Uniform(years)).companyOverrides(Map.of()).build();
    }

    /**
     * Sets {@code java.awt.headless=true} unless the user set it: commands that draw charts or write workbooks
     * must work on a server without a display, and AWT reads the property once, at its first use.
     */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
