package org.capexlens.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the dashboard (or the command line) from the jar in a JVM that uses a class-data-sharing archive, so that
 * launch to first chart stays under DESIGN §7's 3 s on a 2-core machine without the user knowing any JVM flag.
 *
 * <p>Most of a launch is loading and verifying some 7,000 classes (JavaFX, JFreeChart, Jackson …). The JDK can keep
 * them, already parsed, in an archive next to the jar; this bootstrap starts the real JVM with the right flags:
 * <ul>
 * <li>JDK 19 or later: {@code -XX:+AutoCreateSharedArchive}, which writes the archive on the first launch and
 * rewrites it by itself when the jar or the JDK changes;</li>
 * <li>JDK 17 and 18: the first launch (or the first after the jar or the JDK changed, recorded in a stamp file)
 * writes the archive when the window is closed ({@code -XX:ArchiveClassesAtExit}); later launches use it.</li>
 * </ul>
 * Only a dashboard launch writes the archive (a command-line run would fill it with the classes of one command);
 * commands use it when it is there. The archive is only a cache: if it is missing, stale or cannot be written, the JVM starts without it
 * ({@code -Xshare:auto}) and nothing else changes. This class is deliberately tiny and loads nothing of the app:
 * its own start costs a few tens of milliseconds.
 */
public final class FastStart {
    /** The archive's file name next to the jar; the JDK's version is part of it so two JDKs never share one. */
    static final String ARCHIVE_PREFIX = "capexlens-jdk";
    private static final String LAUNCHED_AT = org.capexlens.ui.common.Timing.LAUNCHED_AT;

    /**
     * Only the quick (C1) compiler. On two cores the optimising compiler competes with start-up for the second core:
     * measured under Xvfb, launch to first chart 3.8 s with it and 2.9 s without; the model and the charts are far
     * inside their targets either way (README, "Performance").
     */
    static final List<String> COMPILER_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private FastStart() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = ownJar();
        if (jar == null) {
            // Started from classes, not from the jar (an IDE, javafx:run): nothing to archive, run in this JVM.
            Launcher.main(args);
            return;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(archiveOptions(jar, Runtime.version().feature(), System.getProperty("java.vm.version", ""),
                args.length == 0));
        command.addAll(COMPILER_OPTIONS);
        if (Runtime.version().feature() >= 24) {
            // JavaFX 21 still uses sun.misc.Unsafe and native access; without these JDK 24+ prints warnings.
            command.add("--enable-native-access=ALL-UNNAMED");
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(passedOptions());
        // Launch timings count from this JVM's start, not the child's: the user waits for both.
        if (System.getProperty(org.capexlens.ui.common.Timing.PROPERTY) != null) {
            // Only when timings are asked for: the management classes cost this tiny JVM a few milliseconds.
            command.add("-D" + LAUNCHED_AT + "="
                    + ManagementFactory.getRuntimeMXBean().getStartTime());
        }
        // -cp, not -jar: the jar's Main-Class is this bootstrap. The manifest's Class-Path (lib/) still applies.
        command.add("-cp");
        command.add(jar.toString());
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        System.exit(p.waitFor());
    }

    /**
     * The JVM options that make a launch use (or write) the archive for {@code jar}.
     *
     * @param jar        the application jar, not {@code null}.
     * @param feature    the JDK's feature version (17, 21 …).
     * @param vmVersion  the exact VM version, recorded in the stamp so another build of the same JDK rewrites it.
     * @param dashboard  {@code true} for a dashboard launch, which may write the archive; {@code false} for a
     *                   command, which only uses a current one.
     * @return the options, in order; never empty.
     */
    static List<String> archiveOptions(Path jar, int feature, String vmVersion, boolean dashboard)
            throws IOException {
        Path dir = jar.toAbsolutePath().getParent();
        Path archive = dir.resolve(ARCHIVE_PREFIX + feature + ".jsa");
        List<String> options = new ArrayList<>();
        options.add("-Xshare:auto");
        options.add("-Xlog:cds=off");
        options.add("-Xlog:cds+dynamic=off");
        if (feature >= 19 && dashboard) {
            options.add("-XX:+AutoCreateSharedArchive");
            options.add("-XX:SharedArchiveFile=" + archive);
            return options;
        }
        Path stampFile = dir.resolve(archive.getFileName() + ".stamp");
        String stamp = stamp(jar, vmVersion);
        boolean current = Files.isRegularFile(archive) && Files.isRegularFile(stampFile)
                && Files.readString(stampFile).equals(stamp);
        if (current || (feature >= 19 && Files.isRegularFile(archive))) {
            // JDK 19+ checks (and an auto-created archive rewrites itself) on its own; 17 and 18 rely on the stamp.
            options.add("-XX:SharedArchiveFile=" + archive);
        } else if (dashboard) {
            Files.deleteIfExists(archive);
            if (Files.isWritable(dir)) {
                Files.writeString(stampFile, stamp);
                options.add("-XX:ArchiveClassesAtExit=" + archive);
            }
        }
        return options;
    }

    /** What the archive depends on: the jar's size and time and the VM's exact version. */
    static String stamp(Path jar, String vmVersion) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + " " + vmVersion;
    }

    /** System properties given to this bootstrap ({@code -Dcapexlens.timing} …) go on to the real JVM. */
    private static List<String> passedOptions() {
        List<String> options = new ArrayList<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            boolean passed = name.startsWith("capexlens.") || name.startsWith("prism.") || name.startsWith("glass.")
                    || name.equals("user.home") || name.startsWith("java.util.logging.");
            if (passed && !name.equals(LAUNCHED_AT)) {
                options.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        options.sort(null);
        return options;
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
