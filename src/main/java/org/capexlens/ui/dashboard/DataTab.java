package org.capexlens.ui.dashboard;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Data tab, which the window's frame already has (its dataset summary builds itself when first shown): the
 * dashboard adds one table per sheet of the dataset.
 */
final class DataTab extends DashboardTab {
    /**
     * @param tab       the frame's Data tab, content set.
     * @param sheets    its inner tabs, to which the sheets are added.
     * @param vm        the dashboard state (the dataset).
     * @param openLink  opens a source's address.
     */
    DataTab(Tab tab, TabPane sheets, DashboardViewModel vm, Consumer<String> openLink) {
        // No chart panes here, so no pane factory.
        super("data", tab, null, vm);
        new DataTables(vm, openLink).install(sheets);
    }

    @Override
    protected Node build() {
        return tab().getContent();
    }
}
