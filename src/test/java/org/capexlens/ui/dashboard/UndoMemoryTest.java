package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * Issue 6: 1,000 undo steps stay within 50 MB. Each step is an immutable DashboardState that shares the loaded
 * dataset with its neighbours, so the history holds 1,000 small scenarios, not 1,000 datasets.
 */
@Tag("slow")
class UndoMemoryTest {
    private static final long LIMIT_BYTES = 50L * 1024 * 1024;

    @Test
    void aThousandAssumptionStepsStayWellUnderFiftyMegabytes() throws Exception {
        ImportResult data = DatasetReader.read(Path.of("data/ai-economics.xlsx"));
        DashboardState start = new DashboardState(Path.of("data/ai-economics.xlsx"), data, Scenario.defaults());
        long before = usedAfterGc();
        UndoHistory<DashboardState> history = new UndoHistory<>(UndoHistory.DEFAULT_CAPACITY, start);
        for (int i = 1; i <= 1_000; i++) {
            Scenario s = Scenario.defaults().withName("step " + i)
                    .withPolicy(new DepreciationPolicy.Uniform(1 + i / 125.0))
                    .withShortLivedShare((i % 100) / 100.0);
            history.push(start.withScenario(s));
        }
        long retained = usedAfterGc() - before;
        assertEquals(1_000, history.undoSteps());
        // Measured with a collection before and after; the margin to the limit is two orders of magnitude, so GC
        // noise cannot make this pass or fail by accident.
        assertTrue(retained < LIMIT_BYTES, "1,000 undo steps retain " + retained + " bytes");
        assertEquals("step 1000", history.current().scenario().name());
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
