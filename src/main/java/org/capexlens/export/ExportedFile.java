package org.capexlens.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.capexlens.chart.ChartId;

/**
 * One file an export wrote.
 *
 * @param file     the exported file, not {@code null}.
 * @param sidecar  its sidecar, or {@code null} when none was asked for.
 * @param format   the file's format, not {@code null}.
 * @param charts   the charts in it (several only in a multi-page PDF), not empty.
 */
public record ExportedFile(Path file, Path sidecar, ExportFormat format, List<ChartId> charts) {
    public ExportedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        charts = List.copyOf(charts);
    }
}
