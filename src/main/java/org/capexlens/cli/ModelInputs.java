package org.capexlens.cli;

import org.capexlens.io.DatasetDigest;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
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
 * located message to stderr, so every command reports the same mistakes the same way.
 */
final class ModelInputs {
    private static final Logger LOG = Logger.getLogger(ModelInputs.class.getName());

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

    /** The command failed; its messages are already on stderr. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        Failure(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

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
     * @throws Failure  with exit code 1 (bad option or mistyped preset), 2 (invalid scenario or dataset) or 3
     *                  (a file could not be read); the messages are printed to {@code err}.
     */
    Loaded load(PrintWriter err, ComputeCommand.DatasetLoader loader) throws Failure {
        if (life != null && !(life > 0 && Double.isFinite(life))) {
            err.println(Messages.get("cli.compute.badLife", String.valueOf(life)));
            throw new Failure(ExitCode.USAGE);
        }
        Scenario scenario;
        try {
            scenario = scenario(scenarioArg);
        } catch (ImportException e) {
            throw report(err, e);
        } catch (InvalidPathException e) {
            scenario = null;
        }
        if (scenario == null) {
            err.println(Messages.get("cli.compute.unknownScenario", scenarioArg, String.join(", ", Presets.IDS)));
            throw new Failure(ExitCode.USAGE);
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
            throw report(err, e);
        }
        for (ImportMessage w : loaded.warnings()) {
            err.println(Messages.get("cli.compute.warning", w.location().format(), w.message()));
        }
        try {
            return new Loaded(data, loaded, DatasetDigest.sha256(data), scenario);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "hashing " + data, e);
            err.println(Messages.get("import.file.ioError", data.toString()));
            throw new Failure(ExitCode.IO);
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

    /** Prints every located message of {@code e} and gives the failure with its exit code (3 for I/O, else 2). */
    static Failure report(PrintWriter err, ImportException e) {
        for (ImportMessage m : e.messages()) {
            err.println(m.format());
        }
        return new Failure(e.kind() == ImportException.Kind.IO ? ExitCode.IO : ExitCode.INVALID);
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
