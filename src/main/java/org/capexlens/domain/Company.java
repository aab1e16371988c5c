package org.capexlens.domain;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A company of the dataset.
 *
 * @param id                 the key other sheets refer to (e.g. {@code Microsoft}), not blank.
 * @param name               display name, not blank.
 * @param fiscalYearEndMonth month (1-12) in which the company's fiscal year ends: 6 for Microsoft, 5 for Oracle,
 *                           1 for Nvidia, 12 for calendar-year companies.
 * @param role               the company's role, not {@code null}.
 * @param cik                the SEC Central Index Key as digits without leading zeros ({@code 789019} for
 *                           Microsoft), or empty for a company that files nothing with the SEC; never {@code null}.
 * @param shortLivedShare    issue 14: the company's own share {@code s} of capex that is short-lived compute, 0..1,
 *                           or {@code NaN} when the data gives none (the scenario's share applies then).
 * @param shortLivedShareSource  the source id of {@code shortLivedShare}; not blank when the share is given, empty
 *                           otherwise; never {@code null}.
 * @param shortLivedShareNote    how the share was found (e.g. "estimate: …"), possibly empty; never {@code null}.
 * @param equipmentShare     issue 10: the share of capex that is equipment other than servers and network (Amazon's
 *                           heavy and fulfilment equipment), depreciated over {@code equipmentLifeYears} under every
 *                           policy, 0..1 with {@code shortLivedShare + equipmentShare <= 1}; {@code NaN} when the data
 *                           gives none (the long-lived rest is then {@code 1 − s}). Only with a short-lived share of
 *                           the company's own, whose source and note it shares.
 * @param equipmentLifeYears its life, years {@code > 0}; {@code NaN} exactly when {@code equipmentShare} is.
 */
public record Company(String id, String name, int fiscalYearEndMonth, Role role, String cik, double shortLivedShare,
        String shortLivedShareSource, String shortLivedShareNote, double equipmentShare, double equipmentLifeYears) {
    /** A company without a CIK (the {@code cik} column is optional). */
    public Company(String id, String name, int fiscalYearEndMonth, Role role) {
        this(id, name, fiscalYearEndMonth, role, "");
    }

    /** A company without a short-lived share of its own (the {@code short_lived_share} column is optional). */
    public Company(String id, String name, int fiscalYearEndMonth, Role role, String cik) {
        this(id, name, fiscalYearEndMonth, role, cik, Double.NaN, "", "");
    }

    /** A company without an equipment class of its own (the {@code equipment_share} column is optional). */
    public Company(String id, String name, int fiscalYearEndMonth, Role role, String cik, double shortLivedShare,
            String shortLivedShareSource, String shortLivedShareNote) {
        this(id, name, fiscalYearEndMonth, role, cik, shortLivedShare, shortLivedShareSource, shortLivedShareNote,
                Double.NaN, Double.NaN);
    }

    public Company {
        Checks.notBlank(id, "company");
        Checks.notBlank(name, "name");
        if (fiscalYearEndMonth < 1 || fiscalYearEndMonth > 12) {
            throw new IllegalArgumentException(
                    "fiscal_year_end_month must be between 1 and 12, was " + fiscalYearEndMonth);
        }
        Objects.requireNonNull(role, "role");
        cik = normalizeCik(cik);
        shortLivedShareSource = Checks.nullToEmpty(shortLivedShareSource).trim();
        shortLivedShareNote = Checks.nullToEmpty(shortLivedShareNote).trim();
        if (!Double.isNaN(shortLivedShare)) {
            if (!(shortLivedShare >= 0 && shortLivedShare <= 1)) {
                throw new IllegalArgumentException("short_lived_share must be between 0 and 1, was " + shortLivedShare);
            }
            if (shortLivedShareSource.isEmpty()) {
                throw new IllegalArgumentException("short_lived_share_source must name a source when short_lived_share"
                        + " is given (" + id + ")");
            }
        }
        if (Double.isNaN(equipmentShare) != Double.isNaN(equipmentLifeYears)) {
            throw new IllegalArgumentException("equipment_share and equipment_life_years go together (" + id + ")");
        }
        if (!Double.isNaN(equipmentShare)) {
            if (Double.isNaN(shortLivedShare)) {
                throw new IllegalArgumentException("equipment_share needs a short_lived_share of the company's own ("
                        + id + ")");
            }
            if (!(equipmentShare >= 0 && shortLivedShare + equipmentShare <= 1 + 1e-12)) {
                throw new IllegalArgumentException("equipment_share must be >= 0 and short_lived_share + equipment_share"
                        + " <= 1, was " + shortLivedShare + " + " + equipmentShare + " (" + id + ")");
            }
            if (!(equipmentLifeYears > 0) || !Double.isFinite(equipmentLifeYears)) {
                throw new IllegalArgumentException("equipment_life_years must be > 0, was " + equipmentLifeYears);
            }
        }
    }

    /** Issue 10: the company's own equipment share (other equipment than servers), or empty when none. */
    public OptionalDouble ownEquipmentShare() {
        return Double.isNaN(equipmentShare) ? OptionalDouble.empty() : OptionalDouble.of(equipmentShare);
    }

    /** This company with an equipment class of its own (share and life), next to its own short-lived share. */
    public Company withEquipment(double share, double lifeYears) {
        return new Company(id, name, fiscalYearEndMonth, role, cik, shortLivedShare, shortLivedShareSource,
                shortLivedShareNote, share, lifeYears);
    }

    /** Issue 14: the company's own short-lived share, or empty when the data gives none. */
    public OptionalDouble ownShortLivedShare() {
        return Double.isNaN(shortLivedShare) ? OptionalDouble.empty() : OptionalDouble.of(shortLivedShare);
    }

    /** This company with its own short-lived share, its source id and a note. */
    public Company withShortLivedShare(double share, String source, String note) {
        return new Company(id, name, fiscalYearEndMonth, role, cik, share, source, note, equipmentShare,
                equipmentLifeYears);
    }

    /**
     * A CIK as this record keeps it: digits without leading zeros ({@code 0000789019} and {@code 789019} are the
     * same key); empty stays empty.
     *
     * @throws IllegalArgumentException  when {@code cik} holds anything but up to ten digits.
     */
    public static String normalizeCik(String cik) {
        String t = Checks.nullToEmpty(cik).trim();
        if (t.isEmpty()) {
            return "";
        }
        if (t.length() > 10 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new IllegalArgumentException("cik must be up to ten digits, was " + cik);
        }
        String stripped = t.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
