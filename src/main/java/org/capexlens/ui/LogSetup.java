package org.capexlens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * "Log once with detail, show once without it" (STYLE habit 8): by default java.util.logging prints INFO and its
 * stack traces on stderr, where a command-line user would see a library trace after the plain message. At start-up
 * the details go to {@code capexlens.log.0} (and {@code .1}, 1 MB each) in the CapexLens home folder and nothing to
 * the console (only when no log file can be written do SEVERE records reach it, as one line without a trace). A logging configuration given with {@code -Djava.util.logging.config.file} wins.
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
        try {
            Files.createDirectories(home);
            FileHandler file = new FileHandler(home.resolve("capexlens.log").toString().replace("%", "%%") + ".%g",
                    1_000_000, 2, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // No log file: severe records still reach the console, as one line without a stack trace (issue 15:
            // no trace ever reaches the user).
            ConsoleHandler console = new ConsoleHandler();
            console.setLevel(Level.SEVERE);
            console.setFormatter(new Formatter() {
                @Override
                public String format(LogRecord r) {
                    return "capexlens: " + formatMessage(r) + System.lineSeparator();
                }
            });
            root.addHandler(console);
        }
    }

    /**
     * Issue 15: the spreadsheet library (POI) logs through the Log4j API, whose simple logger prints ERROR and FATAL
     * lines with their stack traces on stderr ("FATAL XMLHelper … SAXParseException") when a damaged file is read.
     * Its records go to {@code capexlens-libraries.log} in the CapexLens home folder instead (set before POI is first
     * loaded; a setting given on the command line wins).
     */
    static void quietLibraries(Path home) {
        String file = home.resolve("capexlens-libraries.log").toString();
        for (String key : new String[] {"log4j2.simplelogLogFile", "org.apache.logging.log4j.simplelog.logFile"}) {
            if (System.getProperty(key) == null) {
                System.setProperty(key, file);
            }
        }
        for (String key : new String[] {"log4j2.simplelogStatusLoggerLevel", "log4j2.statusLoggerLevel"}) {
            if (System.getProperty(key) == null) {
                System.setProperty(key, "OFF");
            }
        }
        try {
            Files.createDirectories(home);
        } catch (IOException | SecurityException e) {
            // the library log then falls back to its default; nothing a user needs is lost
        }
    }
}
