package org.capexlens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.Dataset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.ui.App;
import org.capexlens.ui.common.FxTaskRunner;
import org.capexlens.ui.dashboard.ChartActions;
import org.capexlens.ui.dashboard.DashboardView;

/**
 * Recompute + repaint of the running dashboard after one assumption toggle (DESIGN §7 and issue 6: median under
 * 250 ms on the 1,000-company dataset). Opens the real dashboard window on a synthetic workbook written for the
 * run, then toggles the depreciation assumption between uniform 2.5 years and as reported, one toggle at a time,
 * and measures from the change to the first frame drawn after every chart and figure has been set (the moment the
 * user sees the new numbers), for every tab the user can be looking at.
 *
 * <p>{@code DashboardToggleBench [companies] [years] [toggles-per-tab]} (default 1,000 × 30, 20); {@code default}
 * for companies measures the default dataset instead (DESIGN §7: under 100 ms). Run it in a
 * display (under {@code xvfb-run} on a server) with the test class path, like {@link BenchMain}; README,
 * "Performance", has the command. Prints each toggle's milliseconds, then per tab and overall the median of the
 * toggles after the first two of each tab, after a warm-up of {@value #WARM_UP} toggles (a warm JIT). With
 * {@code -Dbench.snapshots=FOLDER}, saves a PNG of every tab as measured.
 */
public final class DashboardToggleBench {
    private static int companies = 1000;
    private static int years = 30;
    private static int toggles = 20;
    private static final int WARM_UP = 20;
    /** A folder: a PNG of every tab after its toggles is saved there (to look at what was measured). */
    private static final String SNAPSHOTS = "bench.snapshots";

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            companies = "default".equals(args[0]) ? 0 : Integer.parseInt(args[0]);
        }
        if (args.length > 1) {
            years = Integer.parseInt(args[1]);
        }
        if (args.length > 2) {
            toggles = Integer.parseInt(args[2]);
        }
        // A plain main class launching an inner Application: JavaFX on the class path refuses an Application main.
        Application.launch(Window.class, args);
    }

    private DashboardToggleBench() {
    }

    /** The dashboard window being measured. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            open(stage);
        }
    }

    private static void open(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("capexlens-toggle-bench-");
        Path file;
        if (companies == 0) {
            // A copy, so that the dashboard's first load (the default dataset) and the measured one differ.
            file = dir.resolve("default-dataset.xlsx");
            Files.copy(org.capexlens.io.DefaultDataset.locate(), file);
            System.out.printf(Locale.ROOT, "dataset: the default dataset, %s%n", file.getFileName());
        } else {
            file = dir.resolve("synthetic-" + companies + "x" + years + ".xlsx");
            Dataset ds = SyntheticData.dataset(companies, years, 42L);
            SyntheticData.writeXlsx(SyntheticData.tables(ds), file);
            System.out.printf(Locale.ROOT, "dataset: %d companies x %d years, %s (%.1f MB)%n", companies, years,
                    file.getFileName(), Files.size(file) / 1e6);
        }
        FxTaskRunner runner = new FxTaskRunner();
        App.Dashboard app = App.showDashboard(stage, runner, new App.Setup(null, DatasetReader::read, s -> false,
                url -> { }, ChartActions.NONE), Platform::exit);
        List<Path> shown = new ArrayList<>();
        List<Long> frames = new ArrayList<>();
        Object lock = new Object();
        // Only the file of each result is kept: holding the results would measure a leak of our own making.
        GAPS.start();
        app.view().addChartsShownListener(c -> {
            // The listener runs after the layout pass that set the charts; the frame is on screen when the next
            // pulse may start.
            Scene scene = stage.getScene();
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                scene.removePreLayoutPulseListener(next[0]);
                synchronized (lock) {
                    shown.add(c.state().file() == null ? Path.of("") : c.state().file());
                    frames.add(System.nanoTime() - c.requestedAt());
                    lock.notifyAll();
                }
            };
            scene.addPreLayoutPulseListener(next[0]);
            Platform.requestNextPulse();
        });
        Thread driver = new Thread(() -> drive(stage, app, file, shown, frames, lock, runner, dir), "toggle-bench");
        driver.setDaemon(true);
        driver.start();
    }

    private static void drive(Stage stage, App.Dashboard app, Path file, List<Path> shown, List<Long> frames, Object lock,
            FxTaskRunner runner, Path dir) {
        try {
            int seen = awaitFrames(shown, lock, 1, 120);
            long opened = System.nanoTime();
            GAPS.reset();
            Platform.runLater(() -> app.shell().open(file));
            seen = awaitDataset(shown, lock, seen, file, 300);
            System.out.printf(Locale.ROOT, "open to first frame: %.0f ms; longest the window went without a frame"
                    + " meanwhile: %.0f ms%n", (System.nanoTime() - opened) / 1e6, GAPS.longest() / 1e6);
            Scenario fast = Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(2.5));
            List<Double> all = new ArrayList<>();
            StringBuilder report = new StringBuilder();
            // Warm-up: the first toggles of a fresh JVM run interpreted code; a user's tenth toggle is what counts.
            for (int i = 0; i < WARM_UP; i++) {
                Scenario next = app.dash().stateProperty().get().scenario().equals(fast) ? Scenario.defaults() : fast;
                Platform.runLater(() -> app.dash().apply(next));
                seen = awaitFrames(shown, lock, seen + 1, 60);
            }
            for (String tab : DashboardView.TAB_IDS) {
                CountDownLatch selected = new CountDownLatch(1);
                Platform.runLater(() -> {
                    app.view().selectTab(tab);
                    selected.countDown();
                });
                selected.await();
                Thread.sleep(800);
                double[] ms = new double[toggles];
                for (int i = 0; i < toggles; i++) {
                    Scenario next = app.dash().stateProperty().get().scenario().equals(fast) ? Scenario.defaults()
                            : fast;
                    Platform.runLater(() -> app.dash().apply(next));
                    seen = awaitFrames(shown, lock, seen + 1, 60);
                    synchronized (lock) {
                        ms[i] = frames.get(seen - 1) / 1e6;
                    }
                    // A user does not toggle faster than they can read; and the pause lets the collector run.
                    Thread.sleep(150);
                }
                snapshot(stage, tab);
                double[] warm = Arrays.copyOfRange(ms, Math.min(2, toggles - 1), toggles);
                for (double m : warm) {
                    all.add(m);
                }
                report.append(String.format(Locale.ROOT, "%-13s median %6.1f ms   all: %s%n", tab, median(warm),
                        format(ms)));
            }
            double[] every = all.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.print(report);
            System.out.printf(Locale.ROOT, "toggle to next frame, %s: median %.1f ms, p90 %.1f ms over %d warm"
                    + " toggles (target: median < %d ms)%n", companies == 0 ? "default dataset" : companies
                    + " companies x " + years + " years", median(every), percentile(every, 0.9), every.length,
                    companies == 0 ? 100 : 250);
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            runner.close();
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(dir);
            } catch (java.io.IOException e) {
                System.err.println("could not remove " + dir);
            }
            Platform.exit();
        }
    }

    /** The longest time between two pulses: how long the FX thread kept the window from answering. */
    private static final class FrameGaps extends javafx.animation.AnimationTimer {
        private volatile long last;
        private volatile long longest;

        @Override
        public void handle(long now) {
            if (last != 0) {
                longest = Math.max(longest, now - last);
            }
            last = now;
        }

        void reset() {
            last = 0;
            longest = 0;
        }

        long longest() {
            return longest;
        }
    }

    private static final FrameGaps GAPS = new FrameGaps();

    private static void snapshot(Stage stage, String tab) throws Exception {
        String folder = System.getProperty(SNAPSHOTS);
        if (folder == null) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                java.awt.image.BufferedImage image = javafx.embed.swing.SwingFXUtils.fromFXImage(
                        stage.getScene().snapshot(null), null);
                javax.imageio.ImageIO.write(image, "png", Path.of(folder, "toggle-" + tab + ".png").toFile());
            } catch (java.io.IOException e) {
                System.err.println("snapshot of " + tab + " failed: " + e.getMessage());
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static int awaitFrames(List<Path> shown, Object lock, int count, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lock) {
            while (shown.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no frame within " + seconds + " s");
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return shown.size();
        }
    }

    private static int awaitDataset(List<Path> shown, Object lock, int seen, Path file, int seconds)
            throws InterruptedException {
        int n = seen;
        while (true) {
            n = awaitFrames(shown, lock, n + 1, seconds);
            synchronized (lock) {
                if (file.equals(shown.get(n - 1))) {
                    return n;
                }
            }
        }
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * s.length))];
    }

    private static String format(double[] ms) {
        StringBuilder b = new StringBuilder();
        for (double m : ms) {
            b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", m));
        }
        return b.toString();
    }
}
