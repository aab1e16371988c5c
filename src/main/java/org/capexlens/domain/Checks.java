package org.capexlens.domain;

/** Invariant checks shared by the records; messages say what was expected and what was found. */
final class Checks {
    private Checks() {
    }

    static void notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    static void finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + value);
        }
    }

    static void finiteOrNull(Double value, String field) {
        if (value != null) {
            finite(value, field);
        }
    }

    static void nonNegative(double value, String field) {
        finite(value, field);
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
    }

    static void fiscalYear(int year) {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("fiscal_year must be between 1900 and 2200, was " + year);
        }
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
