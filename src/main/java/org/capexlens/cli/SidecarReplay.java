package org.capexlens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.calc.ModelResult;
import org.capexlens.export.ExportContext;
import org.capexlens.export.ExportException;
import org.capexlens.export.ExportService;
import org.capexlens.export.ExportedFile;
import org.capexlens.export.Reproduction;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.DefaultDataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;
import org.capexlens.io.Location;
import org.capexlens.io.json.SidecarJson;
import org.capexlens.text.AppInfo;
import org.capexlens.text.Messages;

/**
 * {@code render --from SIDECAR}: renders again what a sidecar describes — same charts, format, size, settings,
 * locale and scenario — from the dataset it names, and writes the file with a fresh sidecar. The dataset's
 * SHA-256 must still match the recorded one, unless the user allows changed data (then a warning says so); a
 * different application version is only a warning. Messages about the sidecar are located at
 * {@code sidecar-file:sidecar::<member>}.
 */
final class SidecarReplay {
    private static final Logger LOG = Logger.getLogger(SidecarReplay.class.getName());

    private final Path from;
    private final Path out;
    private final Path dataFile;
    private final boolean allowChangedData;
    private final PrintWriter stderr;

    /**
     * @param from              the sidecar file, not {@code null}.
     * @param out               the output folder, or {@code null} for the sidecar's folder.
     * @param dataFile          {@code --data}, or {@code null} to find the dataset the sidecar names.
     * @param allowChangedData  whether a dataset whose SHA-256 differs may be used.
     * @param stderr            where messages go, not {@code null}.
     */
    SidecarReplay(Path from, Path out, Path dataFile, boolean allowChangedData, PrintWriter stderr) {
        this.from = Objects.requireNonNull(from, "from");
        this.out = out;
        this.dataFile = dataFile;
        this.allowChangedData = allowChangedData;
        this.stderr = Objects.requireNonNull(stderr, "stderr");
    }

    /**
     * Reads the sidecar and its dataset, checks them, and writes the file again.
     *
     * @return the file written, with its sidecar.
     * @throws CommandFailure   exit code 2 for an invalid sidecar or dataset or changed data, 3 when a file
     *                          cannot be read; the messages are on stderr.
     * @throws ExportException  when the file or its sidecar cannot be written.
     */
    ExportedFile run() throws CommandFailure, ExportException {
        String sidecarFile = from.getFileName() == null ? from.toString() : from.getFileName().toString();
        Reproduction r;
        try {
            r = Reproduction.fromSidecar(SidecarJson.read(from), sidecarFile);
        } catch (ImportException e) {
            throw CommandFailure.loadFailed(stderr, e);
        }
        SidecarJson.Sidecar sc = r.sidecar();
        Path dataPath = dataFile != null ? dataFile : locateDataset(sc, sidecarFile);
        ImportResult loaded;
        try {
            loaded = DatasetReader.read(dataPath);
        } catch (ImportException e) {
            throw CommandFailure.loadFailed(stderr, e);
        }
        ModelInputs.printWarnings(stderr, loaded);
        String sha256 = ModelInputs.sha256(stderr, dataPath);
        checkSameData(sc, sidecarFile, dataPath, sha256);
        if (!sc.appVersion().equals(AppInfo.version())) {
            stderr.println(new Location(sidecarFile, SidecarJson.SHEET, 0, "app_version").format() + ": "
                    + Messages.get("cli.render.versionDiffers", sc.appVersion(), AppInfo.version()));
        }
        ModelResult result = ModelInputs.compute(stderr, loaded.dataset(), r.scenario(), loaded.fileName());
        var settings = r.settings();
        SidecarJson.Simulation sim = sc.simulation();
        if (sim != null) {
            // Issue 11: the fan is drawn from the same runs, seed and distributions, so it comes out the same.
            settings = settings.withSimulation(org.capexlens.calc.MonteCarlo.run(loaded.dataset(),
                    r.scenario().toBuilder().uncertainty(sim.distributions()).build(), sim.runs(), sim.seed(),
                    sim.from(), sim.to(), org.capexlens.calc.MonteCarlo.Monitor.NONE));
        }
        ExportContext context = new ExportContext(loaded.dataset(), loaded.fileName(),
                dataPath.toAbsolutePath().toString(), sha256, r.scenario(), settings, r.locale(),
                AppInfo.version());
        Path folder = out != null ? out : from.toAbsolutePath().getParent();
        return new ExportService(context, result).export(r, folder);
    }

    /** Refuses data whose SHA-256 differs from the recorded one, or only warns when the user allowed it. */
    private void checkSameData(SidecarJson.Sidecar sc, String sidecarFile, Path dataPath, String sha256)
            throws CommandFailure {
        if (sha256.equals(sc.datasetSha256())) {
            return;
        }
        Location shaAt = new Location(sidecarFile, SidecarJson.SHEET, 0, "dataset.sha256");
        if (!allowChangedData) {
            stderr.println(shaAt.format() + ": " + Messages.get("cli.render.datasetChanged", dataPath.toString(),
                    sc.datasetSha256(), sha256));
            throw new CommandFailure(ExitCode.INVALID);
        }
        stderr.println(shaAt.format() + ": " + Messages.get("cli.render.datasetChangedAllowed",
                dataPath.toString(), sc.datasetSha256(), sha256));
    }

    /**
     * The dataset a sidecar names: its recorded path (relative paths against the sidecar's folder); else a file
     * of that name next to the sidecar (the export and its data were moved together); else, for the default
     * dataset, wherever {@link DefaultDataset#locate()} finds it. The SHA-256 check guards every choice.
     */
    private Path locateDataset(SidecarJson.Sidecar sc, String sidecarFile) throws CommandFailure {
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
        throw new CommandFailure(ExitCode.IO);
    }
}
