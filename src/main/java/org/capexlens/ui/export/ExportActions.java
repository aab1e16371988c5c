package org.capexlens.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.stage.Window;
import org.capexlens.chart.ChartId;
import org.capexlens.export.ExportFileNames;
import org.capexlens.export.ExportFormat;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.Dialogs;
import org.capexlens.ui.dashboard.ChartActions;
import org.capexlens.ui.dashboard.Computed;
import org.capexlens.ui.dashboard.DashboardAction;

/**
 * The dashboard's export items: File ▸ Export chart… (Ctrl+E), Export all charts… (Ctrl+Shift+E), Export
 * results… (Ctrl+Shift+R) and "Export this chart…" in every chart's context menu. The options dialog collects
 * options, {@link Dialogs} the target; the {@link ExportViewModel} renders off the FX thread and reports back;
 * failures reach the user through the error dialog of {@link Dialogs}, as a plain message.
 */
public final class ExportActions implements ChartActions {
    /** Asks for the export options (the app: {@link ExportDialog}); empty when the user cancels. */
    @FunctionalInterface
    interface OptionsPrompt {
        Optional<ExportDialog.Choice> ask(Window owner, boolean all, ExportDialog.Choice previous);
    }

    private final ExportViewModel vm;
    private final Dialogs dialogs;
    private final OptionsPrompt options;
    private ExportDialog.Choice lastChart = ExportChoices.initial();
    private ExportDialog.Choice lastAll = ExportChoices.initial();
    private Path lastFolder;

    /**
     * @param vm       runs the exports, not {@code null}.
     * @param dialogs  choosers and the error dialog, not {@code null}.
     */
    public ExportActions(ExportViewModel vm, Dialogs dialogs) {
        this(vm, dialogs, ExportDialog::show);
    }

    ExportActions(ExportViewModel vm, Dialogs dialogs, OptionsPrompt options) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.options = Objects.requireNonNull(options, "options");
        vm.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                dialogs.showError(Messages.get("ui.export.errorTitle"), message);
            }
        });
    }

    /** The view model, e.g. for the status bar to bind to. */
    public ExportViewModel viewModel() {
        return vm;
    }

    @Override
    public List<DashboardAction> fileMenuActions(Context context) {
        return List.of(
                file("exportChartMenuItem", Messages.get("ui.export.menu.chart"), "Shortcut+E",
                        () -> context.activeChart().ifPresent(id -> exportChart(id, context))),
                file("exportAllMenuItem", Messages.get("ui.export.menu.all"), "Shortcut+Shift+E",
                        () -> exportAll(context)),
                file("exportResultsMenuItem", Messages.get("ui.export.menu.results"), "Shortcut+Shift+R",
                        () -> exportResults(context)));
    }

    @Override
    public List<DashboardAction> chartMenuActions(ChartId chart, Context context) {
        return List.of(DashboardAction.of(null, DashboardAction.Place.CHART,
                Messages.get("ui.export.menu.thisChart"), null, () -> exportChart(chart, context))
                .enabledWhen(vm.busyProperty().not()));
    }

    private DashboardAction file(String id, String text, String accelerator, Runnable handler) {
        return DashboardAction.of(id, DashboardAction.Place.FILE, text, accelerator, handler)
                .enabledWhen(vm.busyProperty().not());
    }

    private Optional<ExportSource> source(Context context) {
        Optional<Computed> computed = context.computed();
        if (computed.isEmpty() || computed.get().state().dataset() == null) {
            dialogs.inform(Messages.get("ui.export.noData"));
            return Optional.empty();
        }
        Computed c = computed.get();
        Path file = c.state().file();
        String name = file == null || file.getFileName() == null ? c.state().data().fileName()
                : file.getFileName().toString();
        return Optional.of(new ExportSource(file, name, c.state().dataset(), c.result(), c.settings()));
    }

    /** Export chart… and Export this chart…: options, then the file; nothing written when either is cancelled. */
    void exportChart(ChartId chart, Context context) {
        Optional<ExportSource> source = source(context);
        if (source.isEmpty()) {
            return;
        }
        Optional<ExportDialog.Choice> choice = options.ask(context.window(), false, lastChart);
        if (choice.isEmpty()) {
            return;
        }
        lastChart = choice.get();
        ExportFormat format = choice.get().formats().get(0);
        Optional<Path> target = dialogs.chooseSaveFile(new Dialogs.FileRequest(null, lastFolder,
                ExportFileNames.fileName(chart, source.get().result().scenario().name(), format),
                List.of(Dialogs.Filter.of(format.name(), "*." + format.extension()))));
        if (target.isEmpty()) {
            return;
        }
        lastFolder = target.get().getParent();
        vm.exportChart(source.get(), chart, format, choice.get().options(), withExtension(target.get(), format));
    }

    /** Export all charts…: options, then the folder; nothing is written when either is cancelled. */
    void exportAll(Context context) {
        Optional<ExportSource> source = source(context);
        if (source.isEmpty()) {
            return;
        }
        Optional<ExportDialog.Choice> choice = options.ask(context.window(), true, lastAll);
        if (choice.isEmpty()) {
            return;
        }
        lastAll = choice.get();
        Optional<Path> folder = dialogs.chooseFolder(null, lastFolder);
        if (folder.isEmpty()) {
            return;
        }
        lastFolder = folder.get();
        vm.exportAll(source.get(), choice.get().formats(), choice.get().options(), folder.get(),
                choice.get().combinedPdf());
    }

    /** Export results…: the workbook's file; {@code .xlsx} is added when the typed name lacks it. */
    void exportResults(Context context) {
        Optional<ExportSource> source = source(context);
        if (source.isEmpty()) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(new Dialogs.FileRequest(
                Messages.get("ui.export.chooser.results"), lastFolder,
                "results_" + ExportFileNames.slug(source.get().result().scenario().name()) + ".xlsx",
                List.of(Dialogs.Filter.of("Excel workbook", "*.xlsx"))));
        if (target.isEmpty()) {
            return;
        }
        lastFolder = target.get().getParent();
        String name = target.get().getFileName().toString().toLowerCase(Locale.ROOT);
        vm.exportResults(source.get(), name.endsWith(".xlsx") ? target.get()
                : target.get().resolveSibling(target.get().getFileName() + ".xlsx"));
    }

    /** Adds the format's extension when the user typed a name without it. */
    static Path withExtension(Path target, ExportFormat format) {
        String ext = "." + format.extension();
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext) ? target
                : target.resolveSibling(target.getFileName() + ext);
    }
}
