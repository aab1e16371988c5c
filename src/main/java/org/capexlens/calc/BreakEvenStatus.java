package org.capexlens.calc;

/**
 * What the break-even life search found (issue 14, DESIGN §3.3): a life, or why there is none. The search runs over
 * uniform lives in (0, {@link MarginModel#MAX_LIFE}] years; its ends are never reported as if they were answers.
 */
public enum BreakEvenStatus {
    /** A life was found: the shortest uniform life for which the target margin still holds. */
    SOLVED("solved"),
    /**
     * The target holds even if the short-lived capex were expensed in the year it enters service (any life, however
     * short, meets it): no life is "needed".
     */
    PROFITABLE_IF_EXPENSED("profitable_if_expensed"),
    /** Not even {@link MarginModel#MAX_LIFE} years meet the target. */
    NEEDS_MORE_THAN("needs_more_than"),
    /** No operating income or no positive revenue in the year: nothing to solve. */
    NOT_APPLICABLE("no_operating_income");

    private final String code;

    BreakEvenStatus(String code) {
        this.code = code;
    }

    /** The code JSON, CSV and the workbook use. */
    public String code() {
        return code;
    }
}
