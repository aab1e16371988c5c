package org.capexlens.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.capexlens.text.Messages;

/** The app's {@link Dialogs}: JavaFX choosers and alerts owned by the main window and styled like it. */
public final class FxDialogs implements Dialogs {
    private final Supplier<Window> owner;

    /**
     * @param owner  the window dialogs belong to, asked each time (it may return {@code null} before the window is
     *               shown); not {@code null}.
     */
    public FxDialogs(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public Optional<Path> chooseOpenFile(FileRequest request) {
        return Optional.ofNullable(fileChooser(request).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(FileRequest request) {
        return Optional.ofNullable(fileChooser(request).showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialDirectory) {
        DirectoryChooser chooser = new DirectoryChooser();
        if (title != null) {
            chooser.setTitle(title);
        }
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toAbsolutePath().toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showError(String header, LoadError error, Runnable onHidden) {
        ErrorDialog.show(owner.get(), header, error, onHidden);
    }

    @Override
    public void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        own(alert);
        alert.setHeaderText(header);
        alert.show();
    }

    @Override
    public void inform(String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        own(alert);
        alert.show();
    }

    @Override
    public boolean confirm(String header, String text) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.YES, ButtonType.NO);
        ask.setTitle(Messages.get("ui.shell.error.title"));
        ask.setHeaderText(header);
        return ask.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    private void own(Alert alert) {
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
    }

    private static FileChooser fileChooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        if (request.title() != null) {
            chooser.setTitle(request.title());
        }
        for (Filter f : request.filters()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        Path dir = request.initialDirectory();
        if (dir != null && Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toAbsolutePath().toFile());
        }
        if (request.initialFileName() != null) {
            chooser.setInitialFileName(request.initialFileName());
        }
        return chooser;
    }
}
