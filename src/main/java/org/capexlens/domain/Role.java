package org.capexlens.domain;

import java.util.Locale;
import java.util.Optional;

/** What a company is in the AI supply chain; decides which sheets and charts it takes part in. */
public enum Role {
    HYPERSCALER, CHIP_VENDOR, AI_LAB, APP;

    /** The spelling used in files, e.g. {@code chip_vendor}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the file spelling, case-insensitively; spaces and hyphens count as underscores. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Role r : values()) {
            if (r.code().equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
