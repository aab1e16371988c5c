package org.capexlens.domain;

import java.time.LocalDate;

/**
 * A cited source: every figure of a dataset points at one.
 *
 * @param id         the key rows cite, not blank.
 * @param title      short title, not blank.
 * @param url        where to read it; empty only for sources without a public address.
 * @param published  publication date, or {@code null} when unknown.
 * @param accessed   date the figure was read, or {@code null} when unknown.
 * @param type       {@code primary} or {@code secondary} (free text; never {@code null}).
 */
public record Source(String id, String title, String url, LocalDate published, LocalDate accessed, String type) {
    public Source {
        Checks.notBlank(id, "source");
        Checks.notBlank(title, "title");
        url = Checks.nullToEmpty(url);
        type = Checks.nullToEmpty(type);
    }
}
