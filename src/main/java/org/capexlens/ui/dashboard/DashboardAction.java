package org.capexlens.ui.dashboard;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;

/**
 * One command of the dashboard's menus: the single description from which {@link DashboardMenus} builds the menu
 * item. The table of them is {@link DashboardActions#all()}; exports add theirs through {@link ChartActions}.
 *
 * @param id               the menu item's node id (UI tests find items by it), or {@code null}.
 * @param menu             the menu it sits in.
 * @param text             the item's label, already taken from the resource bundle; not {@code null}.
 * @param accelerator      a {@code KeyCombination} text such as {@code Shortcut+Shift+O}, or {@code null}.
 * @param alsoOn           a second accelerator for the same command (Redo), or {@code null}.
 * @param enabled          when the item can be used, or {@code null} for always.
 * @param checked          for one of a group of exclusive choices (the theme): whether it is the current one; or
 *                         {@code null} for a plain item.
 * @param separatorBefore  whether a separator precedes it in its menu.
 * @param handler          what choosing it does, on the FX thread; not {@code null}.
 */
public record DashboardAction(String id, Place menu, String text, String accelerator, String alsoOn,
        ObservableBooleanValue enabled, ObservableBooleanValue checked, boolean separatorBefore, Runnable handler) {

    /** The menus of the menu bar, plus a chart's own context menu. */
    public enum Place {
        FILE, EDIT, VIEW, HELP, CHART
    }

    public DashboardAction {
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(handler, "handler");
    }

    /**
     * A plain, always enabled item.
     *
     * @param id           node id, or {@code null}.
     * @param menu         its menu, not {@code null}.
     * @param text         its label, from the resource bundle ({@code Messages.get}), not {@code null}.
     * @param accelerator  e.g. {@code Shortcut+S}, or {@code null}.
     * @param handler      what it does, not {@code null}.
     */
    public static DashboardAction of(String id, Place menu, String text, String accelerator, Runnable handler) {
        return new DashboardAction(id, menu, text, accelerator, null, null, null, false, handler);
    }

    /** This action, usable only while {@code condition} holds. */
    public DashboardAction enabledWhen(ObservableBooleanValue condition) {
        return new DashboardAction(id, menu, text, accelerator, alsoOn, condition, checked, separatorBefore,
                handler);
    }

    /** This action as one of a group of exclusive choices, marked while {@code condition} holds. */
    public DashboardAction checkedWhen(ObservableBooleanValue condition) {
        return new DashboardAction(id, menu, text, accelerator, alsoOn, enabled, condition, separatorBefore,
                handler);
    }

    /** This action with a separator before it. */
    public DashboardAction afterSeparator() {
        return new DashboardAction(id, menu, text, accelerator, alsoOn, enabled, checked, true, handler);
    }

    /** This action also on a second accelerator. */
    public DashboardAction alsoOn(String second) {
        return new DashboardAction(id, menu, text, accelerator, second, enabled, checked, separatorBefore, handler);
    }
}
