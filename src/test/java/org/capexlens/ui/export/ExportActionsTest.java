package org.capexlens.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Window;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartId;
import org.capexlens.export.ExportFormat;
import org.capexlens.export.ExportOptions;
import org.capexlens.export.SizePreset;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.ImmediateTaskRunner;
import org.capexlens.ui.common.RecordingDialogs;
import org.capexlens.ui.dashboard.ChartActions;
import org.capexlens.ui.dashboard.Computed;
import org.capexlens.ui.dashboard.DashboardFixtures;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.capexlens.ui.shell.ShellViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export commands against a recording {@link RecordingDialogs}: what is written, and when nothing is. */
class ExportActionsTest {
    private static final ExportDialog.Choice PNG = new ExportDialog.Choice(List.of(ExportFormat.PNG),
            ExportOptions.of(SizePreset.ARTICLE_COLUMN), false);

    private final RecordingDialogs dialogs = new RecordingDialogs();

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** The dashboard's view for the exports: the default dataset computed, the ratio chart active. */
    private static ChartActions.Context context(boolean loaded) {
        ShellViewModel shell = new ShellViewModel(DashboardFixtures.loader(), new ImmediateTaskRunner());
        DashboardViewModel vm = new DashboardViewModel(shell, new ImmediateTaskRunner(), Scenario.defaults(),
                Locale.ROOT);
        if (loaded) {
            shell.open(DashboardFixtures.DEFAULT);
        }
        Computed computed = vm.computedProperty().get();
        return new ChartActions.Context() {
            @Override
            public Optional<Computed> computed() {
                return Optional.ofNullable(computed);
            }

            @Override
            public Optional<ChartId> activeChart() {
                return Optional.of(ChartId.RATIO);
            }

            @Override
            public Window window() {
                return null;
            }
        };
    }

    private ExportActions actions(Optional<ExportDialog.Choice> options) {
        return new ExportActions(new ExportViewModel(new ImmediateTaskRunner(), Locale.US), dialogs,
                (owner, all, previous) -> options);
    }

    private long filesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void exportChartCancelledWritesNothing() throws IOException {
        dialogs.cancel();

        actions(Optional.of(PNG)).exportChart(ChartId.RATIO, context(true));

        assertEquals(1, dialogs.requests.size(), "the save chooser was offered");
        assertEquals(0, filesIn(dir));
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void exportChartWithTheOptionsDialogCancelledAsksForNoFile() throws IOException {
        actions(Optional.empty()).exportChart(ChartId.RATIO, context(true));

        assertTrue(dialogs.requests.isEmpty());
        assertEquals(0, filesIn(dir));
    }

    @Test
    void exportChartWritesTheChosenFileWithItsExtension() throws IOException {
        dialogs.choose(dir.resolve("ratio"));

        ChartActions.Context context = context(true);
        actions(Optional.of(PNG)).fileMenuActions(context).get(0).handler().run();

        assertTrue(Files.size(dir.resolve("ratio.png")) > 0);
        assertEquals(1, filesIn(dir));
    }

    @Test
    void exportAllCancelledWritesNothing() throws IOException {
        dialogs.cancel();

        actions(Optional.of(PNG)).exportAll(context(true));

        assertEquals(0, filesIn(dir));
    }

    @Test
    void exportWithoutADatasetSaysSoAndAsksNothing() {
        actions(Optional.of(PNG)).exportResults(context(false));

        assertEquals(List.of(Messages.get("ui.export.noData")), dialogs.notices);
        assertTrue(dialogs.requests.isEmpty());
    }

    @Test
    void aFailedExportReachesTheUserThroughTheErrorDialog() throws IOException {
        Path blocked = Files.createFile(dir.resolve("not-a-folder"));
        dialogs.choose(blocked.resolve("results.xlsx"));

        actions(Optional.of(PNG)).exportResults(context(true));

        assertEquals(1, dialogs.errors.size());
        assertEquals(Messages.get("ui.export.errorTitle"), dialogs.errors.get(0).header());
    }
}
