package org.capexlens.io.xlsx;

/**
 * POI's zip-bomb, entry-size and file-count limits, set once at start-up before any workbook is opened
 * (DESIGN §8). Idempotent and thread-safe.
 */
public final class PoiLimits {
    private static volatile boolean applied;

    private PoiLimits() {
    }

    /** Sets the limits the first time it is called; later calls do nothing. */
    public static synchronized void applyOnce() {
        if (applied) {
            return;
        }
        // TODO(io.xlsx helper): ZipSecureFile.setMinInflateRatio / setMaxEntrySize / setMaxFileCount,
        // IOUtils.setByteArrayMaxOverride, etc.
        applied = true;
    }
}
