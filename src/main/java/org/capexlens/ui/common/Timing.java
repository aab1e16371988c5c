package org.capexlens.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Start-up and repaint timings (DESIGN §7): always logged at FINE; with the system property
 * {@value #PROPERTY} set they are also printed to stderr as {@code capexlens.timing <what>=<ms> ms}, so a script can
 * collect them from several runs.
 */
public final class Timing {
    /** The system property that prints timings to stderr. */
    public static final String PROPERTY = "capexlens.timing";
    /** System property: when the launch began, epoch milliseconds (set for the real JVM by the jar's bootstrap). */
    public static final String LAUNCHED_AT = "capexlens.launchedAt";
    private static final Logger LOG = Logger.getLogger(Timing.class.getName());

    private Timing() {
    }

    /**
     * Reports one measurement.
     *
     * @param what   a short key such as {@code launch-to-first-chart}.
     * @param nanos  the duration in nanoseconds.
     */
    public static void report(String what, long nanos) {
        double ms = nanos / 1e6;
        LOG.log(Level.FINE, () -> String.format(java.util.Locale.ROOT, "%s = %.1f ms", what, ms));
        if (System.getProperty(PROPERTY) != null) {
            System.err.printf(java.util.Locale.ROOT, "capexlens.timing %s=%.1f ms%n", what, ms);
        }
    }
}
