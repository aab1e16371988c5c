package org.capexlens.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.capexlens.chart.ChartId;
import org.jfree.chart.JFreeChart;

/**
 * One tab of the dashboard. Its content is built the first time the tab is shown: a window with every tab built up
 * front takes seconds longer to appear on a busy two-core machine (styling and laying out controls nobody looks at
 * yet). Charts of a hidden tab are set when it is next shown ({@link ChartPane#setLive}).
 */
abstract class DashboardTab {
    private final String id;
    private final Tab tab;
    private final ChartPanes factory;
    private final DashboardViewModel vm;
    private final List<ChartPane> panes = new ArrayList<>();

    /**
     * A tab titled from the resource bundle.
     *
     * @param id       one of {@link DashboardView#TAB_IDS}.
     * @param title    the tab's title, from the resource bundle.
     * @param factory  makes the tab's chart panes.
     * @param vm       the dashboard state (the latest result for a tab built late).
     */
    DashboardTab(String id, String title, ChartPanes factory, DashboardViewModel vm) {
        this(id, new Tab(title), factory, vm);
        tab.setId(id + "Tab");
        tab.setClosable(false);
    }

    /** A tab around one that exists already (the shell's Data tab). */
    DashboardTab(String id, Tab tab, ChartPanes factory, DashboardViewModel vm) {
        this.id = id;
        this.tab = tab;
        this.factory = factory;
        this.vm = vm;
    }

    /** Builds the content; called once, the first time the tab is shown. Make chart panes with {@link #pane}. */
    protected abstract Node build();

    /** Sets the figures other than charts (cards, tables); called for every result, built or not. */
    protected void showFigures(Computed c) {
    }

    /** The chart {@code pane} shows out of {@code c}. */
    protected JFreeChart chartFor(ChartPane pane, Computed c) {
        return c.charts().get(pane.chartId());
    }

    /** A new chart pane that belongs to this tab. */
    protected final ChartPane pane(ChartId chart) {
        ChartPane p = factory.create(chart);
        panes.add(p);
        return p;
    }

    /** The tab's id, one of {@link DashboardView#TAB_IDS}. */
    final String id() {
        return id;
    }

    /** The tab control. */
    final Tab tab() {
        return tab;
    }

    /** The chart panes built so far, in order. */
    final List<ChartPane> panes() {
        return List.copyOf(panes);
    }

    /** Builds the content now if the tab is selected, else the first time it is. A tab with content stays. */
    final void buildWhenShown() {
        if (tab.getContent() != null) {
            return;
        }
        if (tab.isSelected()) {
            buildNow();
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (is && tab.getContent() == null) {
                    tab.selectedProperty().removeListener(this);
                    buildNow();
                }
            }
        });
    }

    /** Sets every chart and figure of {@code c} (the charts of a hidden tab when it is next shown). */
    final void show(Computed c) {
        for (ChartPane p : panes) {
            p.show(chartFor(p, c));
        }
        showFigures(c);
    }

    private void buildNow() {
        tab.setContent(build());
        List<ChartPane> mine = List.copyOf(panes);
        Computed c = vm.computedProperty().get();
        for (ChartPane p : mine) {
            if (c != null) {
                p.show(chartFor(p, c));
            }
            p.setLive(tab.isSelected());
        }
        tab.selectedProperty().addListener((obs, was, is) -> mine.forEach(p -> p.setLive(is)));
    }
}
