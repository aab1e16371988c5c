package org.capexlens.ui.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.Location;
import org.capexlens.ui.common.TaskRunner;
import org.capexlens.ui.shell.DatasetLoader;

/** The default dataset read once, a loader that fails on one name, and a hand-driven runner. */
public final class DashboardFixtures {
    /** The default dataset, as the app opens it. */
    public static final Path DEFAULT = Path.of("data", "ai-economics.xlsx");
    /** The good fixture workbook: a second, different dataset. */
    public static final Path GOOD = Path.of("src", "test", "resources", "fixtures", "good", "good.xlsx");
    /** A name the fake loader refuses. */
    public static final Path BAD = Path.of("broken.xlsx");
    /** The located message of {@link #BAD}. */
    public static final String BAD_LOCATED = "broken.xlsx:capex:3:capex_usd_b: expected a number in USD billions,"
            + " found \"n/a\"";

    private static ImportResult defaultData;
    private static ImportResult goodData;

    private DashboardFixtures() {
    }

    /** The default dataset (read on first use). */
    public static synchronized ImportResult defaultData() throws ImportException {
        if (defaultData == null) {
            defaultData = DatasetReader.read(DEFAULT);
        }
        return defaultData;
    }

    /** The good fixture (read on first use). */
    public static synchronized ImportResult goodData() throws ImportException {
        if (goodData == null) {
            goodData = DatasetReader.read(GOOD);
        }
        return goodData;
    }

    /** Serves {@link #DEFAULT} and {@link #GOOD} from memory and fails on anything else like a broken file. */
    public static DatasetLoader loader() {
        return file -> {
            if (file.equals(DEFAULT)) {
                return defaultData();
            }
            if (file.equals(GOOD)) {
                return goodData();
            }
            throw new ImportException(ImportException.Kind.INVALID, List.of(ImportMessage.error(
                    new Location("broken.xlsx", "capex", 3, "capex_usd_b"),
                    "expected a number in USD billions, found \"n/a\"")));
        };
    }

    /** Holds submitted work until the test finishes it; it delivers results even for cancelled work. */
    public static final class ManualRunner implements TaskRunner {
        /** One submitted piece of work. */
        public final class Job<T> {
            private final Callable<T> work;
            private final Consumer<? super T> ok;
            private final Consumer<? super Throwable> failed;
            private boolean cancelled;

            Job(Callable<T> work, Consumer<? super T> ok, Consumer<? super Throwable> failed) {
                this.work = work;
                this.ok = ok;
                this.failed = failed;
            }

            /** Runs the work and delivers its outcome. */
            public void finish() {
                T v;
                try {
                    v = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                ok.accept(v);
            }

            public boolean cancelled() {
                return cancelled;
            }
        }

        private final List<Job<?>> jobs = new ArrayList<>();

        @Override
        public <T> Handle submit(Callable<T> work, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure) {
            Job<T> j = new Job<>(work, onSuccess, onFailure);
            jobs.add(j);
            return () -> j.cancelled = true;
        }

        public Job<?> job(int i) {
            return jobs.get(i);
        }

        public int submitted() {
            return jobs.size();
        }

        /** Finishes every job not finished yet, in order (including those submitted meanwhile). */
        public void finishAll(int from) {
            for (int i = from; i < jobs.size(); i++) {
                jobs.get(i).finish();
            }
        }
    }
}
