package org.capexlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.WriteException;
import org.capexlens.text.Messages;

/**
 * A command failed and its messages are already on stderr; {@link #exitCode()} is what the process returns.
 *
 * <p>The factories are the one place that turns each kind of failure into what the user sees and the exit code
 * (DESIGN §6), so every command reports the same failure the same way: a file that cannot be loaded prints its
 * located messages (3 when it could not be read, 2 when it is not valid), a file that cannot be written prints
 * the plain sentence naming it (3), a model bug prints a plain line (2). The detail is logged once, never
 * shown: the user never sees a stack trace.
 */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CommandFailure.class.getName());

    private final int exitCode;

    /** A failure whose messages the caller has printed; {@code exitCode} is one of {@link ExitCode}. */
    CommandFailure(int exitCode) {
        // No message and no stack trace: this is control flow back to call(), not an error to log.
        super(null, null, false, false);
        this.exitCode = exitCode;
    }

    /** The process exit code, one of {@link ExitCode}. */
    int exitCode() {
        return exitCode;
    }

    /**
     * Prints a mistake on the command line and the hint that points to the help; exit code 1.
     *
     * @param hint  the command's "Run … --help" line.
     */
    static CommandFailure usage(PrintWriter err, String message, String hint) {
        err.println(message);
        err.println(hint);
        return new CommandFailure(ExitCode.USAGE);
    }

    /** The exit code of a load failure: {@link ExitCode#IO} when the file could not be read, else INVALID. */
    static int exitCode(ImportException e) {
        return e.kind() == ImportException.Kind.IO ? ExitCode.IO : ExitCode.INVALID;
    }

    /** Prints every located message of a load failure, errors and warnings in file order. */
    static CommandFailure loadFailed(PrintWriter err, ImportException e) {
        for (ImportMessage m : e.messages()) {
            err.println(m.format());
        }
        return new CommandFailure(exitCode(e));
    }

    /**
     * Prints the plain sentence of a write failure (it names the file and the reason); exit code 3. Not logged
     * here: the writer ({@link org.capexlens.io.AtomicFiles}, the export) logged the cause where it caught it.
     */
    static CommandFailure writeFailed(PrintWriter err, WriteException e) {
        err.println(e.getMessage());
        return new CommandFailure(ExitCode.IO);
    }

    /** A dataset that was just read could not be read again to fingerprint it; exit code 3. */
    static CommandFailure hashFailed(PrintWriter err, Path data, IOException e) {
        LOG.log(Level.WARNING, "hashing " + data, e);
        err.println(Messages.get("import.file.ioError", data.toString()));
        return new CommandFailure(ExitCode.IO);
    }

    /**
     * The model threw on valid input: a bug, which must not surface as a stack trace. The detail goes to the log;
     * the user gets a line naming the dataset and the scenario; exit code 2.
     */
    static CommandFailure modelFailed(PrintWriter err, String fileName, String scenarioName, RuntimeException e) {
        LOG.log(Level.SEVERE, "model failed on " + fileName + " with scenario " + scenarioName, e);
        err.println(Messages.get("cli.compute.modelFailed", fileName, scenarioName));
        return new CommandFailure(ExitCode.INVALID);
    }
}
