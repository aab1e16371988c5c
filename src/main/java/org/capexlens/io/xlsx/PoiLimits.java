package org.capexlens.io.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb, entry-size and file-count limits, set once at start-up before any workbook is opened
 * (DESIGN §8). Idempotent and thread-safe.
 *
 * <p>The choices, measured on a dataset whose biggest sheet is a 200,000-row capex table (42 MB of sheet XML as
 * POI writes it, 5 MB packed; see {@code XlsxImportBench}):
 * <ul>
 * <li>{@link #MIN_INFLATE_RATIO} 0.01: a part may unpack to at most 100 times its packed size. This is POI's
 *     default; real sheets stay far below it (the 200,000-row sheet unpacks 8-fold, a sheet of a million formatted
 *     but empty rows 16-fold), while a zip bomb of repeated bytes unpacks about 1,000-fold. POI checks it only
 *     after the first 100 kB of a part, so small parts that compress well are not refused.</li>
 * <li>{@link #MAX_ENTRY_SIZE} 512 MiB per unpacked part: room for a full-height sheet of Excel's 1,048,576 rows
 *     with the six capex columns (about 220 MB), twelve times the 200,000-row sheet, while a 1 GB sheet (which
 *     would take tens of seconds to stream for no plausible dataset) is refused. POI's default is 4 GiB.</li>
 * <li>{@link #MAX_FILE_COUNT} 10,000 parts: a workbook with every data sheet, charts and pictures has a few dozen,
 *     but a legitimate workbook of 1,024 sheets has over 2,000 (each sheet is a part with a relationship part), and
 *     POI's default of 1,000 refused it as built to exhaust memory (issue 15). The zip directory itself is measured
 *     before POI opens the file, and 10,000 entries of it take about a megabyte.</li>
 * <li>{@link #MAX_SHARED_STRINGS_SIZE} 64 MiB and {@link #MAX_STYLES_SIZE} 16 MiB: the shared-string and style
 *     tables are the only parts held in memory whole (sheets are streamed), so they get tighter limits of their
 *     own, enforced by {@link XlsxReader}, that keep a load well inside a 256 MB heap.</li>
 * <li>{@code IOUtils.setByteArrayMaxOverride} is deliberately <em>not</em> set. POI bounds every byte array it
 *     allocates with a maximum chosen per record type (from 100 kB to 100 MB); the override replaces all of those
 *     with one global value, so any value large enough for every legitimate record would loosen the small limits
 *     that protect the {@code .xls} reader. Sheets of {@code .xlsx} files are streamed and never read into a
 *     byte array.</li>
 * </ul>
 */
public final class PoiLimits {
    /** Smallest accepted ratio of packed to unpacked size of one part (0.01 = unpacks at most 100-fold). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest accepted unpacked size of one part of an {@code .xlsx} file, in bytes (512 MiB). */
    public static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;
    /** Largest accepted number of parts (zip entries) in an {@code .xlsx} file. */
    public static final long MAX_FILE_COUNT = 10_000;
    /** Largest accepted unpacked size of the shared-string table, in bytes (64 MiB); it is held in memory. */
    public static final long MAX_SHARED_STRINGS_SIZE = 64L * 1024 * 1024;
    /** Largest accepted unpacked size of the style table, in bytes (16 MiB); it is held in memory. */
    public static final long MAX_STYLES_SIZE = 16L * 1024 * 1024;

    private static volatile boolean applied;

    private PoiLimits() {
    }

    /** Sets the limits the first time it is called; later calls do nothing. */
    public static synchronized void applyOnce() {
        if (applied) {
            return;
        }
        // Never loosen a stricter ratio someone configured before us (e.g. a future POI default).
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
        applied = true;
    }
}
