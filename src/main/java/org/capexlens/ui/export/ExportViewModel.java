package org.capexlens.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.capexlens.chart.ChartId;
import org.capexlens.export.ExportContext;
import org.capexlens.export.ExportException;
import org.capexlens.export.ExportFormat;
import org.capexlens.export.ExportOptions;
import org.capexlens.export.ExportService;
import org.capexlens.export.ExportedFile;
import org.capexlens.io.DatasetDigest;
import org.capexlens.text.AppInfo;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.TaskRunner;

/**
 * Exports from the dashboard: one chart, every chart, or the results workbook. Rendering and writing happen off the
 * FX thread through the {@link TaskRunner}; the outcome comes back as a status line or a plain error message naming
 * the path and why. Holds no JavaFX nodes, so it is tested without the toolkit.
 */
public final class ExportViewModel {
    private static final Logger LOG = Logger.getLogger(ExportViewModel.class.getName());

    private final TaskRunner runner;
    private final Locale locale;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Path>> written = new ReadOnlyObjectWrapper<>(List.of());

    /**
     * @param runner  runs the rendering in the background, not {@code null}.
     * @param locale  number formats of the exported charts, not {@code null}.
     */
    public ExportViewModel(TaskRunner runner, Locale locale) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** Whether an export is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last export did, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last export's failure as a plain sentence, or {@code null}; the view shows it in a dialog. */
    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The files the last export wrote (also after a failure part-way). */
    public ReadOnlyObjectProperty<List<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Exports one chart in one format to {@code target}. */
    public void exportChart(ExportSource source, ChartId chart, ExportFormat format, ExportOptions options,
            Path target) {
        run(source, service -> List.of(service.export(chart, format, options, target).file()));
    }

    /** Exports every chart in every chosen format into {@code folder}, plus a combined PDF if asked. */
    public void exportAll(ExportSource source, List<ExportFormat> formats, ExportOptions options, Path folder,
            boolean combinedPdf) {
        run(source, service -> service.exportAll(List.of(ChartId.values()), formats, options, folder, combinedPdf)
                .stream().map(ExportedFile::file).toList());
    }

    /** Writes the results workbook to {@code target}. */
    public void exportResults(ExportSource source, Path target) {
        run(source, service -> List.of(service.exportWorkbook(target)));
    }

    /** An export step that may fail with a plain message. */
    @FunctionalInterface
    private interface Job {
        List<Path> run(ExportService service) throws ExportException;
    }

    private void run(ExportSource source, Job job) {
        busy.set(true);
        error.set(null);
        status.set(Messages.get("ui.export.running"));
        runner.submit(() -> job.run(new ExportService(context(source, locale), source.result())), files -> {
            busy.set(false);
            written.set(files);
            status.set(files.size() == 1 ? Messages.get("ui.export.doneOne", files.get(0).toString())
                    : Messages.get("ui.export.doneMany", Integer.toString(files.size()),
                            files.isEmpty() ? "" : String.valueOf(files.get(0).getParent())));
        }, failure -> {
            busy.set(false);
            if (failure instanceof ExportException e) {
                written.set(e.written().stream().map(ExportedFile::file).toList());
                error.set(e.getMessage());
            } else {
                LOG.log(Level.SEVERE, "export failed", failure);
                written.set(List.of());
                error.set(Messages.get("ui.export.failed"));
            }
            status.set(Messages.get("ui.export.failedStatus"));
        });
    }

    /**
     * The export context for a source: its SHA-256 is read from the dataset file (so a sidecar can tell whether the
     * data changed later), or "unknown" when the file is gone.
     */
    static ExportContext context(ExportSource source, Locale locale) {
        String sha = "unknown";
        String path = source.file() == null ? source.fileName() : source.file().toAbsolutePath().toString();
        if (source.file() != null && Files.exists(source.file())) {
            try {
                sha = DatasetDigest.sha256(source.file());
            } catch (IOException e) {
                LOG.log(Level.INFO, "could not fingerprint " + source.file(), e);
            }
        }
        return new ExportContext(source.dataset(), source.fileName(), path, sha, source.result().scenario(),
                source.settings(), locale, AppInfo.nameAndVersion());
    }
}
