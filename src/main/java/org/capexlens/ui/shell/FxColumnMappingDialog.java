package org.capexlens.ui.shell;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.capexlens.text.Messages;

/**
 * The column-mapping dialog: one row per missing field, its label and a list of the sheet's headers (the closest
 * one chosen), the reason the mapping cannot be used yet, and a note that it is remembered. Only binds to a
 * {@link ColumnMappingViewModel}.
 */
public final class FxColumnMappingDialog implements ColumnMappingPrompt {
    private final Supplier<Window> owner;

    /** @param owner  the window the dialog belongs to, asked each time; not {@code null}. */
    public FxColumnMappingDialog(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public void ask(ColumnMappingViewModel mapping, Consumer<Boolean> answer) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.setTitle(Messages.get("ui.mapping.title"));
        dialog.setHeaderText(mapping.headerText());
        ButtonType open = new ButtonType(Messages.get("ui.mapping.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().setId("columnMappingDialog");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        List<ColumnMappingViewModel.Choice> choices = mapping.choices();
        for (int i = 0; i < choices.size(); i++) {
            ColumnMappingViewModel.Choice c = choices.get(i);
            ComboBox<String> box = new ComboBox<>();
            box.setId("mapping-" + c.sheet() + "-" + c.field());
            box.getItems().setAll(c.options());
            box.setPromptText(Messages.get("ui.mapping.none"));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setValue(mapping.selected(i));
            Label sample = new Label(c.sample(mapping.selected(i)));
            sample.setId("mappingSample-" + c.sheet() + "-" + c.field());
            sample.setStyle("-fx-opacity: 0.7;");
            int index = i;
            box.valueProperty().addListener((obs, old, v) -> {
                mapping.select(index, v);
                sample.setText(c.sample(v));
            });
            Label label = new Label(c.label());
            label.setLabelFor(box);
            grid.add(label, 0, 2 * i);
            grid.add(box, 1, 2 * i);
            grid.add(sample, 1, 2 * i + 1);
        }
        Label problem = new Label();
        problem.setId("mappingProblem");
        problem.getStyleClass().add("error-text");
        problem.setStyle("-fx-text-fill: #b3261e;");
        problem.textProperty().bind(mapping.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        Label note = new Label(Messages.get("ui.mapping.remember"));
        note.setWrapText(true);
        note.setMaxWidth(520);
        VBox content = new VBox(12, grid, problem, note);
        content.setPrefWidth(540);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(mapping.validProperty().not());

        boolean[] answered = {false};
        dialog.setOnHidden(e -> {
            if (!answered[0]) {
                answered[0] = true;
                answer.accept(dialog.getResult() == open && mapping.validProperty().get());
            }
        });
        dialog.show();
    }
}
