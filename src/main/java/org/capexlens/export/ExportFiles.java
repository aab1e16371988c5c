package org.capexlens.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.chart.ChartId;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.WriteException;
import org.capexlens.io.json.SidecarJson;
import org.capexlens.text.Messages;

/**
 * Puts rendered exports on disk: each file atomically, its sidecar next to it, the output folder created when
 * missing. Every failure becomes an {@link ExportException} with a plain message naming the file and the files
 * the same export wrote before it; nothing half-written remains.
 */
final class ExportFiles {
    private static final Logger LOG = Logger.getLogger(ExportFiles.class.getName());

    /** Writes bytes to a path atomically; {@link AtomicFiles#write(Path, byte[])} outside tests. */
    @FunctionalInterface
    interface Writer {
        void write(Path target, byte[] bytes) throws WriteException;
    }

    private final Writer writer;

    ExportFiles(Writer writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * Writes one exported file and, when given, its sidecar ({@link SidecarJson#pathFor}).
     *
     * @param target   where the file goes; its folder must exist.
     * @param bytes    the file's content.
     * @param format   its format.
     * @param charts   the charts in it.
     * @param sidecar  its sidecar, or {@code null} for none.
     * @param before   complete files the same export wrote earlier, for the exception.
     * @throws ExportException  when the file or its sidecar cannot be written; a file whose sidecar failed is
     *                          removed again.
     */
    ExportedFile write(Path target, byte[] bytes, ExportFormat format, List<ChartId> charts,
            SidecarJson.Sidecar sidecar, List<ExportedFile> before) throws ExportException {
        try {
            writer.write(target, bytes);
        } catch (WriteException e) {
            LOG.log(Level.INFO, "export not written: " + target, e);
            throw new ExportException(e.getMessage(), target, before, e);
        }
        if (sidecar == null) {
            return new ExportedFile(target, null, format, charts);
        }
        Path sidecarPath = SidecarJson.pathFor(target);
        try {
            writer.write(sidecarPath, SidecarJson.toJson(sidecar).getBytes(StandardCharsets.UTF_8));
        } catch (WriteException e) {
            LOG.log(Level.INFO, "sidecar not written: " + sidecarPath, e);
            // The chart itself is complete; without its sidecar it would look reproducible when it is not.
            deleteQuietly(target);
            throw new ExportException(e.getMessage(), sidecarPath, before, e);
        }
        return new ExportedFile(target, sidecarPath, format, charts);
    }

    /**
     * Writes a file that has no sidecar and is not a chart (the results workbook).
     *
     * @throws ExportException  when it cannot be written.
     */
    Path writeWorkbook(Path target, byte[] bytes) throws ExportException {
        try {
            writer.write(target, bytes);
            return target;
        } catch (WriteException e) {
            LOG.log(Level.INFO, "results workbook not written: " + target, e);
            throw new ExportException(e.getMessage(), target, List.of(), e);
        }
    }

    /**
     * Creates the output folder, with its parents, unless it exists.
     *
     * @throws ExportException  naming the folder: a file is in the way, permission denied, or another reason.
     */
    static void createFolder(Path folder) throws ExportException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (Files.exists(folder)) {
            throw new ExportException(Messages.get("export.folder.notFolder", folder.toAbsolutePath().toString()),
                    folder, List.of(), null);
        }
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            LOG.log(Level.INFO, "cannot create " + folder, e);
            throw new ExportException(Messages.get("export.folder.denied", folder.toAbsolutePath().toString()),
                    folder, List.of(), e);
        } catch (FileSystemException e) {
            LOG.log(Level.INFO, "cannot create " + folder, e);
            String reason = e.getReason() == null || e.getReason().isBlank()
                    ? Messages.get("write.reasonUnknown") : e.getReason();
            throw new ExportException(Messages.get("export.folder.failed", folder.toAbsolutePath().toString(),
                    reason), folder, List.of(), e);
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot create " + folder, e);
            throw new ExportException(Messages.get("export.folder.failed", folder.toAbsolutePath().toString(),
                    Messages.get("write.reasonIo")), folder, List.of(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove " + file + " after its sidecar failed", e);
        }
    }
}
