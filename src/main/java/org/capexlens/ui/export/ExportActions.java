package org.capexlens.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.capexlens.chart.ChartId;
import org.capexlens.export.ExportFileNames;
import org.capexlens.export.ExportFormat;
import org.capexlens.text.Messages;
import org.capexlens.ui.dashboard.ChartActions;
import org.capexlens.ui.dashboard.Computed;

/**
 * The dashboard's export items: File ▸ Export chart… (Ctrl+E), Export all charts… (Ctrl+Shift+E), Export
 * results… and "Export this chart…" in every chart's context menu. The dialogs collect options; the
 * {@link ExportViewModel} renders off the FX thread and reports back; failures show the plain message.
 */
public final class ExportActions implements ChartActions {
    private final ExportViewModel vm;
    private ExportDialog.Choice lastChart = ExportChoices.initial();
    private ExportDialog.Choice lastAll = ExportChoices.initial();
    private File lastFolder;

    /**
     * @param vm  runs the exports, not {@code null}.
     */
    public ExportActions(ExportViewModel vm) {
        this.vm = vm;
        vm.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setHeaderText(Messages.get("ui.export.errorTitle"));
                alert.show();
            }
        });
    }

    /** The view model, e.g. for the status bar to bind to. */
    public ExportViewModel viewModel() {
        return vm;
    }

    @Override
    public List<MenuItem> fileMenuItems(Context context) {
        MenuItem chart = new MenuItem(Messages.get("ui.export.menu.chart"));
        chart.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        chart.setOnAction(e -> context.activeChart().ifPresent(id -> exportChart(id, context)));
        MenuItem all = new MenuItem(Messages.get("ui.export.menu.all"));
        all.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        all.setOnAction(e -> exportAll(context));
        MenuItem results = new MenuItem(Messages.get("ui.export.menu.results"));
        results.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        results.setOnAction(e -> exportResults(context));
        for (MenuItem item : List.of(chart, all, results)) {
            item.disableProperty().bind(vm.busyProperty());
        }
        return List.of(chart, all, results);
    }

    @Override
    public List<MenuItem> chartMenuItems(ChartId chart, Context context) {
        MenuItem item = new MenuItem(Messages.get("ui.export.menu.thisChart"));
        item.setOnAction(e -> exportChart(chart, context));
        item.disableProperty().bind(vm.busyProperty());
        return List.of(item);
    }

    private Optional<ExportSource> source(Context context) {
        Optional<Computed> computed = context.computed();
        if (computed.isEmpty() || computed.get().state().dataset() == null) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("ui.export.noData"));
            alert.initOwner(context.window());
            alert.show();
            return Optional.empty();
        }
        Computed c = computed.get();
        Path file = c.state().file();
        String name = file == null || file.getFileName() == null ? c.state().data().fileName()
                : file.getFileName().toString();
        return Optional.of(new ExportSource(file, name, c.state().dataset(), c.result(), c.settings()));
    }

    private void exportChart(ChartId chart, Context context) {
        Optional<ExportSource> source = source(context);
        if (source.isEmpty()) {
            return;
        }
        Optional<ExportDialog.Choice> choice = ExportDialog.show(context.window(), false, lastChart);
        if (choice.isEmpty()) {
            return;
        }
        lastChart = choice.get();
        ExportFormat format = choice.get().formats().get(0);
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(ExportFileNames.fileName(chart, source.get().result().scenario().name(), format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(),
                "*." + format.extension()));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File target = chooser.showSaveDialog(context.window());
        if (target == null) {
            return;
        }
        lastFolder = target.getParentFile();
        vm.exportChart(source.get(), chart, format, choice.get().options(), withExtension(target, format));
    }

    private void exportAll(Context context) {
        Optional<ExportSource> source = source(context);
        if (source.isEmpty()) {
            return;
        }
        Optional<ExportDialog.Choice> choice = ExportDialog.show(context.window(), true, lastAll);
        if (choice.isEmpty()) {
            return;
        }
        lastAll = choice.get();
        DirectoryChooser chooser = new DirectoryChooser();
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(context.window());
        if (folder == null) {
            return;
        }
        lastFolder = folder;
        vm.exportAll(source.get(), choice.get().formats(), choice.get().options(), folder.toPath(),
                choice.get().combinedPdf());
    }

    private void exportResults(Context context) {
        Optional<ExportSource> source = source(context);
        if (source.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("ui.export.chooser.results"));
        chooser.setInitialFileName("results_" + ExportFileNames.slug(source.get().result().scenario().name())
                + ".xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File target = chooser.showSaveDialog(context.window());
        if (target == null) {
            return;
        }
        lastFolder = target.getParentFile();
        String name = target.getName().toLowerCase(java.util.Locale.ROOT);
        vm.exportResults(source.get(), name.endsWith(".xlsx") ? target.toPath()
                : target.toPath().resolveSibling(target.getName() + ".xlsx"));
    }

    /** Adds the format's extension when the user typed a name without it. */
    static Path withExtension(File target, ExportFormat format) {
        String ext = "." + format.extension();
        return target.getName().toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? target.toPath()
                : target.toPath().resolveSibling(target.getName() + ext);
    }
}
