package org.capexlens.ui.sec;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.io.WriteException;
import org.capexlens.io.sec.CompanyFacts;
import org.capexlens.io.sec.CompanyFactsParser;
import org.capexlens.io.sec.ConceptMapping;
import org.capexlens.io.sec.EdgarClient;
import org.capexlens.io.sec.FigureChange;
import org.capexlens.io.sec.SecFetchException;
import org.capexlens.io.sec.SecImport;
import org.capexlens.io.sec.SecImportResult;
import org.capexlens.io.sec.SecSettings;
import org.capexlens.io.xlsx.DatasetXlsxWriter;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.TaskRunner;

/**
 * State and commands of File ▸ Update from SEC EDGAR…: download the company facts of the dataset's companies (by
 * their CIKs, or the tickers/CIKs typed), show every figure that would change, and on Apply load the updated
 * dataset — written to {@code sec-updates/} in the CapexLens folder — as one step Edit ▸ Undo takes back. Decline
 * changes nothing. No scene graph: testable without a screen.
 */
public final class SecUpdateViewModel {
    private final Supplier<Dataset> current;
    private final TaskRunner runner;
    private final SecSettings settings;
    private final URI factsBase;
    private final Consumer<Runnable> fxThread;
    private final Consumer<Path> open;

    private final StringProperty userAgent = new SimpleStringProperty(this, "userAgent", "");
    private final StringProperty companies = new SimpleStringProperty(this, "companies", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<SecImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<FigureChange> changes = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private volatile boolean cancelled;
    private TaskRunner.Handle handle;

    /**
     * @param current    the dataset now shown, not {@code null}.
     * @param runner     runs the downloads in the background.
     * @param settings   the User-Agent kept and the download cache.
     * @param factsBase  {@link EdgarClient#FACTS_BASE}, or a local server in tests.
     * @param fxThread   runs progress updates on the UI thread ({@code Platform::runLater}).
     * @param open       loads a dataset file as a new step (the shell's Open).
     */
    public SecUpdateViewModel(Supplier<Dataset> current, TaskRunner runner, SecSettings settings, URI factsBase,
            Consumer<Runnable> fxThread, Consumer<Path> open) {
        this.current = Objects.requireNonNull(current, "current");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.factsBase = Objects.requireNonNull(factsBase, "factsBase");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.open = Objects.requireNonNull(open, "open");
        userAgent.set(settings.userAgent());
        Dataset d = current.get();
        if (d != null) {
            companies.set(String.join(", ", d.companies().stream().map(Company::cik).filter(c -> !c.isEmpty())
                    .toList()));
        }
    }

    /** Downloads and previews; the table fills when done, or the status says why not. */
    public void fetch() {
        String ua = userAgent.get() == null ? "" : userAgent.get().trim();
        if (!EdgarClient.acceptableUserAgent(ua)) {
            status.set(Messages.get("sec.fetch.noUserAgent"));
            return;
        }
        List<String> wanted = List.of(companies.get().split("[,\\s]+")).stream().filter(s -> !s.isBlank())
                .toList();
        if (wanted.isEmpty() || current.get() == null) {
            status.set(Messages.get("ui.sec.nothingToFetch"));
            return;
        }
        try {
            if (!ua.equals(settings.userAgent())) {
                settings.saveUserAgent(ua);
            }
        } catch (WriteException e) {
            status.set(e.getMessage());
        }
        Dataset base = current.get();
        cancelled = false;
        running.set(true);
        progress.set(0);
        result.set(null);
        changes.clear();
        notes.clear();
        status.set(Messages.get("ui.sec.downloading", wanted.size()));
        EdgarClient client = new EdgarClient(factsBase, EdgarClient.TICKERS, ua, settings.cacheDir(),
                Duration.ofSeconds(30));
        handle = runner.submit(() -> {
            ConceptMapping mapping = ConceptMapping.shipped();
            CompanyFactsParser parser = new CompanyFactsParser(mapping.concepts());
            List<CompanyFacts> facts = new ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                if (cancelled) {
                    throw new CancellationException();
                }
                facts.add(parser.read(client.fetchFacts(client.resolve(wanted.get(i)))));
                double done = (i + 1.0) / wanted.size();
                fxThread.accept(() -> progress.set(done));
            }
            return new SecImport(mapping, LocalDate.now(), null).apply(base, facts);
        }, r -> {
            running.set(false);
            result.set(r);
            changes.setAll(r.changes());
            notes.setAll(r.notes());
            status.set(Messages.get("ui.sec.previewReady", r.changes().size(), r.unchanged()));
        }, e -> {
            running.set(false);
            status.set(e instanceof SecFetchException ? e.getMessage()
                    : e instanceof CancellationException ? Messages.get("ui.sec.cancelled")
                    : e instanceof org.capexlens.io.ImportException ie ? ie.firstError().format()
                    : Messages.get("ui.sec.failed"));
        });
    }

    /** Stops the downloads; nothing changes. */
    public void cancel() {
        cancelled = true;
        if (handle != null) {
            handle.cancel();
        }
        running.set(false);
        status.set(Messages.get("ui.sec.cancelled"));
    }

    /**
     * Accepts every change as one step: writes the updated dataset and loads it.
     *
     * @return whether it was applied.
     */
    public boolean apply() {
        SecImportResult r = result.get();
        if (r == null) {
            return false;
        }
        Path file = settings.cacheDir().resolveSibling("sec-updates")
                .resolve("dataset-sec-" + LocalDate.now() + ".xlsx");
        try {
            Files.createDirectories(file.getParent());
            DatasetXlsxWriter.write(r.dataset(), file);
        } catch (WriteException e) {
            status.set(e.getMessage());
            return false;
        } catch (java.io.IOException e) {
            status.set(Messages.get("write.noFolder", file.getParent().toString()));
            return false;
        }
        open.accept(file);
        decline();
        return true;
    }

    /** Forgets the preview; nothing changes. */
    public void decline() {
        result.set(null);
        changes.clear();
        notes.clear();
    }

    public StringProperty userAgentProperty() {
        return userAgent;
    }

    public StringProperty companiesProperty() {
        return companies;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SecImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<FigureChange> changes() {
        return changes;
    }

    public ObservableList<String> notes() {
        return notes;
    }
}
