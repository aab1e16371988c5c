package org.capexlens.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How firm a figure is. Every numeric row of a dataset carries one; charts draw anything but
 * {@link #REPORTED} differently so that a reader never mistakes a projection for a filing.
 */
public enum Status {
    /** Published by the company in a filing or release. */
    REPORTED,
    /** Forward-looking figure given by the company itself. */
    GUIDANCE,
    /** A third party's estimate, forecast or claim. */
    ESTIMATE,
    /** Produced by a scenario assumption of this app, never a published number. */
    SCENARIO;

    /** The spelling used in files: {@code reported}, {@code guidance}, {@code estimate}, {@code scenario}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the file spelling, case-insensitively.
     *
     * @param text  the cell text, {@code null} permitted.
     * @return the status, or empty when the text names none.
     */
    public static Optional<Status> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Status s : values()) {
            if (s.code().equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
