package org.capexlens.ui.assumptions;

import static org.capexlens.ui.assumptions.PanelControls.errorLabel;
import static org.capexlens.ui.assumptions.PanelControls.markValid;
import static org.capexlens.ui.assumptions.PanelControls.mnemonicLabel;
import static org.capexlens.ui.assumptions.PanelControls.section;
import static org.capexlens.ui.assumptions.PanelControls.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.capexlens.text.Messages;

/**
 * The depreciation toggle (mnemonics Alt+2, Alt+5, Alt+A, Alt+U) with the custom life's slider and exact field,
 * bound to the view model's {@link CustomLifeEditor}.
 */
final class DepreciationSection {
    private DepreciationSection() {
    }

    static Node build(AssumptionsViewModel vm) {
        CustomLifeEditor life = vm.customLifeEditor();
        Map<PolicyChoice, ToggleButton> toggles = new EnumMap<>(PolicyChoice.class);
        ToggleGroup group = new ToggleGroup();
        // No position stands for a switch: selecting its (absent) toggle clears the group.
        Runnable showChoice = () -> group.selectToggle(toggles.get(vm.policyChoiceProperty().get()));
        HBox row = new HBox(4);
        row.getStyleClass().add("policy-toggles");
        for (PolicyChoice c : List.of(PolicyChoice.SHORT, PolicyChoice.LONG, PolicyChoice.REPORTED,
                PolicyChoice.CUSTOM)) {
            String key = c.name().toLowerCase(Locale.ROOT);
            ToggleButton b = new ToggleButton(text("ui.assumptions.policy." + key));
            b.setId("policy-" + key);
            b.setToggleGroup(group);
            b.setMnemonicParsing(true);
            b.setTooltip(new Tooltip(text("ui.assumptions.policyTip." + key)));
            b.setOnAction(e -> {
                vm.choosePolicy(c);
                // Clicking the selected toggle deselects it; the model's choice is shown again.
                showChoice.run();
            });
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            toggles.put(c, b);
            row.getChildren().add(b);
        }
        vm.policyChoiceProperty().addListener((obs, old, c) -> showChoice.run());
        showChoice.run();

        Slider slider = new Slider(AssumptionsViewModel.MIN_LIFE, AssumptionsViewModel.MAX_LIFE,
                life.sliderProperty().get());
        slider.setId("customLifeSlider");
        slider.setBlockIncrement(0.5);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(1);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setAccessibleText(Messages.get("ui.assumptions.custom.slider"));
        life.sliderProperty().addListener((obs, old, v) -> slider.setValue(v.doubleValue()));
        slider.valueProperty().addListener((obs, old, v) -> life.sliderMoved(v.doubleValue(),
                slider.isValueChanging()));
        slider.valueChangingProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                life.sliderReleased(slider.getValue());
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);

        TextField field = new TextField();
        field.setId("customLifeField");
        field.setPrefColumnCount(4);
        field.setAccessibleText(Messages.get("ui.assumptions.custom.field"));
        field.textProperty().bindBidirectional(life.textProperty());
        life.editingProperty().bind(field.focusedProperty());
        field.setOnAction(e -> life.commitText());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                life.commitText();
            }
        });
        Label error = errorLabel("customLifeError");
        error.textProperty().bind(life.errorProperty());
        life.errorProperty().addListener((obs, old, m) -> markValid(field,
                m.isEmpty() ? Optional.empty() : Optional.of(m)));
        Label unit = new Label(Messages.get("ui.assumptions.unit.years"));
        Label fieldLabel = mnemonicLabel(Messages.get("ui.assumptions.custom.label"), field);
        HBox custom = new HBox(6, fieldLabel, field, unit);
        custom.setAlignment(Pos.CENTER_LEFT);

        Label note = new Label();
        note.setId("policyNote");
        note.getStyleClass().add("policy-note");
        note.textProperty().bind(vm.policyNoteProperty());
        note.setWrapText(true);
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        return section(Messages.get("ui.assumptions.section.depreciation"), row, slider, custom, error, note);
    }
}
