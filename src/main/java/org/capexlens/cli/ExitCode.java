package org.capexlens.cli;

/** The process exit codes of the command line (DESIGN §6); shared by every subcommand. */
public final class ExitCode {
    /** The command did what was asked (warnings allowed). */
    public static final int OK = 0;
    /** The command line itself was wrong: unknown option, missing argument, no command. */
    public static final int USAGE = 1;
    /** An input file was read but is not valid. */
    public static final int INVALID = 2;
    /** A file could not be read or written. */
    public static final int IO = 3;

    private ExitCode() {
    }
}
