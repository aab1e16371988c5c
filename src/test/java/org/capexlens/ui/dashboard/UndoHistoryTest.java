package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    @Test
    void undoAndRedoWalkTheStatesInOrder() {
        UndoHistory<String> h = new UndoHistory<>(10, "a");
        h.push("b");
        h.push("c");
        assertEquals(Optional.of("b"), h.undo());
        assertEquals(Optional.of("a"), h.undo());
        assertEquals(Optional.empty(), h.undo());
        assertFalse(h.canUndoProperty().get());
        assertEquals(Optional.of("b"), h.redo());
        assertEquals(Optional.of("c"), h.redo());
        assertEquals(Optional.empty(), h.redo());
        assertFalse(h.canRedoProperty().get());
    }

    @Test
    void aNewStepForgetsWhatCouldBeRedone() {
        UndoHistory<String> h = new UndoHistory<>(10, "a");
        h.push("b");
        h.undo();
        assertTrue(h.canRedoProperty().get());
        h.push("x");
        assertFalse(h.canRedoProperty().get());
        assertEquals(Optional.of("a"), h.undo());
        assertEquals(Optional.of("x"), h.redo());
    }

    @Test
    void anUnchangedStateIsNoStep() {
        UndoHistory<String> h = new UndoHistory<>(10, "a");
        assertFalse(h.push("a"));
        assertEquals(0, h.undoSteps());
    }

    @Test
    void keepsAThousandStepsAndDropsTheOldest() {
        UndoHistory<Integer> h = new UndoHistory<>(UndoHistory.DEFAULT_CAPACITY, 0);
        for (int i = 1; i <= 1500; i++) {
            h.push(i);
        }
        assertEquals(1000, h.undoSteps());
        Integer last = null;
        while (h.canUndoProperty().get()) {
            last = h.undo().orElseThrow();
        }
        assertEquals(500, last, "states 0–499 were dropped");
    }

    @Test
    void resetForgetsEverything() {
        UndoHistory<String> h = new UndoHistory<>(10, "a");
        h.push("b");
        h.reset("z");
        assertEquals("z", h.current());
        assertFalse(h.canUndoProperty().get());
        assertThrows(IllegalArgumentException.class, () -> new UndoHistory<>(0, "a"));
    }
}
