package org.capexlens.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application (placeholder until the shell lands). */
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("CapexLens");
        stage.setScene(new Scene(new Label("CapexLens"), 800, 600));
        stage.show();
    }
}
