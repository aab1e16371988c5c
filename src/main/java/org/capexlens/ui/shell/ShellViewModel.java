package org.capexlens.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.Location;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.LoadError;
import org.capexlens.ui.common.TaskRunner;

/**
 * State and commands of the main window: which dataset is loaded, what it holds, what went wrong. Needs no
 * running JavaFX toolkit (only its property classes), so it is tested directly.
 *
 * <p>Loads run through the {@link TaskRunner}; a load that is superseded by a newer one is cancelled and its
 * result dropped. A failed load changes nothing but {@link #errorProperty()} and the status: the previous dataset
 * and everything derived from it stay.
 */
public final class ShellViewModel {
    private static final Logger LOG = Logger.getLogger(ShellViewModel.class.getName());

    /** Finds the file to load; runs on the worker thread (it may unpack a file). */
    @FunctionalInterface
    public interface Locator {
        /**
         * @return the file to load, not {@code null}.
         * @throws ImportException  when there is none.
         */
        Path locate() throws ImportException;
    }

    private record Loaded(Path file, ImportResult result) {
    }

    private final DatasetLoader loader;
    private final TaskRunner runner;

    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title",
            Messages.get("ui.shell.title"));
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName",
            Messages.get("ui.shell.noDataset"));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            Messages.get("ui.shell.summary.hint"));
    private final ReadOnlyStringWrapper yearRange = new ReadOnlyStringWrapper(this, "yearRange", "");
    private final ReadOnlyIntegerWrapper warningCount = new ReadOnlyIntegerWrapper(this, "warningCount");
    private final ObservableList<SheetRow> sheetRows = FXCollections.observableArrayList();
    private final ObservableList<String> companies = FXCollections.observableArrayList();
    private final ObservableList<MessageRow> messages = FXCollections.observableArrayList();
    private final ObservableList<SheetRow> sheetRowsView = FXCollections.unmodifiableObservableList(sheetRows);
    private final ObservableList<String> companiesView = FXCollections.unmodifiableObservableList(companies);
    private final ObservableList<MessageRow> messagesView = FXCollections.unmodifiableObservableList(messages);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            Messages.get("ui.shell.status.ready"));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<LoadError> error = new ReadOnlyObjectWrapper<>(this, "error");

    private long generation;
    private TaskRunner.Handle running;

    /**
     * @param loader  reads a file (the app: {@code DatasetReader::read}), not {@code null}.
     * @param runner  runs loads in the background, not {@code null}.
     */
    public ShellViewModel(DatasetLoader loader, TaskRunner runner) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    // ---- commands ----------------------------------------------------------------------------------------------

    /**
     * Loads {@code file} in the background, superseding any load still running.
     *
     * @param file  a dataset file or folder, not {@code null}.
     */
    public void open(Path file) {
        Objects.requireNonNull(file, "file");
        start(displayName(file), () -> file);
    }

    /**
     * Loads the file {@code locator} finds (the default dataset), in the background.
     *
     * @param displayName  what the status line calls it before it is found, not {@code null}.
     * @param locator      finds the file on the worker thread, not {@code null}.
     */
    public void open(String displayName, Locator locator) {
        start(Objects.requireNonNull(displayName, "displayName"), Objects.requireNonNull(locator, "locator"));
    }

    /**
     * Loads the current file again (File ▸ Reload), e.g. after the user edited it in a spreadsheet program. Does
     * nothing before the first successful load.
     *
     * @return whether a load was started.
     */
    public boolean reload() {
        Path file = currentFile.get();
        if (file == null) {
            return false;
        }
        open(file);
        return true;
    }

    /**
     * Shows a dataset loaded earlier again without reading the file (undo and redo of a load). Cancels a load still
     * running, so that it cannot replace the restored dataset afterwards.
     *
     * @param file    the file it came from, not {@code null}.
     * @param loaded  the dataset as loaded then, not {@code null}.
     */
    public void restore(Path file, ImportResult loaded) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(loaded, "loaded");
        ++generation;
        if (running != null) {
            running.cancel();
        }
        succeeded(new Loaded(file, loaded));
        status.set(Messages.get("ui.dash.status.datasetRestored", loaded.fileName()));
    }

    /**
     * Puts a message in the status bar (the outcome of a command that is not a load).
     *
     * @param text  plain-language text, not {@code null}.
     */
    public void announce(String text) {
        status.set(Objects.requireNonNull(text, "text"));
    }

    /** Forgets the last error once the view has shown it. */
    public void dismissError() {
        error.set(null);
    }

    private void start(String name, Locator locator) {
        long mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        busy.set(true);
        status.set(Messages.get("ui.shell.status.loading", name));
        running = runner.submit(() -> {
            Path file = locator.locate();
            try {
                return new Loaded(file, loader.load(file));
            } catch (ImportException e) {
                if (!e.missingColumns().isEmpty()) {
                    throw new NeedsMapping(file, e);
                }
                throw e;
            }
        }, loaded -> {
            if (mine == generation) {
                succeeded(loaded);
            }
        }, failure -> {
            if (mine == generation) {
                failed(name, failure);
            }
        });
    }

    private void succeeded(Loaded loaded) {
        ImportResult r = loaded.result();
        Dataset d = r.dataset();
        busy.set(false);
        running = null;
        currentFile.set(loaded.file());
        result.set(r);
        title.set(Messages.get("ui.shell.title.file", r.fileName()));
        fileName.set(r.fileName());
        sheetRows.setAll(d.rowCounts().entrySet().stream().map(e -> new SheetRow(e.getKey(), e.getValue()))
                .collect(Collectors.toList()));
        companies.setAll(d.companies().stream().map(Company::id).collect(Collectors.toList()));
        yearRange.set(d.firstYear().isPresent()
                ? Messages.get("ui.shell.years", String.valueOf(d.firstYear().getAsInt()),
                        String.valueOf(d.lastYear().getAsInt()))
                : Messages.get("ui.shell.years.none"));
        warningCount.set(r.warnings().size());
        messages.setAll(r.warnings().stream().map(MessageRow::of).collect(Collectors.toList()));
        String companyText = companies.isEmpty() ? Messages.get("ui.shell.summary.noCompanies")
                : Messages.get("ui.shell.summary.companies", companies.size(), String.join(", ", companies));
        summary.set(Messages.get("ui.shell.summary", companyText, yearRange.get(), warningCount.get()));
        int rows = d.rowCounts().values().stream().mapToInt(Integer::intValue).sum();
        status.set(Messages.get("ui.shell.status.loaded", r.fileName(), rows, r.warnings().size()));
    }

    private void failed(String name, Throwable failure) {
        busy.set(false);
        running = null;
        if (failure instanceof NeedsMapping n) {
            // Columns the file names otherwise: the user is offered to map them instead of only being refused.
            LOG.log(Level.INFO, "could not open " + name + ": " + n.cause.firstError().format());
            ImportResult previous = result.get();
            status.set(previous == null ? Messages.get("ui.shell.status.failedNothing", name)
                    : Messages.get("ui.shell.status.failedKeeping", name, previous.fileName()));
            mappingRequest.set(new MappingRequest(n.file, name, n.cause.missingColumns(),
                    new LoadError(name, n.cause.messages())));
            return;
        }
        List<ImportMessage> located;
        if (failure instanceof ImportException e) {
            // Expected for a user's broken file: the located messages say it all; the cause is for the log.
            LOG.log(Level.INFO, "could not open " + name + ": " + e.firstError().format(), e.getCause());
            located = e.messages();
        } else {
            LOG.log(Level.SEVERE, "unexpected failure while opening " + name, failure);
            located = List.of(ImportMessage.error(Location.ofFile(name),
                    Messages.get("import.file.unreadable", name)));
        }
        ImportResult previous = result.get();
        status.set(previous == null ? Messages.get("ui.shell.status.failedNothing", name)
                : Messages.get("ui.shell.status.failedKeeping", name, previous.fileName()));
        error.set(new LoadError(name, located));
    }

    private static String displayName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    // ---- state -------------------------------------------------------------------------------------------------

    /** The loaded dataset and its warnings; {@code null} until the first successful load. */
    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The file the current dataset came from; {@code null} until the first successful load. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** Window title: "CapexLens — file name". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Name of the loaded file, or a "no dataset" text. */
    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** One line: companies, fiscal-year range, warning count; until a load succeeds, how to open a file. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** First–last fiscal year, e.g. "2019–2026"; empty until a load succeeds. */
    public ReadOnlyStringProperty yearRangeProperty() {
        return yearRange.getReadOnlyProperty();
    }

    /** Number of warnings of the loaded dataset. */
    public ReadOnlyIntegerProperty warningCountProperty() {
        return warningCount.getReadOnlyProperty();
    }

    /** Rows per sheet of the loaded dataset, in the order of the data design (read-only). */
    public ObservableList<SheetRow> sheetRows() {
        return sheetRowsView;
    }

    /** Company ids of the loaded dataset, in file order (read-only). */
    public ObservableList<String> companies() {
        return companiesView;
    }

    /** Validation messages (warnings) of the loaded dataset, in file order (read-only). */
    public ObservableList<MessageRow> messages() {
        return messagesView;
    }

    /** The status-bar text. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** {@code true} while a load runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last failed load, until {@link #dismissError()}; the view shows it in a dialog. */
    public ReadOnlyObjectProperty<LoadError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    // ---- column mapping (issue 15) ----------------------------------------------------------------------------

    /** A load refused for missing required columns, carried from the worker to {@link #failed}. */
    private static final class NeedsMapping extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Path file;
        private final transient ImportException cause;

        NeedsMapping(Path file, ImportException cause) {
            super(cause.getMessage(), cause);
            this.file = file;
            this.cause = cause;
        }
    }

    private final ReadOnlyObjectWrapper<MappingRequest> mappingRequest =
            new ReadOnlyObjectWrapper<>(this, "mappingRequest");

    /**
     * A load that failed because required columns were not found, which the user may map to the file's own
     * headers (the column-mapping dialog); {@code null} otherwise. A failure of this kind sets this instead of
     * {@link #errorProperty()}; the previous dataset stays loaded.
     */
    public ReadOnlyObjectProperty<MappingRequest> mappingRequestProperty() {
        return mappingRequest.getReadOnlyProperty();
    }

    /**
     * The user declined to map the columns: the load failed as any other, so {@link #errorProperty()} reports it
     * (and whoever waits for a failure, such as the fallback to the default dataset at launch, sees it).
     */
    public void declineMapping(MappingRequest request) {
        error.set(request.error());
    }

    /** Forgets the mapping request once the view has taken it. */
    public void dismissMappingRequest() {
        mappingRequest.set(null);
    }
}
