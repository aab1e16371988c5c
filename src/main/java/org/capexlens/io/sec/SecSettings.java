package org.capexlens.io.sec;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.WriteException;

/**
 * The User-Agent the SEC requires (the user's name and e-mail), asked once and kept in {@code sec.properties} in
 * the CapexLens folder (the one of {@code capexlens.home}), and where downloads are cached ({@code sec-cache}).
 */
public final class SecSettings {
    private static final Logger LOG = Logger.getLogger(SecSettings.class.getName());
    static final String FILE = "sec.properties";
    private static final String USER_AGENT = "user-agent";

    private final Path home;

    /** @param home  the CapexLens folder. */
    public SecSettings(Path home) {
        this.home = home;
    }

    /** The folder in {@code capexlens.home}, else {@code ~/.capexlens}. */
    public static SecSettings standard() {
        String dir = System.getProperty("capexlens.home");
        return new SecSettings(dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".capexlens"));
    }

    /** Where downloaded company facts are kept. */
    public Path cacheDir() {
        return home.resolve("sec-cache");
    }

    /** The saved User-Agent, or empty. */
    public String userAgent() {
        Path f = home.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return "";
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read " + f, e);
            return "";
        }
        return p.getProperty(USER_AGENT, "").trim();
    }

    /** Keeps the User-Agent for next time (atomically). */
    public void saveUserAgent(String userAgent) throws WriteException {
        Properties p = new Properties();
        p.setProperty(USER_AGENT, userAgent.trim());
        StringWriter w = new StringWriter();
        try {
            Files.createDirectories(home);
            p.store(w, "CapexLens: the User-Agent sent to SEC EDGAR (name and e-mail, as the SEC requires)");
        } catch (IOException e) {
            throw new WriteException(home.resolve(FILE), e.getMessage(), e);
        }
        AtomicFiles.write(home.resolve(FILE), w.toString().getBytes(StandardCharsets.UTF_8));
    }
}
