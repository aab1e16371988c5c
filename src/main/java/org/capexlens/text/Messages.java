package org.capexlens.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All user-facing text lives in {@code org/capexlens/messages.properties} under dotted keys (STYLE habit 11).
 * A test fails on a key used in code but missing from the bundle, and on a key nobody uses.
 */
public final class Messages {
    private static final String BUNDLE = "org.capexlens.messages";
    /** Parsed patterns by key; the bundle is the root one, loaded once, so a key's pattern never changes. */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /**
     * The text for {@code key}, with {@link MessageFormat} arguments filled in (in the root locale, so numbers
     * in messages do not change with the user's locale; {@code {0}} style placeholders).
     *
     * @param key   a key of the bundle, not {@code null}.
     * @param args  the arguments.
     * @return the formatted text; the key itself in brackets if it is missing (never throws).
     */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        if (args.length == 0) {
            return pattern;
        }
        // Charts word every tooltip through here (thousands per dashboard update): parse each pattern once. A
        // MessageFormat is not thread-safe, so a shared one formats under its own lock (held for microseconds).
        MessageFormat format = FORMATS.computeIfAbsent(key, k -> new MessageFormat(pattern, Locale.ROOT));
        synchronized (format) {
            return format.format(args);
        }
    }
}
