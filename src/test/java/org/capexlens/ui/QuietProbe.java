package org.capexlens.ui;

import java.nio.file.Path;
import org.capexlens.cli.Cli;

/**
 * Runs {@code validate} on each file named, in one JVM set up exactly as the jar sets itself up ({@link LogSetup}),
 * so that {@code QuietForeignFilesTest} sees every byte the user would see on stdout and stderr.
 */
public final class QuietProbe {
    private QuietProbe() {
    }

    /** @param args  the CapexLens home folder (for the log files), then the files. */
    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        LogSetup.quietLibraries(home);
        LogSetup.configure(home);
        for (int i = 1; i < args.length; i++) {
            System.out.println("== " + args[i] + " exit " + Cli.run("validate", args[i]));
        }
    }
}
