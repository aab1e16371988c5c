package org.capexlens.io.sec;

import java.util.List;
import java.util.Map;

/**
 * What CapexLens read from one EDGAR company-facts file: the company's key and name, and the facts of the concepts
 * it asked for.
 *
 * @param cik         the Central Index Key, digits without leading zeros.
 * @param entityName  the company's name as the file gives it.
 * @param facts       concept ({@code taxonomy:Concept}) → its facts in file order.
 * @param file        the file name messages carry.
 * @param skipped     what of the asked-for concepts was not used, one sentence each (a unit other than USD, a value
 *                    that is not a number); never {@code null}.
 */
public record CompanyFacts(String cik, String entityName, Map<String, List<SecFact>> facts, String file,
        List<String> skipped) {
    public CompanyFacts {
        facts = Map.copyOf(facts);
        skipped = List.copyOf(skipped);
    }

    /** Facts with nothing skipped. */
    public CompanyFacts(String cik, String entityName, Map<String, List<SecFact>> facts, String file) {
        this(cik, entityName, facts, file, List.of());
    }

    /** The facts of a concept, empty when the file has none. */
    public List<SecFact> facts(String concept) {
        return facts.getOrDefault(concept, List.of());
    }
}
