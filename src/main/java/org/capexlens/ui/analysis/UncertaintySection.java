package org.capexlens.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.IntegerStringConverter;
import javafx.util.converter.LongStringConverter;
import org.capexlens.scenario.UncertainParameter;
import org.capexlens.text.Messages;

/**
 * The Uncertainty section of the assumptions panel (issue 11), bound to an {@link UncertaintyViewModel}: the list
 * of distributions with a remove button each, an editor (assumption, distribution, its values), then runs, seed,
 * Run simulation, a progress bar and Cancel.
 */
public final class UncertaintySection {
    private UncertaintySection() {
    }

    /** The section's controls. */
    public static Node build(UncertaintyViewModel vm) {
        Label title = new Label(Messages.get("ui.uncertainty.section"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(Messages.get("ui.uncertainty.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("scenario-summary");
        VBox list = new VBox(2);
        list.setId("uncertaintyList");
        Runnable fill = () -> {
            list.getChildren().clear();
            for (UncertaintyViewModel.Entry e : vm.entries()) {
                Label l = new Label(e.text());
                l.setWrapText(true);
                l.setMaxWidth(250);
                Button remove = new Button("\u00d7");
                remove.setTooltip(new Tooltip(Messages.get("ui.uncertainty.remove")));
                remove.setOnAction(ev -> vm.remove(e.parameter()));
                HBox row = new HBox(4, l, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                list.getChildren().add(row);
            }
        };
        vm.entries().addListener((ListChangeListener<UncertaintyViewModel.Entry>) c -> fill.run());
        fill.run();

        ComboBox<UncertainParameter> assumption = new ComboBox<>(vm.parameters());
        assumption.setId("uncertaintyAssumption");
        assumption.setMaxWidth(Double.MAX_VALUE);
        assumption.setPromptText(Messages.get("ui.uncertainty.assumption"));
        assumption.setCellFactory(v -> new ParameterCell());
        assumption.setButtonCell(new ParameterCell());
        ComboBox<String> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                UncertaintyViewModel.KINDS));
        kind.setId("uncertaintyKind");
        kind.setValue("triangular");
        kind.setTooltip(new Tooltip(Messages.get("ui.uncertainty.kind")));
        List<TextField> values = new ArrayList<>();
        HBox valueRow = new HBox(3);
        for (int i = 0; i < 4; i++) {
            TextField f = new TextField();
            f.setId("uncertaintyValue" + i);
            f.setPrefColumnCount(4);
            HBox.setHgrow(f, Priority.ALWAYS);
            values.add(f);
            valueRow.getChildren().add(f);
        }
        Runnable prompts = () -> {
            String[] names = Messages.get(("ui.uncertainty.prompt." + kind.getValue())).split(",");
            for (int i = 0; i < values.size(); i++) {
                boolean used = i < names.length;
                values.get(i).setVisible(used);
                values.get(i).setManaged(used);
                values.get(i).setPromptText(used ? names[i] : "");
            }
        };
        kind.valueProperty().addListener((o, a, b) -> prompts.run());
        prompts.run();
        Label error = new Label();
        error.setId("uncertaintyError");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        Button set = new Button(Messages.get("ui.uncertainty.set"));
        set.setId("uncertaintySet");
        set.disableProperty().bind(assumption.valueProperty().isNull());
        set.setOnAction(e -> {
            List<String> typed = values.stream().map(TextField::getText).toList();
            error.setText(vm.setDistribution(assumption.getValue(), kind.getValue(), typed).orElse(""));
        });
        HBox kindRow = new HBox(4, kind, set);
        kindRow.setAlignment(Pos.CENTER_LEFT);

        TextField runs = new TextField();
        runs.setId("simulationRuns");
        runs.setPrefColumnCount(6);
        TextFormatter<Integer> runsFormat = new TextFormatter<>(new IntegerStringConverter(), vm.runsProperty().get());
        runs.setTextFormatter(runsFormat);
        runsFormat.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.runsProperty().set(b);
            }
        });
        TextField seed = new TextField();
        seed.setId("simulationSeed");
        seed.setPrefColumnCount(4);
        TextFormatter<Long> seedFormat = new TextFormatter<>(new LongStringConverter(), vm.seedProperty().get());
        seed.setTextFormatter(seedFormat);
        seedFormat.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.seedProperty().set(b);
            }
        });
        HBox runRow = new HBox(4, new Label(Messages.get("ui.uncertainty.runs")), runs,
                new Label(Messages.get("ui.uncertainty.seed")), seed);
        runRow.setAlignment(Pos.CENTER_LEFT);
        Button run = new Button(Messages.get("ui.uncertainty.run"));
        run.setId("runSimulation");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.run());
        Button cancel = new Button(Messages.get("ui.uncertainty.cancel"));
        cancel.setId("cancelSimulation");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("simulationProgress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox buttons = new HBox(4, run, cancel);
        Label status = new Label();
        status.setId("simulationStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("scenario-summary");
        VBox box = new VBox(4, title, hint, list, assumption, kindRow, valueRow, error, runRow, buttons, bar, status);
        box.getStyleClass().add("assumption-section");
        return box;
    }

    /** Shows an assumption by its reader's name. */
    private static final class ParameterCell extends ListCell<UncertainParameter> {
        @Override
        protected void updateItem(UncertainParameter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? Messages.get("ui.uncertainty.assumption")
                    : UncertaintyViewModel.label(item));
        }
    }
}
