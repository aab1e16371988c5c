package org.capexlens.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.capexlens.export.ChartSize;
import org.capexlens.export.ExportFormat;
import org.capexlens.export.ExportOptions;
import org.capexlens.export.SizePreset;
import org.capexlens.text.Messages;

/**
 * Asks how to export: format(s), a size preset or a custom size, PNG scale and DPI, sidecar. One dialog for "this
 * chart" (one format) and "all charts" (several formats, optional combined PDF). Remembers nothing itself; the
 * caller passes the last choices in.
 */
final class ExportDialog {
    /** What the user chose. */
    record Choice(List<ExportFormat> formats, ExportOptions options, boolean combinedPdf) {
    }

    /** A size entry of the chooser: a preset, or {@code null} for custom. */
    private record SizeEntry(SizePreset preset) {
        String label() {
            if (preset == null) {
                return Messages.get("ui.export.size.custom");
            }
            return switch (preset) {
                case SLIDE_16_9 -> Messages.get("ui.export.size.slide");
                case ARTICLE_COLUMN -> Messages.get("ui.export.size.article");
                case SQUARE -> Messages.get("ui.export.size.square");
            };
        }
    }

    private ExportDialog() {
    }

    /**
     * Shows the dialog and waits.
     *
     * @param owner     the window it belongs to.
     * @param all       {@code true} for "export all charts" (several formats), else one chart in one format.
     * @param previous  the last choice, to start from.
     * @return the choice, or empty when cancelled.
     */
    static Optional<Choice> show(Window owner, boolean all, Choice previous) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(all ? Messages.get("ui.export.dialog.allTitle")
                : Messages.get("ui.export.dialog.chartTitle"));
        ButtonType next = new ButtonType(Messages.get("ui.export.dialog.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(14));
        int row = 0;

        ChoiceBox<ExportFormat> single = new ChoiceBox<>(FXCollections.observableArrayList(ExportFormat.values()));
        single.setValue(previous.formats().get(0));
        List<CheckBox> multi = new ArrayList<>();
        for (ExportFormat f : ExportFormat.values()) {
            CheckBox box = new CheckBox(f.name());
            box.setUserData(f);
            box.setSelected(previous.formats().contains(f));
            multi.add(box);
        }
        if (all) {
            grid.addRow(row++, new Label(Messages.get("ui.export.dialog.formats")), new HBox(12,
                    multi.toArray(new CheckBox[0])));
        } else {
            grid.addRow(row++, new Label(Messages.get("ui.export.dialog.format")), single);
        }

        List<SizeEntry> entries = new ArrayList<>();
        for (SizePreset p : SizePreset.values()) {
            entries.add(new SizeEntry(p));
        }
        entries.add(new SizeEntry(null));
        ChoiceBox<SizeEntry> size = new ChoiceBox<>(FXCollections.observableArrayList(entries));
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(SizeEntry e) {
                return e == null ? "" : e.label();
            }

            @Override
            public SizeEntry fromString(String s) {
                return null;
            }
        });
        ChartSize prevSize = previous.options().size();
        SizeEntry selected = entries.get(entries.size() - 1);
        for (SizeEntry e : entries) {
            if (e.preset() != null && e.preset().size().equals(prevSize)) {
                selected = e;
            }
        }
        size.setValue(selected);
        grid.addRow(row++, new Label(Messages.get("ui.export.dialog.size")), size);

        Spinner<Integer> width = new Spinner<>(ChartSize.MIN_WIDTH, ChartSize.MAX_SIDE, prevSize.width(), 10);
        Spinner<Integer> height = new Spinner<>(ChartSize.MIN_HEIGHT, ChartSize.MAX_SIDE, prevSize.height(), 10);
        width.setEditable(true);
        height.setEditable(true);
        width.disableProperty().bind(Bindings.createBooleanBinding(() -> size.getValue().preset() != null,
                size.valueProperty()));
        height.disableProperty().bind(width.disableProperty());
        size.valueProperty().addListener((obs, old, e) -> {
            if (e != null && e.preset() != null) {
                width.getValueFactory().setValue(e.preset().size().width());
                height.getValueFactory().setValue(e.preset().size().height());
            }
        });
        grid.addRow(row++, new Label(Messages.get("ui.export.dialog.width")), width);
        grid.addRow(row++, new Label(Messages.get("ui.export.dialog.height")), height);

        Spinner<Integer> scale = new Spinner<>((int) ExportOptions.MIN_SCALE, (int) ExportOptions.MAX_SCALE,
                (int) Math.round(previous.options().scale()));
        TextField dpi = new TextField(previous.options().dpi() == null ? "" : previous.options().dpi().toString());
        dpi.setPromptText(Messages.get("ui.export.dialog.dpiPrompt"));
        dpi.setPrefColumnCount(6);
        grid.addRow(row++, new Label(Messages.get("ui.export.dialog.scale")), scale);
        grid.addRow(row++, new Label(Messages.get("ui.export.dialog.dpi")), dpi);

        CheckBox sidecar = new CheckBox(Messages.get("ui.export.dialog.sidecar"));
        sidecar.setSelected(previous.options().sidecar());
        grid.add(sidecar, 0, row++, 2, 1);
        CheckBox combined = new CheckBox(Messages.get("ui.export.dialog.combinedPdf"));
        combined.setSelected(previous.combinedPdf());
        if (all) {
            grid.add(combined, 0, row++, 2, 1);
        }
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        grid.add(problem, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);

        // Validate before closing: a bad DPI or size keeps the dialog open with the reason.
        dialog.getDialogPane().lookupButton(next).addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            try {
                build(all, single, multi, width, height, scale, dpi, sidecar, combined);
                problem.setText("");
            } catch (IllegalArgumentException e) {
                problem.setText(Messages.get("ui.export.dialog.invalid", e.getMessage()));
                ev.consume();
            }
        });
        dialog.setResultConverter(bt -> bt == next
                ? build(all, single, multi, width, height, scale, dpi, sidecar, combined) : null);
        return dialog.showAndWait();
    }

    private static Choice build(boolean all, ChoiceBox<ExportFormat> single, List<CheckBox> multi,
            Spinner<Integer> width, Spinner<Integer> height, Spinner<Integer> scale, TextField dpi,
            CheckBox sidecar, CheckBox combined) {
        List<ExportFormat> formats = new ArrayList<>();
        if (all) {
            for (CheckBox box : multi) {
                if (box.isSelected()) {
                    formats.add((ExportFormat) box.getUserData());
                }
            }
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("choose at least one format");
            }
        } else {
            formats.add(single.getValue());
        }
        return ExportChoices.choice(formats, width.getValue(), height.getValue(), scale.getValue(), dpi.getText(),
                sidecar.isSelected(), all && combined.isSelected());
    }
}
