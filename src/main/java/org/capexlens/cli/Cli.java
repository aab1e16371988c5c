package org.capexlens.cli;

/** The command line (placeholder until the validate command lands). */
public final class Cli {
    private Cli() {
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return 1;
    }
}
