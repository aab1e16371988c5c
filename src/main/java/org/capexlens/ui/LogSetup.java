package org.capexlens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * "Log once with detail, show once without it" (STYLE habit 8): by default java.util.logging prints INFO and its
 * stack traces on stderr, where a command-line user would see a library trace after the plain message. At start-up
 * the details go to {@code capexlens.log.0} (and {@code .1}, 1 MB each) in the CapexLens home folder, and the console
 * only gets SEVERE records. A logging configuration given with {@code -Djava.util.logging.config.file} wins.
 */
final class LogSetup {
    private LogSetup() {
    }

    static void configure(Path home) {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.SEVERE);
        root.addHandler(console);
        try {
            Files.createDirectories(home);
            FileHandler file = new FileHandler(home.resolve("capexlens.log").toString().replace("%", "%%") + ".%g",
                    1_000_000, 2, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // No log file: the console keeps the severe records, nothing else is lost that a user would need.
            root.log(Level.FINE, "no log file in " + home, e);
        }
    }
}
