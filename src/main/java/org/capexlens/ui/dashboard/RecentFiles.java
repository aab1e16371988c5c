package org.capexlens.ui.dashboard;

import java.nio.file.Path;
import javafx.collections.ObservableList;

/** The recently opened datasets that File ▸ Open recent offers (kept by the session, which implements this). */
public interface RecentFiles {
    /** The files, most recent first (read-only). */
    ObservableList<Path> recentFiles();

    /** Forgets every recent file (Open recent ▸ Clear). */
    void clearRecent();
}
