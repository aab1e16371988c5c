package org.capexlens.io;

/** How bad an import message is. */
public enum Severity {
    /** The data loaded; something was skipped or looks doubtful. */
    WARNING,
    /** The data is not valid; it is not loaded. */
    ERROR
}
