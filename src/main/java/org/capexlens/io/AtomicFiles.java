package org.capexlens.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.text.Messages;

/**
 * Writes files atomically: the bytes go to a temporary file in the target's folder, are forced to disk, and the
 * temporary file is then moved over the target. A reader sees the old file or the new one, never half of one; on
 * any failure the temporary file is removed and the old file is untouched (DESIGN §8).
 */
public final class AtomicFiles {
    private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());

    /** Writes the content to an output stream; may throw to abort the write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target} atomically.
     *
     * @throws WriteException  as {@link #write(Path, Content)}.
     */
    public static void write(Path target, byte[] bytes) throws WriteException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes what {@code content} produces to {@code target} atomically.
     *
     * @throws WriteException  with a message naming the path and why (no permission, no such folder, disk full…);
     *                          its {@link WriteException#path() path} is {@code target}.
     */
    public static void write(Path target, Content content) throws WriteException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            if (dir == null || !Files.isDirectory(dir)) {
                throw new WriteException(target, Messages.get("write.noFolder", abs.toString()), null);
            }
            if (Files.isDirectory(abs)) {
                throw new WriteException(target, Messages.get("write.isFolder", abs.toString()), null);
            }
            // CREATE_NEW with a random name rather than createTempFile: a temp file is created owner-only (0600)
            // and the move would carry that over to the user's export.
            tmp = dir.resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (WriteException e) {
            throw e;
        } catch (AccessDeniedException e) {
            LOG.log(Level.INFO, "write denied: " + abs, e);
            throw new WriteException(target, Messages.get("write.denied", abs.toString()), e);
        } catch (NoSuchFileException e) {
            LOG.log(Level.INFO, "write failed: " + abs, e);
            throw new WriteException(target, Messages.get("write.noFolder", abs.toString()), e);
        } catch (FileSystemException e) {
            LOG.log(Level.INFO, "write failed: " + abs, e);
            String reason = e.getReason() == null ? "" : e.getReason();
            throw new WriteException(target, Messages.get("write.failed", abs.toString(), reason.isEmpty()
                    ? Messages.get("write.reasonUnknown") : reason), e);
        } catch (IOException e) {
            LOG.log(Level.INFO, "write failed: " + abs, e);
            throw new WriteException(target, Messages.get("write.failed", abs.toString(),
                    Messages.get("write.reasonIo")), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not remove temporary file " + tmp, e);
                }
            }
        }
    }
}
