package org.capexlens.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures for the memory benchmarks and the corpus probe: the peak of the heap pools (an upper bound of the
 * heap in use at any one moment) and the live heap after each collection (what the code really keeps).
 */
public final class HeapWatch {
    private static final AtomicLong LIVE_PEAK = new AtomicLong();
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private HeapWatch() {
    }

    /** Starts recording the heap in use after every collection (young and full); idempotent. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long after = 0;
                    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (heapPools.contains(e.getKey())) { // the map also holds Metaspace and code caches
                            after += e.getValue().getUsed();
                        }
                    }
                    LIVE_PEAK.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
    }

    /** Starts a new measurement: pool peaks reset, live peak set to the heap in use now. */
    public static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        LIVE_PEAK.set(used());
    }

    /** Heap in use now, bytes. */
    public static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sum of the heap pools' peaks since {@link #reset()}, bytes. */
    public static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The largest heap in use after a collection since {@link #reset()}, bytes. */
    public static long livePeak() {
        return LIVE_PEAK.get();
    }
}
