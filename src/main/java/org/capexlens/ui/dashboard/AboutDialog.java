package org.capexlens.ui.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.capexlens.domain.Dataset;
import org.capexlens.text.AppInfo;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.ErrorDialog;
import org.capexlens.ui.shell.ShellViewModel;

/** Help ▸ About: version, licence, and where the figures come from. */
final class AboutDialog {
    private final DashboardViewModel vm;
    private final ShellViewModel shell;
    private final Consumer<String> openLink;

    AboutDialog(DashboardViewModel vm, ShellViewModel shell, Consumer<String> openLink) {
        this.vm = vm;
        this.shell = shell;
        this.openLink = openLink;
    }

    void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        if (owner != null) {
            about.initOwner(owner);
            ErrorDialog.styleLike(about.getDialogPane(), owner);
        }
        about.setTitle(Messages.get("ui.dash.about.title"));
        about.setHeaderText(AppInfo.nameAndVersion());
        Label what = new Label(Messages.get("ui.dash.about.what"));
        what.setWrapText(true);
        Label licence = new Label(Messages.get("ui.dash.about.licence"));
        licence.setWrapText(true);
        Dataset d = vm.stateProperty().get().dataset();
        String file = shell.fileNameProperty().get();
        Label sources = new Label(d == null ? Messages.get("ui.dash.about.noData")
                : Messages.get("ui.dash.about.sources", d.sources().size(), file));
        sources.setWrapText(true);
        Path readme = readme();
        VBox box = new VBox(8, what, licence, sources);
        if (readme != null) {
            Hyperlink link = new Hyperlink(Messages.get("ui.dash.about.readme"));
            link.setId("aboutReadme");
            link.setOnAction(e -> openLink.accept(readme.toUri().toString()));
            box.getChildren().add(link);
        } else {
            box.getChildren().add(new Label(Messages.get("ui.dash.about.readmeMissing")));
        }
        box.setPrefWidth(540);
        about.getDialogPane().setContent(box);
        about.show();
    }

    /** data/README.md next to the loaded dataset, else under the working folder; {@code null} if neither. */
    private Path readme() {
        Path current = shell.currentFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            Path next = current.toAbsolutePath().getParent().resolve("README.md");
            if (Files.isRegularFile(next)) {
                return next;
            }
        }
        Path local = Path.of("data", "README.md").toAbsolutePath();
        return Files.isRegularFile(local) ? local : null;
    }
}
