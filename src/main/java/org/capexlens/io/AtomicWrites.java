package org.capexlens.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old or the new content, never half of it (DESIGN §8): the bytes go
 * to a temporary file in the same folder, are flushed to disk, then the temporary file is moved over the target
 * atomically (or, where the file system cannot do that, replaced).
 */
public final class AtomicWrites {
    private AtomicWrites() {
    }

    /**
     * Replaces {@code target} with {@code bytes}.
     *
     * @param target  the file to write; its folder must exist. Not {@code null}.
     * @param bytes   the complete content, not {@code null}.
     * @throws IOException  when the folder is missing or not writable, the target is a folder, or the disk fails;
     *                      the target is then unchanged and no temporary file is left behind.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || abs.getFileName() == null) {
            throw new IOException("not a file path: " + target);
        }
        // CREATE_NEW with a random name (rather than createTempFile) keeps the default permissions of new files.
        Path tmp = dir.resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
