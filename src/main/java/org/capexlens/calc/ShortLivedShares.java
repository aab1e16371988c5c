package org.capexlens.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;
import org.capexlens.scenario.Scenario;

/**
 * Issue 14: the short-lived share each hyperscaler is modelled with and why: its own share where the dataset gives
 * one and the scenario lets companies' shares apply ({@code company_short_lived_shares}), else the scenario's
 * default share.
 */
public final class ShortLivedShares {

    private ShortLivedShares() {
    }

    /**
     * The share used for one company.
     *
     * @param company  company id.
     * @param share    the share used, 0..1.
     * @param own      whether it is the company's own share ({@code basis} "company") rather than the scenario's
     *                 default.
     * @param source   the source id of the company's share; empty when {@code own} is false.
     * @param note     the company's note on its share; empty when {@code own} is false.
     * @param equipmentShare      issue 10: the company's other equipment, depreciated over its own life under every
     *                            policy; 0 when it has none or its own shares do not apply.
     * @param equipmentLifeYears  that equipment's life, years; {@code NaN} when {@code equipmentShare} is 0.
     */
    public record Used(String company, double share, boolean own, String source, String note, double equipmentShare,
            double equipmentLifeYears) {
        public Used {
            Objects.requireNonNull(company, "company");
            source = source == null ? "" : source;
            note = note == null ? "" : note;
        }

        /** A share without other equipment. */
        public Used(String company, double share, boolean own, String source, String note) {
            this(company, share, own, source, note, 0, Double.NaN);
        }
    }

    /**
     * One entry per hyperscaler, in the order of the companies sheet.
     *
     * @param dataset   not {@code null}.
     * @param scenario  not {@code null}.
     */
    public static List<Used> of(Dataset dataset, Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        List<Used> out = new ArrayList<>();
        for (Company c : dataset.companies()) {
            if (c.role() != Role.HYPERSCALER) {
                continue;
            }
            boolean own = scenario.usesOwnShortLivedShare(c);
            double e = scenario.equipmentShareFor(c);
            out.add(new Used(c.id(), scenario.shortLivedShareFor(c), own, own ? c.shortLivedShareSource() : "",
                    own ? c.shortLivedShareNote() : "", e, e > 0 ? c.equipmentLifeYears() : Double.NaN));
        }
        return out;
    }
}
