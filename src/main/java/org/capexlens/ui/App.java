package org.capexlens.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.capexlens.io.DatasetReader;
import org.capexlens.io.DefaultDataset;

/**
 * The JavaFX application: the main window on the default dataset. Started by {@link Launcher} (from the jar) or
 * directly by {@code ./mvnw javafx:run}.
 */
public final class App extends Application {
    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        ShellViewModel vm = new ShellViewModel(DatasetReader::read, runner);
        show(stage, vm, Platform::exit);
        vm.open(DefaultDataset.FILE_NAME, DefaultDataset::locate);
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
    }

    /**
     * Builds the main window around a view model and shows it. The app calls it with the real loader; UI tests
     * call it with a fake one.
     *
     * @param stage   the window, not {@code null}.
     * @param vm      the state to show, not {@code null}.
     * @param onQuit  what File ▸ Quit does, not {@code null}.
     * @return the view, for tests and for later screens to add their tabs.
     */
    public static ShellView show(Stage stage, ShellViewModel vm, Runnable onQuit) {
        ShellView view = new ShellView(vm, onQuit);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setScene(new Scene(view.root(), 1200, 780));
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.show();
        return view;
    }
}
