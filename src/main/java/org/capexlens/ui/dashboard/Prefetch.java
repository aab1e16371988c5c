package org.capexlens.ui.dashboard;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.ImportResult;
import org.capexlens.ui.common.UiTheme;
import org.capexlens.ui.shell.DatasetLoader;

/**
 * The first recompute, done on the loading thread right after the first dataset is read, while the FX thread is
 * still building and showing the window. Launch to first chart then costs the longer of the two, not their sum.
 * Pure reuse: {@link Computation#run} is a function of its inputs, so a prefetched result is taken only when the
 * dashboard asks for exactly those inputs; anything else is computed as usual.
 */
public final class Prefetch {
    private static final Logger LOG = Logger.getLogger(Prefetch.class.getName());

    private final Scenario scenario;
    private final UiTheme theme;
    private final Locale locale;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<Computed> ready = new AtomicReference<>();

    /**
     * @param scenario  the scenario the dashboard starts with, not {@code null}.
     * @param theme     the theme it starts with, not {@code null}.
     * @param locale    number formats of the charts, not {@code null}.
     */
    public Prefetch(Scenario scenario, UiTheme theme, Locale locale) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** {@code inner}, computing the dashboard after its first successful load (on the same worker thread). */
    public DatasetLoader wrap(DatasetLoader inner) {
        Objects.requireNonNull(inner, "inner");
        return file -> {
            ImportResult r = inner.load(file);
            if (!started.getAndSet(true)) {
                try {
                    ready.set(Computation.run(new DashboardState(file, r, scenario), null, null, null, theme,
                            locale, System.nanoTime()));
                } catch (RuntimeException e) {
                    // Only a head start: the dashboard computes again and reports a failure itself.
                    LOG.log(Level.FINE, "prefetch failed", e);
                }
            }
            return r;
        };
    }

    /** The prefetched result when it was computed for exactly these inputs (once), else {@code null}. */
    Computed take(DashboardState state, String vintageCompany, Integer marginYear, UiTheme currentTheme) {
        Computed c = ready.getAndSet(null);
        boolean same = c != null && c.state().data() == state.data() && c.state().scenario().equals(state.scenario())
                && vintageCompany == null && marginYear == null && c.theme() == currentTheme;
        return same ? c : null;
    }
}
