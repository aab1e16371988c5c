package org.capexlens.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.text.Messages;

/**
 * Finds the default dataset ({@code data/ai-economics.xlsx}) for the dashboard and the command line, in this
 * order: in the working directory; next to the jar or the classes folder (and up to two folders above it, so that
 * {@code target/capexlens.jar} and {@code target/classes} find {@code data/} of the project); else the copy
 * packaged in the jar, unpacked to a temporary file because every reader opens a {@link Path}.
 */
public final class DefaultDataset {
    /** The file name of the default dataset. */
    public static final String FILE_NAME = "ai-economics.xlsx";
    /** Where the default dataset lives, relative to the project or installation folder. */
    public static final String RELATIVE_PATH = "data/" + FILE_NAME;
    /** The class-path resource holding the packaged copy (see the {@code data} resource in the pom). */
    public static final String RESOURCE = "/org/capexlens/data/" + FILE_NAME;

    private static final Logger LOG = Logger.getLogger(DefaultDataset.class.getName());
    /** How many folders above the code location are searched for {@code data/}. */
    private static final int LEVELS_ABOVE_CODE = 2;

    /** Opens the packaged copy; returns {@code null} when there is none. */
    @FunctionalInterface
    interface ResourceOpener {
        InputStream open() throws IOException;
    }

    private DefaultDataset() {
    }

    /**
     * Locates the default dataset.
     *
     * @return an existing regular file; never {@code null}.
     * @throws ImportException  ({@link ImportException.Kind#IO}) when no copy exists anywhere or the packaged copy
     *                          cannot be unpacked.
     */
    public static Path locate() throws ImportException {
        return locate(Path.of("").toAbsolutePath(), codeLocation(),
                () -> DefaultDataset.class.getResourceAsStream(RESOURCE));
    }

    /**
     * The lookup behind {@link #locate()}, with its inputs made explicit for tests.
     *
     * @param workingDir    the working directory, not {@code null}.
     * @param codeLocation  the jar file or classes folder the code was loaded from, {@code null} when unknown.
     * @param resource      opens the packaged copy, not {@code null}.
     */
    static Path locate(Path workingDir, Path codeLocation, ResourceOpener resource) throws ImportException {
        for (Path candidate : candidates(workingDir, codeLocation)) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        try (InputStream in = resource.open()) {
            if (in == null) {
                throw ImportException.io(Location.ofFile(FILE_NAME),
                        Messages.get("io.defaultDataset.missing", RELATIVE_PATH), null);
            }
            // A folder of our own keeps the file's real name, which the window title and messages show.
            Path dir = Files.createTempDirectory("capexlens-");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(FILE_NAME);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not unpack the packaged default dataset", e);
            throw ImportException.io(Location.ofFile(FILE_NAME), Messages.get("io.defaultDataset.unpack"), e);
        }
    }

    /** The places searched on disk, in order. */
    static List<Path> candidates(Path workingDir, Path codeLocation) {
        List<Path> candidates = new ArrayList<>();
        candidates.add(workingDir.resolve(RELATIVE_PATH));
        if (codeLocation != null) {
            Path dir = Files.isDirectory(codeLocation) ? codeLocation : codeLocation.getParent();
            for (int level = 0; dir != null && level <= LEVELS_ABOVE_CODE; level++, dir = dir.getParent()) {
                Path candidate = dir.resolve(RELATIVE_PATH);
                if (!candidates.contains(candidate)) {
                    candidates.add(candidate);
                }
            }
        }
        return candidates;
    }

    private static Path codeLocation() {
        try {
            CodeSource source = DefaultDataset.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            // Unusual class loaders (e.g. inside an IDE plug-in) give no file location: fall back to the resource.
            LOG.log(Level.FINE, "code location unknown", e);
            return null;
        }
    }
}
