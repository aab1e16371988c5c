package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.capexlens.domain.CapexRow;
import org.capexlens.io.sec.FigureChange;
import org.capexlens.ui.FxTestSupport;
import org.capexlens.ui.App;
import org.capexlens.ui.TestDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Update from SEC EDGAR… as a user meets it, against a local server serving the meta-cli.json fixture (no
 * network): the preview lists Meta's capex 72.22 → 69.691 with its filing; Apply loads the update as one step that
 * Edit ▸ Undo takes back; Decline changes nothing.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class SecUpdateFxTest {
    private TestDashboard shown;
    private App.Dashboard app;
    private HttpServer server;
    private Path home;
    private String oldHome;

    @Start
    void start(Stage stage) throws IOException {
        byte[] body = Files.readAllBytes(Path.of("src/test/resources/fixtures/sec/meta-cli.json"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/xbrl/companyfacts/", ex -> {
            boolean ok = ex.getRequestURI().getPath().endsWith("CIK0001326801.json");
            ex.sendResponseHeaders(ok ? 200 : 404, ok ? body.length : -1);
            try (OutputStream o = ex.getResponseBody()) {
                if (ok) {
                    o.write(body);
                }
            }
        });
        server.start();
        home = Files.createTempDirectory("capexlens-sec-fx-");
        oldHome = System.getProperty("capexlens.home");
        System.setProperty("capexlens.home", home.toString());
        System.setProperty("capexlens.sec.factsBase",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/api/xbrl/companyfacts/");
        shown = TestDashboard.show(stage, ChartActions.NONE);
        app = shown.app();
    }

    @AfterEach
    void stop() throws IOException {
        server.stop(0);
        System.clearProperty("capexlens.sec.factsBase");
        if (oldHome == null) {
            System.clearProperty("capexlens.home");
        } else {
            System.setProperty("capexlens.home", oldHome);
        }
        shown.close();
        FxTestSupport.deleteTree(home);
    }

    private double metaCapex(int year) {
        return app.shell().resultProperty().get().dataset().capex().stream()
                .filter(c -> c.company().equals("Meta") && c.fiscalYear() == year).mapToDouble(CapexRow::capexUsdB)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<FigureChange> openAndFetch(FxRobot robot) throws TimeoutException {
        FxTestSupport.waitUntil(() -> app.dash().computedProperty().get() != null
                && !app.dash().computingProperty().get());
        MenuItem item = app.shellView().fileMenu().getItems().stream()
                .filter(i -> "secUpdateMenuItem".equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField companies = robot.lookup("#secCompanies").queryAs(
                javafx.scene.control.TextField.class);
        javafx.scene.control.TextField ua = robot.lookup("#secUserAgent").queryAs(
                javafx.scene.control.TextField.class);
        javafx.scene.control.Button fetch = robot.lookup("#secFetch").queryAs(javafx.scene.control.Button.class);
        Platform.runLater(() -> {
            companies.setText("1326801");
            ua.setText("Jane Doe jane@example.com");
            fetch.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FigureChange> table = robot.lookup("#secChanges").queryAs(TableView.class);
        javafx.scene.control.Label status = robot.lookup("#secStatus").queryAs(javafx.scene.control.Label.class);
        try {
            FxTestSupport.waitUntil(() -> !table.getItems().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("no preview; the status says: " + status.getText(), e);
        }
        return table;
    }

    @Test
    void previewThenApplyIsOneStepThatUndoTakesBack(FxRobot robot) throws TimeoutException {
        assertEquals(72.22, metaCapex(2025), 1e-12);
        int steps = app.dash().undoSteps();
        TableView<FigureChange> table = openAndFetch(robot);
        FigureChange capex = table.getItems().stream().filter(c -> c.fiscalYear() == 2025
                && c.column().equals("capex_usd_b")).findFirst().orElseThrow();
        assertEquals(72.22, capex.oldValue());
        assertEquals(69.691, capex.newValue(), 1e-12);
        assertEquals("10-K 0001628280-26-003942 filed 2026-01-29", capex.filing());
        assertEquals(72.22, metaCapex(2025), 1e-12, "nothing changes before Apply");

        Platform.runLater(robot.lookup("#secApply").queryAs(javafx.scene.control.Button.class)::fire);
        FxTestSupport.waitUntil(() -> Math.abs(metaCapex(2025) - 69.691) < 1e-9
                && !app.dash().computingProperty().get());
        assertEquals(steps + 1, app.dash().undoSteps());
        assertTrue(Files.exists(home.resolve("sec-updates")));

        Platform.runLater(app.dash()::undo);
        FxTestSupport.waitUntil(() -> Math.abs(metaCapex(2025) - 72.22) < 1e-9);
        assertEquals(steps, app.dash().undoSteps());
    }

    @Test
    void declineChangesNothing(FxRobot robot) throws TimeoutException, IOException {
        int steps = app.dash().undoSteps();
        openAndFetch(robot);
        Platform.runLater(robot.lookup("#secDecline").queryAs(javafx.scene.control.Button.class)::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(72.22, metaCapex(2025), 1e-12);
        assertEquals(steps, app.dash().undoSteps());
        assertTrue(Files.readString(home.resolve("sec.properties").toAbsolutePath()).contains("jane@example.com"),
                "the User-Agent is kept for next time");
    }

    /**
     * Writes target/sec-update-preview.png, the README picture of the preview as a user sees it. Not a golden image:
     * it checks that a dialog was drawn, at a size that shows old → new and the filing.
     */
    @Test
    void thePreviewDialogIsWrittenAsAPng(FxRobot robot) throws Exception {
        TableView<FigureChange> table = openAndFetch(robot);
        javafx.scene.Scene scene = table.getScene();
        java.util.concurrent.CompletableFuture<javafx.scene.image.WritableImage> shot =
                new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> shot.complete(scene.snapshot(null)));
        javafx.scene.image.WritableImage image = shot.get(10, java.util.concurrent.TimeUnit.SECONDS);
        Path out = Path.of("target", "sec-update-preview.png");
        Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        // The dialog's own scene, at its own size: wide enough for old → new and the filing of each row.
        assertTrue(image.getWidth() >= 600 && image.getHeight() >= 300, image.getWidth() + "x" + image.getHeight());
        assertTrue(Files.size(out) > 10_000, "a drawn dialog, not an empty image");
        // The shipped Meta 2024 is on the headline definition (audit 2026-12 A1); the fixture has only the
        // purchases, so the preview says that the definition would change.
        javafx.scene.control.ListView<?> notes = robot.lookup("#secNotes").queryAs(javafx.scene.control.ListView.class);
        assertTrue(notes.getItems().contains("Meta FY2024 capex_usd_b: the definition changes from incl. "
                + "finance-lease principal (the dataset) to purchases of P&E (the filing); validate will warn if "
                + "the years of one series differ"), notes.getItems().toString());
    }
}
