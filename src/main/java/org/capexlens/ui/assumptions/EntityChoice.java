package org.capexlens.ui.assumptions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.Scenario;

/**
 * One AI-revenue entity the ratio and the gap can sum.
 *
 * @param name      the entity as written in the dataset.
 * @param selected  whether it is summed.
 */
public record EntityChoice(String name, boolean selected) {

    /**
     * The entities of {@code sc}'s revenue basis in {@code d} (dataset order), then any the scenario names that the
     * dataset lacks; each selected when the scenario sums it (names compared trimmed, any case), or all when the
     * scenario names none.
     *
     * @param d  the dataset, {@code null} before one is open.
     */
    static List<EntityChoice> listFor(Dataset d, Scenario sc) {
        Set<String> names = new LinkedHashSet<>();
        if (d != null) {
            for (AiRevenueRow r : d.aiRevenue()) {
                if (r.basis() == sc.aiRevenueBasis()) {
                    names.add(r.entity().trim());
                }
            }
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String e : sc.aiRevenueEntities()) {
            wanted.add(key(e));
            if (names.stream().noneMatch(n -> key(n).equals(key(e)))) {
                names.add(e.trim());
            }
        }
        List<EntityChoice> out = new ArrayList<>();
        for (String n : names) {
            out.add(new EntityChoice(n, wanted.isEmpty() || wanted.contains(key(n))));
        }
        return out;
    }

    private static String key(String entity) {
        return entity.trim().toLowerCase(Locale.ROOT);
    }
}
