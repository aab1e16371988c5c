package org.capexlens.ui.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.capexlens.bench.SyntheticData;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.ScenarioBuilder;
import org.capexlens.text.FigureFormat;
import org.junit.jupiter.api.Test;

/** Which per-company fields the panel lists, without a toolkit: all up to 25, then overrides first or a filter. */
class OverrideListingTest {
    private static final List<String> NAMED = List.of("Microsoft", "Alphabet", "Amazon", "Acme", "Oracle",
            "CoreWeave", "Siemens", "Meta", "Nvidia", "Tesla");

    /** Thirty companies: ten named ones, then C11…C30; {@code active} get an override. */
    private static List<OverrideRow> thirty(String... active) {
        return rows(30, active);
    }

    private static List<OverrideRow> rows(int n, String... active) {
        List<OverrideRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String c = i < NAMED.size() ? NAMED.get(i) : "C" + (i + 1);
            boolean on = List.of(active).contains(c);
            rows.add(new OverrideRow(c, on ? "3" : "—", on));
        }
        return rows;
    }

    private static List<String> companies(List<OverrideRow> rows) {
        return rows.stream().map(OverrideRow::company).toList();
    }

    @Test
    void upToTwentyFiveCompaniesAreAllListedInTheirOrderWhateverTheFilter() {
        List<OverrideRow> rows = thirty("Meta").subList(0, OverrideListing.MAX_ROWS);
        assertEquals(rows, OverrideListing.listed(rows, ""));
        assertEquals(rows, OverrideListing.listed(rows, "zzz"));
    }

    @Test
    void beyondTwentyFiveTheCompaniesWithAnOverrideComeFirst() {
        List<OverrideRow> listed = OverrideListing.listed(thirty("Meta", "C20"), "  ");
        assertEquals(OverrideListing.MAX_ROWS, listed.size());
        assertEquals(List.of("Meta", "C20", "Microsoft", "Alphabet"), companies(listed).subList(0, 4));
    }

    @Test
    void aFilterListsTheMatchingCompaniesInDatasetOrderIgnoringCase() {
        // Filtered rows keep dataset order: the override puts Meta first only when nothing is typed.
        assertEquals(List.of("Acme", "Siemens", "Meta"), companies(OverrideListing.listed(thirty("Meta"), "me")));
        assertEquals(List.of("Acme", "Siemens", "Meta"), companies(OverrideListing.listed(thirty(), " ME ")));
        assertEquals("Meta", OverrideListing.listed(thirty("Meta"), null).get(0).company());
        assertEquals(List.of(), OverrideListing.listed(thirty(), "zzz"));
    }

    @Test
    void aFilterMatchingMoreThanTwentyFiveListsTheFirstTwentyFive() {
        assertEquals(24, OverrideListing.listed(thirty(), "c").size());
        List<OverrideRow> listed = OverrideListing.listed(rows(40), "c");
        assertEquals(OverrideListing.MAX_ROWS, listed.size());
        assertEquals(List.of("Microsoft", "Acme", "Oracle", "CoreWeave", "C11"), companies(listed).subList(0, 5));
        assertEquals("C31", listed.get(24).company());
    }

    /** A listing over a scenario held here, as the view model holds the dashboard's. */
    private static final class Held {
        Scenario scenario = Scenario.defaults();
        int edits;
        final OverrideListing listing = new OverrideListing(new FigureFormat(Locale.ROOT), () -> scenario,
                this::edit);

        private void edit(Consumer<ScenarioBuilder> change) {
            ScenarioBuilder b = scenario.toBuilder();
            change.accept(b);
            scenario = b.build();
            edits++;
        }
    }

    @Test
    void aLargeDatasetGetsTheFilterAndSaysHowManyAreListed() {
        Held h = new Held();
        h.listing.show(SyntheticData.dataset(30, 5, 1L), h.scenario);
        assertEquals(30, h.listing.rows().size());
        assertTrue(h.listing.filteredProperty().get());
        assertEquals(OverrideListing.MAX_ROWS, h.listing.listed().size());
        assertEquals("25 of 30 companies listed (those with an override first); type part of a name to find"
                + " another.", h.listing.moreProperty().get());

        h.listing.filterProperty().set("zzz");
        assertEquals(List.of(), h.listing.listed());
        assertEquals("No company matches \u201Czzz\u201D.", h.listing.moreProperty().get());

        h.listing.filterProperty().set(h.listing.rows().get(29).company().toLowerCase(Locale.ROOT));
        assertEquals(List.of(h.listing.rows().get(29)), h.listing.listed());
        assertEquals("1 of 30 companies listed (those with an override first); type part of a name to find"
                + " another.", h.listing.moreProperty().get());
    }

    @Test
    void aSmallDatasetGetsNoFilterAndNoCount() {
        Held h = new Held();
        h.listing.show(SyntheticData.dataset(6, 5, 1L), h.scenario);
        assertEquals(h.listing.rows(), h.listing.listed());
        assertFalse(h.listing.filteredProperty().get());
        assertEquals("", h.listing.moreProperty().get());
    }

    @Test
    void committingTheShownTextChangesNothingAndABadOneSaysWhichCompany() {
        Held h = new Held();
        h.listing.show(SyntheticData.dataset(6, 5, 1L), h.scenario);
        String company = h.listing.rows().get(0).company();

        assertEquals(Optional.empty(), h.listing.commit(company, "  "));
        assertEquals(0, h.edits, "an empty field over no override is no edit");

        Optional<String> refused = h.listing.commit(company, "twelve");
        assertEquals(Optional.of("expected a life between 1 and 10 years, “reported” or an empty field;"
                + " found “twelve”"), refused);
        assertEquals(company + ": " + refused.get(), h.listing.errorProperty().get());
        assertEquals(0, h.edits);

        assertEquals(Optional.empty(), h.listing.commit(company, "3"));
        assertEquals(Map.of(company, new DepreciationPolicy.Uniform(3)), h.scenario.companyOverrides());
        assertEquals("", h.listing.errorProperty().get());
        h.listing.show(null, h.scenario);
        assertEquals(Optional.empty(), h.listing.commit(company, " 3 "));
        assertEquals(1, h.edits, "the override as shown is no new edit");
    }
}
