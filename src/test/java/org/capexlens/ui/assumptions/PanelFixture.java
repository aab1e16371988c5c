package org.capexlens.ui.assumptions;

import java.util.Locale;
import org.capexlens.io.ImportException;
import org.capexlens.scenario.Scenario;
import org.capexlens.ui.common.ImmediateTaskRunner;
import org.capexlens.ui.dashboard.DashboardFixtures;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.capexlens.ui.shell.ShellViewModel;

/**
 * The assumptions panel's view model over a dashboard on the small default fixture, everything on the calling
 * thread: what the panel's view-model tests start from.
 *
 * @param dash  the dashboard, its dataset loaded.
 * @param vm    the panel's view model.
 */
record PanelFixture(DashboardViewModel dash, AssumptionsViewModel vm) {

    static PanelFixture open() throws ImportException {
        ShellViewModel shell = new ShellViewModel(DashboardFixtures.loader(), new ImmediateTaskRunner());
        DashboardViewModel dash = new DashboardViewModel(shell, new ImmediateTaskRunner(), Scenario.defaults(),
                Locale.ROOT);
        AssumptionsViewModel vm = new AssumptionsViewModel(dash, Locale.ROOT);
        shell.open(DashboardFixtures.DEFAULT);
        return new PanelFixture(dash, vm);
    }
}
