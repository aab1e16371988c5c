package org.capexlens.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A linear undo history of immutable states: the current state plus up to {@code capacity} earlier ones and the
 * states undone since the last new step. Pushing a new state forgets what could be redone; beyond the capacity the
 * oldest state is dropped. No toolkit needed.
 *
 * @param <T>  the state type; states are compared with {@code equals} to skip steps that change nothing.
 */
public final class UndoHistory<T> {
    /** How many steps the dashboard keeps. */
    public static final int DEFAULT_CAPACITY = 1000;

    private final int capacity;
    private final List<T> states = new ArrayList<>();
    private int index;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    /**
     * @param capacity  how many undo steps are kept, {@code >= 1}.
     * @param initial   the first state, not {@code null}.
     */
    public UndoHistory(int capacity, T initial) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
        states.add(Objects.requireNonNull(initial, "initial"));
    }

    /** The current state. */
    public T current() {
        return states.get(index);
    }

    /**
     * Makes {@code next} the current state as a new step.
     *
     * @return {@code false} (and nothing changes) when {@code next} equals the current state.
     */
    public boolean push(T next) {
        Objects.requireNonNull(next, "next");
        if (next.equals(current())) {
            return false;
        }
        states.subList(index + 1, states.size()).clear();
        states.add(next);
        if (states.size() > capacity + 1) {
            states.remove(0);
        }
        index = states.size() - 1;
        update();
        return true;
    }

    /** Forgets everything: {@code state} becomes the only state. */
    public void reset(T state) {
        states.clear();
        states.add(Objects.requireNonNull(state, "state"));
        index = 0;
        update();
    }

    /** Steps back; the new current state, or empty when there is nothing to undo. */
    public Optional<T> undo() {
        if (index == 0) {
            return Optional.empty();
        }
        index--;
        update();
        return Optional.of(current());
    }

    /** Steps forward again; the new current state, or empty when there is nothing to redo. */
    public Optional<T> redo() {
        if (index == states.size() - 1) {
            return Optional.empty();
        }
        index++;
        update();
        return Optional.of(current());
    }

    /** How many steps can be undone. */
    public int undoSteps() {
        return index;
    }

    /** Whether {@link #undo()} would change anything. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether {@link #redo()} would change anything. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(index > 0);
        canRedo.set(index < states.size() - 1);
    }
}
