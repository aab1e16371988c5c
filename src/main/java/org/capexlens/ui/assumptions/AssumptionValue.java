package org.capexlens.ui.assumptions;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.capexlens.scenario.Scenario;

/**
 * One assumption of the current scenario as a property a control binds both ways. The view model
 * {@link #show shows} each new scenario's value in it; a value set from outside (the control) that differs from what
 * the current scenario shows is an edit, handed to the view model's validating setter. A value the model itself
 * shows is therefore never sent back as a change, without any "updating" flag.
 *
 * <p>The setter never rewrites the value while the control is setting it (a valid edit becomes the scenario's new
 * value unchanged), which matters because a bidirectional binding does not pass such a nested change back.
 *
 * @param <T>  the value type; {@code null} (an unreadable control entry) is never an edit.
 */
final class AssumptionValue<T> {
    private final ObjectProperty<T> value;
    private final Function<Scenario, T> read;

    /**
     * @param name     property name, for debugging.
     * @param read     the value as shown for a scenario (clamped to the control's range where it has one).
     * @param current  the current scenario.
     * @param edit     applies a user's value (validating it; invalid values change nothing).
     */
    AssumptionValue(String name, Function<Scenario, T> read, Supplier<Scenario> current, Consumer<T> edit) {
        this.read = Objects.requireNonNull(read, "read");
        value = new SimpleObjectProperty<>(this, name, read.apply(current.get()));
        value.addListener((obs, old, v) -> {
            if (v != null && !v.equals(read.apply(current.get()))) {
                edit.accept(v);
            }
        });
    }

    /** The value as shown; setting it to another value than the current scenario's is one edit (one undo step). */
    ObjectProperty<T> property() {
        return value;
    }

    /** Shows {@code s}'s value (no edit, since it equals what the scenario shows). */
    void show(Scenario s) {
        value.set(read.apply(s));
    }
}
