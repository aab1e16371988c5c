package org.capexlens.ui.assumptions;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.capexlens.text.FigureFormat;

/**
 * The custom life's slider and exact field, kept in step with the view model's custom life: dragging the slider
 * previews (no undo step) and writes the field; releasing it, a keyboard move or a confirmed field commits. The
 * model's life is shown in both unless the user is typing in the field.
 *
 * <p>There is no re-entrancy flag: a slider position equal to the model's custom life is the model showing itself,
 * never an edit.
 */
public final class CustomLifeEditor {
    private final AssumptionsViewModel vm;
    private final FigureFormat format;
    private final ReadOnlyDoubleWrapper slider = new ReadOnlyDoubleWrapper(this, "slider",
            AssumptionsViewModel.DEFAULT_CUSTOM_LIFE);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing");

    CustomLifeEditor(AssumptionsViewModel vm, FigureFormat format) {
        this.vm = vm;
        this.format = format;
    }

    /**
     * The slider moved (by the user, or to show the model's life).
     *
     * @param years     the slider's value, years.
     * @param dragging  whether the thumb is being dragged: then the life is only previewed.
     */
    public void sliderMoved(double years, boolean dragging) {
        slider.set(years);
        double life = tenth(years);
        if (dragging) {
            vm.previewCustomLife(life);
            text.set(format.years(life));
        } else if (years != shownLife()) {
            vm.setCustomLife(life);
        }
    }

    /** The slider's thumb was released at {@code years}: the previewed life becomes one undo step. */
    public void sliderReleased(double years) {
        vm.setCustomLife(tenth(years));
    }

    /**
     * Commits the field's text (Enter or focus lost). The life already chosen, as shown, changes nothing and clears
     * the message; otherwise the text is set as the custom life and a refusal becomes {@link #errorProperty()}.
     */
    public void commitText() {
        String typed = text.get();
        if (typed.equals(format.years(shownLife())) && inForce(vm.policyChoiceProperty().get())) {
            error.set("");
            return;
        }
        Optional<String> refused = vm.setCustomLifeText(typed);
        error.set(refused.orElse(""));
        if (refused.isEmpty()) {
            show();
        }
    }

    /**
     * The life the slider and field show: under 2–3 y and 5–6 y the life in force (2.5, 5.5; issue 10: they showed
     * the last custom life, 4), otherwise the custom life, which choosing "custom" brings back.
     */
    double shownLife() {
        return switch (vm.policyChoiceProperty().get()) {
            case SHORT -> PolicyChoice.SHORT_LIFE;
            case LONG -> PolicyChoice.LONG_LIFE;
            default -> vm.customLifeProperty().get();
        };
    }

    /** Shows {@link #shownLife()} on the slider, and in the field unless the user is typing a valid entry. */
    void show() {
        double life = shownLife();
        slider.set(life);
        if (!editing.get() || !error.get().isEmpty()) {
            text.set(format.years(life));
        }
    }

    /** Whether the shown life is the one in force: a uniform life, custom or one of the toggle's. */
    private static boolean inForce(PolicyChoice c) {
        return c == PolicyChoice.CUSTOM || c == PolicyChoice.SHORT || c == PolicyChoice.LONG;
    }

    static double tenth(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Where the slider should be, years. */
    public ReadOnlyDoubleProperty sliderProperty() {
        return slider.getReadOnlyProperty();
    }

    /** The exact field's text; bind the field to it both ways. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the last committed text was refused; empty when it was taken. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the user is in the field (bind to its focus): the model then leaves a valid entry as typed. */
    public BooleanProperty editingProperty() {
        return editing;
    }
}
