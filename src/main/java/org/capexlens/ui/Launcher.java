package org.capexlens.ui;

import org.capexlens.cli.Cli;

/**
 * The jar's entry point. A plain class (not an {@code Application}) so that {@code java -jar} works with JavaFX on
 * the class path: with no arguments it opens the dashboard, with arguments it runs the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        String home = System.getProperty("capexlens.home");
        java.nio.file.Path homePath = home != null ? java.nio.file.Path.of(home)
                : java.nio.file.Path.of(System.getProperty("user.home"), ".capexlens");
        LogSetup.quietLibraries(homePath);
        LogSetup.configure(homePath);
        // DESIGN §8: the zip-bomb, entry-size and file-count limits are in force before any workbook is opened.
        org.capexlens.io.xlsx.PoiLimits.applyOnce();
        if (args.length == 0) {
            javafx.application.Application.launch(App.class, args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
