package org.capexlens.io;

import org.capexlens.io.load.DatasetReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.capexlens.bench.HeapWatch;

/**
 * Run in a JVM of its own (with {@code -Xmx256m}) by {@link MalformedCorpusTest}: loads each file named on the
 * command line with {@link DatasetReader#read}, one after the other, and prints one tab-separated line per file:
 * <pre>CORPUS path ms peakHeapMB liveHeapMB outcome errors capexRows firstError firstWarning</pre>
 * {@code outcome} is {@code LOADED}, {@code REFUSED}, {@code OOM} (out of heap, even where the reader turned it into
 * a message), {@code TIMEOUT} (not done within {@link #TIMEOUT_SECONDS}) or {@code CRASH} (anything but an
 * {@link ImportException}). The heap figures are per file: {@code peakHeapMB} is the sum of the heap pools' peaks
 * (an upper bound of the heap in use at any moment, garbage included), {@code liveHeapMB} the most heap in use right
 * after a collection (what the load really kept alive).
 *
 * <p>The readers are warmed up first on the good fixtures, so that the first file of each format is not charged
 * with loading the classes of its reader.
 */
final class CorpusProbe {
    /** A load still running after this long is reported and abandoned (the test fails it long before). */
    static final int TIMEOUT_SECONDS = 60;

    private CorpusProbe() {
    }

    public static void main(String[] args) throws Exception {
        HeapWatch.start();
        // Daemon: a load that never ends must not keep this JVM alive once every file has been tried.
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-load");
            t.setDaemon(true);
            return t;
        });
        Path good = Path.of(args[0]);
        for (String warmUp : List.of("good.xlsx", "good.xls", "good.json", "csv")) {
            try {
                DatasetReader.read(good.resolve(warmUp));
            } catch (ImportException e) {
                throw new IllegalStateException("the good fixture " + warmUp + " does not load: " + e.getMessage(), e);
            }
        }
        System.out.println("HEAP\t" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (int i = 1; i < args.length; i++) {
            probe(worker, Path.of(args[i]));
        }
        worker.shutdownNow();
    }

    private static void probe(ExecutorService worker, Path file) {
        System.gc();
        HeapWatch.reset();
        long start = System.nanoTime();
        String outcome;
        int errors = 0;
        int capexRows = -1;
        String firstError = "";
        String firstWarning = "";
        Future<ImportResult> load = worker.submit(() -> DatasetReader.read(file));
        try {
            ImportResult result = load.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            outcome = "LOADED";
            capexRows = result.dataset().capex().size();
            firstWarning = result.warnings().stream().findFirst().map(ImportMessage::format).orElse("");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImportException ie) {
                outcome = ie.getCause() instanceof OutOfMemoryError ? "OOM" : "REFUSED";
                errors = (int) ie.messages().stream().filter(m -> m.severity() == Severity.ERROR).count();
                firstError = ie.firstError().format();
                firstWarning = first(ie.messages(), Severity.WARNING).map(ImportMessage::format).orElse("");
            } else if (cause instanceof OutOfMemoryError) {
                outcome = "OOM";
            } else {
                outcome = "CRASH";
                firstError = String.valueOf(cause);
            }
        } catch (TimeoutException e) {
            load.cancel(true);
            outcome = "TIMEOUT";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = "TIMEOUT";
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(String.join("\t", "CORPUS", file.toString(), Long.toString(ms),
                Long.toString(HeapWatch.peak() / (1024 * 1024)),
                Long.toString(HeapWatch.livePeak() / (1024 * 1024)), outcome,
                Integer.toString(errors), Integer.toString(capexRows), escape(firstError), escape(firstWarning)));
    }

    private static Optional<ImportMessage> first(List<ImportMessage> messages, Severity severity) {
        return messages.stream().filter(m -> m.severity() == severity).findFirst();
    }

    /** One message on one line: tabs and line breaks as {@code \t}, {@code \n}, {@code \r}. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

}
