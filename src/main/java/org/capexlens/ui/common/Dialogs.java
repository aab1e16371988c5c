package org.capexlens.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every dialog the window opens for a command: file and folder choosers, the error dialog, information and yes/no
 * questions. Commands talk to this interface only, so that they run in tests against a recording fake; the app
 * uses {@link FxDialogs}. All methods are called on the FX thread.
 *
 * <p>Errors have one path to the user: {@link #showError(String, LoadError, Runnable)} (located messages, details
 * expandable) or {@link #showError(String, String)} (one plain-language sentence). Never a library's raw message.
 */
public interface Dialogs {

    /**
     * One group of files a chooser offers, e.g. "Scenario files" with {@code *.json}.
     *
     * @param description  what the user reads, not {@code null}.
     * @param patterns     glob patterns such as {@code *.xlsx}, not empty.
     */
    record Filter(String description, List<String> patterns) {
        public Filter {
            Objects.requireNonNull(description, "description");
            patterns = List.copyOf(patterns);
        }

        /** A filter of these patterns. */
        public static Filter of(String description, String... patterns) {
            return new Filter(description, List.of(patterns));
        }
    }

    /**
     * What a file chooser starts with.
     *
     * @param title             the chooser's title, or {@code null} for the platform's.
     * @param initialDirectory  the folder it opens in, or {@code null}; ignored unless it exists.
     * @param initialFileName   the proposed name (save only), or {@code null}.
     * @param filters           the file groups offered, the first selected; may be empty.
     */
    record FileRequest(String title, Path initialDirectory, String initialFileName, List<Filter> filters) {
        public FileRequest {
            filters = List.copyOf(filters);
        }
    }

    /** Asks for an existing file to open; empty when the user cancels. */
    Optional<Path> chooseOpenFile(FileRequest request);

    /** Asks where to save; empty when the user cancels. The path is as typed (no extension added). */
    Optional<Path> chooseSaveFile(FileRequest request);

    /**
     * Asks for a folder; empty when the user cancels.
     *
     * @param title             the chooser's title, or {@code null}.
     * @param initialDirectory  the folder it opens in, or {@code null}; ignored unless it exists.
     */
    Optional<Path> chooseFolder(String title, Path initialDirectory);

    /**
     * The error dialog of a failed load or file command: the first located message as the text, every message in
     * the expandable details. Does not wait for the user.
     *
     * @param header    e.g. "Could not open bad.xlsx", not {@code null}.
     * @param error     the located messages, not {@code null}.
     * @param onHidden  runs once the dialog closes (the view model forgets the error), not {@code null}.
     */
    void showError(String header, LoadError error, Runnable onHidden);

    /**
     * The error dialog for a failure that has one plain-language message (an export that could not be written).
     * Does not wait for the user.
     *
     * @param header   e.g. "Export failed", not {@code null}.
     * @param message  the user's text, not {@code null}.
     */
    void showError(String header, String message);

    /** Tells the user something that needs no answer (e.g. "load a dataset first"). Does not wait. */
    void inform(String message);

    /**
     * Asks a yes/no question and waits for the answer.
     *
     * @param header  the question's header, not {@code null}.
     * @param text    the question, not {@code null}.
     * @return {@code true} for yes.
     */
    boolean confirm(String header, String text);
}
