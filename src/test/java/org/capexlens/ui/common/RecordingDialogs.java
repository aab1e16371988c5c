package org.capexlens.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@link Dialogs} for tests without a screen: choosers answer from a queue the test fills (an empty answer is a
 * cancel), and every request, error, notice and question is recorded for the test to check.
 */
public final class RecordingDialogs implements Dialogs {
    /** An error dialog as it would have been shown. */
    public record Shown(String header, String text, LoadError error) {
    }

    private final Deque<Optional<Path>> answers = new ArrayDeque<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    /** Every file request, open and save, in order. */
    public final List<FileRequest> requests = new ArrayList<>();
    /** Every error dialog, in order. */
    public final List<Shown> errors = new ArrayList<>();
    /** Every information text, in order. */
    public final List<String> notices = new ArrayList<>();

    /** The next chooser returns {@code path}. */
    public RecordingDialogs choose(Path path) {
        answers.add(Optional.of(path));
        return this;
    }

    /** The next chooser is cancelled. */
    public RecordingDialogs cancel() {
        answers.add(Optional.empty());
        return this;
    }

    /** The next question is answered {@code yes}. */
    public RecordingDialogs answer(boolean yes) {
        confirmations.add(yes);
        return this;
    }

    @Override
    public Optional<Path> chooseOpenFile(FileRequest request) {
        requests.add(request);
        return next();
    }

    @Override
    public Optional<Path> chooseSaveFile(FileRequest request) {
        requests.add(request);
        return next();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialDirectory) {
        requests.add(new FileRequest(title, initialDirectory, null, List.of()));
        return next();
    }

    @Override
    public void showError(String header, LoadError error, Runnable onHidden) {
        errors.add(new Shown(header, error.firstMessage(), error));
        onHidden.run();
    }

    @Override
    public void showError(String header, String message) {
        errors.add(new Shown(header, message, null));
    }

    @Override
    public void inform(String message) {
        notices.add(message);
    }

    @Override
    public boolean confirm(String header, String text) {
        if (confirmations.isEmpty()) {
            throw new AssertionError("unexpected question: " + header);
        }
        return confirmations.poll();
    }

    private Optional<Path> next() {
        if (answers.isEmpty()) {
            throw new AssertionError("a chooser opened that the test did not expect");
        }
        return answers.poll();
    }
}
