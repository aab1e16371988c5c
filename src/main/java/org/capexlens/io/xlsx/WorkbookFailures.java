package org.capexlens.io.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.EncryptedDocumentException;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.text.Messages;

/**
 * Turns what POI throws into plain, located messages for both workbook readers. The library's exception goes to the
 * log with its stack trace; the user sees only our text (STYLE habit 8).
 */
final class WorkbookFailures {
    private static final Logger LOG = Logger.getLogger(WorkbookFailures.class.getName());

    /** POI's zip-bomb messages start with this; it throws a plain {@link IOException}, so text is all we have. */
    private static final String POI_ZIP_BOMB = "Zip bomb detected";
    /** POI's message when a package has more parts than {@code ZipSecureFile.getMaxFileCount()}. */
    private static final String POI_TOO_MANY_FILES = "embeds more internal file entries than expected";

    private WorkbookFailures() {
    }

    static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /** A failure with one message about the whole file, keeping {@code cause} for the log. */
    static ImportException invalid(String file, String message, Throwable cause) {
        LOG.log(Level.INFO, "could not read workbook " + file + ": " + message, cause);
        return ImportException.invalid(Location.ofFile(file), message, cause);
    }

    static ImportException encrypted(String file, Throwable cause) {
        return invalid(file, Messages.get("import.workbook.encrypted", file), cause);
    }

    static ImportException damaged(String file, Throwable cause) {
        return invalid(file, Messages.get("import.workbook.damaged", file), cause);
    }

    static ImportException tooLarge(String file, Throwable cause) {
        return invalid(file, Messages.get("import.workbook.tooLarge", file,
                Long.toString(Math.round(1 / PoiLimits.MIN_INFLATE_RATIO)),
                Long.toString(PoiLimits.MAX_ENTRY_SIZE / (1024 * 1024))), cause);
    }

    static ImportException tooManyParts(String file, Throwable cause) {
        return invalid(file, Messages.get("import.workbook.tooManyParts", file,
                Long.toString(PoiLimits.MAX_FILE_COUNT)), cause);
    }

    /**
     * Maps anything a read threw to an {@link ImportException}. A failure of our own sink is not the file's fault:
     * it is rethrown as it was, for {@code DatasetReader}'s last line of defence to report.
     */
    static ImportException classify(String file, Throwable e) {
        if (e instanceof ImportException ie) {
            return ie;
        }
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SinkFailure s) {
                throw s.getCause();
            }
            if (t instanceof PartTooLargeException) {
                return tooLarge(file, e);
            }
            String m = t.getMessage();
            if (m != null && m.startsWith(POI_ZIP_BOMB)) {
                return tooLarge(file, e);
            }
            if (m != null && m.contains(POI_TOO_MANY_FILES)) {
                return tooManyParts(file, e);
            }
            if (t instanceof EncryptedDocumentException) {
                return encrypted(file, e);
            }
        }
        return damaged(file, e);
    }

    /** Thrown by {@link LimitedInputStream} when a part held in memory would unpack beyond its limit. */
    static final class PartTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        PartTooLargeException(String part, long limit) {
            super(part + " unpacks to more than " + limit + " bytes");
        }
    }

    /** Reads at most {@code limit} bytes of a part, then fails with {@link PartTooLargeException}. */
    static final class LimitedInputStream extends FilterInputStream {
        private final String part;
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, String part, long limit) {
            super(in);
            this.part = part;
            this.limit = limit;
        }

        private void counted(long n) throws PartTooLargeException {
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw new PartTooLargeException(part, limit);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            counted(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            // A reset would make the count lie.
            return false;
        }
    }

    /** Carries an exception thrown by our own {@code SheetSink} through the library, to be told apart from POI's. */
    static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
