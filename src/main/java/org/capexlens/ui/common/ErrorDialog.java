package org.capexlens.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.capexlens.text.Messages;

/**
 * The error dialog of every failed load or file command: the first located message as the text, every message in
 * the expandable details. Non-modal to the worker: it never blocks a recompute.
 */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    /** Gives a dialog the owner window's stylesheets and theme class, so that it follows the dark theme. */
    public static void styleLike(javafx.scene.control.DialogPane pane, Window owner) {
        if (owner.getScene() == null || owner.getScene().getRoot() == null) {
            return;
        }
        javafx.scene.Parent root = owner.getScene().getRoot();
        pane.getStylesheets().addAll(root.getStylesheets());
        if (root.getStyleClass().contains("dark")) {
            pane.getStyleClass().add("dark");
        }
    }

    /**
     * Shows the dialog.
     *
     * @param owner     the window it belongs to, or {@code null}.
     * @param header    the header, e.g. "Could not open bad.xlsx".
     * @param error     the messages.
     * @param onHidden  runs when the dialog closes (the view model forgets the error).
     */
    public static void show(Window owner, String header, LoadError error, Runnable onHidden) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
            styleLike(alert.getDialogPane(), owner);
        }
        alert.setTitle(Messages.get("ui.shell.error.title"));
        alert.setHeaderText(header);
        alert.setContentText(error.firstMessage());
        TextArea all = new TextArea(error.details());
        all.setId("errorDetails");
        all.setEditable(false);
        all.setWrapText(true);
        all.setPrefRowCount(Math.min(12, error.messages().size() + 1));
        Label allTitle = new Label(Messages.get("ui.shell.error.details", error.messages().size()));
        VBox details = new VBox(6, allTitle, all);
        VBox.setVgrow(all, Priority.ALWAYS);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(640);
        alert.setResizable(true);
        alert.setOnHidden(e -> onHidden.run());
        alert.show();
    }
}
