package org.capexlens.io.sec;

import java.util.List;

/**
 * One annual figure chosen from the filings for one column and fiscal year.
 *
 * @param fiscalYear     the project's fiscal year (the calendar year in which the fiscal year ends).
 * @param value          USD billions (or a fraction for a rate), sign as the dataset wants it.
 * @param entry          the mapping entry it came from (concept or sum of concepts, definition).
 * @param facts          the facts used, as restated (latest filing): one per concept, or nine months + Q4 when
 *                       {@code derived}; the last is the latest-filed.
 * @param originalValue  the value as first filed when a later filing restated it, else {@code null}.
 * @param original       the first filing's fact when restated, else {@code null}.
 * @param derived        whether the year was derived as nine-month YTD + Q4 (no annual fact).
 * @param signFlipped    whether a payment was tagged negative and reported as positive.
 */
public record SecFigure(int fiscalYear, double value, ConceptMapping.Entry entry, List<SecFact> facts,
        Double originalValue, SecFact original, boolean derived, boolean signFlipped) {
    public SecFigure {
        facts = List.copyOf(facts);
    }

    /** The latest-filed fact used: the filing the figure is cited to. */
    public SecFact filing() {
        return facts.stream().max(FiscalPeriods.AS_RESTATED).orElseThrow();
    }
}
