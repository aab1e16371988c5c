package org.capexlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE habit 11: every key used in code exists in the bundle, and every key in the bundle is used. */
class MessagesBundleTest {
    private static final Pattern KEY_USE = Pattern.compile("Messages\\.get\\(\\s*\"([a-zA-Z0-9_.]+)\"");
    /** Keys built at run time from a prefix; each prefix is listed here so the test stays honest. */
    private static final Pattern DYNAMIC_KEY = Pattern.compile("\"([a-z][a-zA-Z0-9_]*(\\.[a-zA-Z0-9_]+)+\\.)\"\\s*\\+");

    @Test
    void everyUsedKeyExistsAndEveryKeyIsUsed() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/capexlens/messages.properties")) {
            bundle.load(in);
        }
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String code = Files.readString(p);
                Matcher m = KEY_USE.matcher(code);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher d = DYNAMIC_KEY.matcher(code);
                while (d.find()) {
                    prefixes.add(d.group(1));
                }
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys used in code but missing from messages.properties");

        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(used);
        unused.removeIf(k -> prefixes.stream().anyMatch(k::startsWith));
        assertEquals(Set.of(), unused, "keys in messages.properties that no code uses");
    }

    @Test
    void formatsArgumentsAndFallsBackToTheKeyWhenMissing() {
        assertEquals("there is no file at /tmp/x.xlsx", Messages.get("import.file.notFound", "/tmp/x.xlsx"));
        assertEquals("[no.such.key]", Messages.get("no.such.key"));
        assertTrue(Messages.get("import.header.noStatus").startsWith("no status column"));
    }
}
