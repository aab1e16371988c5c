package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.ImportResult;
import org.capexlens.ui.common.UiTheme;
import org.junit.jupiter.api.Test;

/** The launch-time head start is used only for exactly the inputs it was computed for, and only once. */
class PrefetchTest {

    @Test
    void theFirstLoadIsComputedAndTakenOnceForTheSameInputs() throws Exception {
        Prefetch p = new Prefetch(Scenario.defaults(), UiTheme.LIGHT, Locale.ROOT);
        ImportResult r = p.wrap(DashboardFixtures.loader()).load(DashboardFixtures.DEFAULT);
        DashboardState state = new DashboardState(DashboardFixtures.DEFAULT, r, Scenario.defaults());
        Computed c = p.take(state, null, null, UiTheme.LIGHT);
        assertNotNull(c);
        assertSame(r, c.state().data());
        assertNull(p.take(state, null, null, UiTheme.LIGHT), "taken once");
    }

    @Test
    void otherInputsAreComputedAsUsual() throws Exception {
        Prefetch p = new Prefetch(Scenario.defaults(), UiTheme.LIGHT, Locale.ROOT);
        ImportResult r = p.wrap(DashboardFixtures.loader()).load(DashboardFixtures.DEFAULT);
        DashboardState other = new DashboardState(DashboardFixtures.DEFAULT, r,
                Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(3)));
        assertNull(p.take(other, null, null, UiTheme.LIGHT));

        Prefetch q = new Prefetch(Scenario.defaults(), UiTheme.LIGHT, Locale.ROOT);
        ImportResult r2 = q.wrap(DashboardFixtures.loader()).load(DashboardFixtures.DEFAULT);
        assertNull(q.take(new DashboardState(DashboardFixtures.DEFAULT, r2, Scenario.defaults()), null, null,
                UiTheme.DARK), "another theme");
    }
}
