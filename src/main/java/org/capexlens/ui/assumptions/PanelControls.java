package org.capexlens.ui.assumptions;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.capexlens.text.Messages;

/** The assumptions panel's building blocks: sections, label–control forms and controls bound to the view model. */
final class PanelControls {
    private PanelControls() {
    }

    /** A titled section of the panel. */
    static VBox section(String titleText, Node... children) {
        Label title = new Label(titleText);
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        VBox box = new VBox(5);
        box.getChildren().add(title);
        box.getChildren().addAll(children);
        box.getStyleClass().add("assumption-section");
        return box;
    }

    /** Label–control pairs (label text, control, …) in two columns; a label's mnemonic focuses its control. */
    static GridPane form(Object... keysAndControls) {
        GridPane g = new GridPane();
        g.getStyleClass().add("form-grid");
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        ColumnConstraints control = new ColumnConstraints(138);
        g.getColumnConstraints().addAll(label, control);
        for (int i = 0; i < keysAndControls.length; i += 2) {
            Control c = (Control) keysAndControls[i + 1];
            c.setMaxWidth(Double.MAX_VALUE);
            Label l = mnemonicLabel((String) keysAndControls[i], c);
            l.setWrapText(true);
            l.setMinWidth(Region.USE_COMPUTED_SIZE);
            g.addRow(i / 2, l, c);
        }
        return g;
    }

    /** A label whose mnemonic focuses {@code target}; it also names the target for screen readers. */
    static Label mnemonicLabel(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (target instanceof Control c && c.getAccessibleText() == null) {
            c.setAccessibleText(l.getText().replace("_", ""));
        }
        return l;
    }

    /** A choice of {@code values} bound both ways to {@code value}. */
    static <T> ComboBox<T> choice(String id, T[] values, Function<T, String> text, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A spinner of a fraction shown and typed as a percentage, bound both ways to {@code field}. */
    static Spinner<Double> percentSpinner(String id, PercentField field) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                field.min(), field.max(), field.valueProperty().get(), field.step());
        f.setConverter(field.converter());
        f.valueProperty().bindBidirectional(field.valueProperty());
        Spinner<Double> s = new Spinner<>(f);
        s.setId(id);
        s.setEditable(true);
        s.getEditor().setText(f.getConverter().toString(f.getValue()));
        commitOnFocusLost(s);
        return s;
    }

    /** A spinner of whole numbers in [min, max] bound both ways to {@code value}. */
    static Spinner<Integer> wholeSpinner(String id, int min, int max, ObjectProperty<Integer> value) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get());
        s.setId(id);
        s.setEditable(true);
        s.getValueFactory().valueProperty().bindBidirectional(value);
        commitOnFocusLost(s);
        return s;
    }

    private static void commitOnFocusLost(Spinner<?> s) {
        s.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                s.increment(0);
            }
        });
    }

    /** A message under a field, present only while there is something to say. */
    static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    /** Marks {@code f} invalid with the message as its tooltip, or valid when there is none. */
    static void markValid(TextField f, Optional<String> error) {
        f.getStyleClass().remove("invalid");
        if (error.isPresent()) {
            f.getStyleClass().add("invalid");
            f.setTooltip(new Tooltip(error.get()));
        }
    }

    /** Text for a key built from a prefix and an enum constant (every such key is in the bundle). */
    static String text(String key) {
        return Messages.get(key);
    }

    /** A field id from free text (company or entity names): anything but letters, digits, _ and - becomes _. */
    static String idPart(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
