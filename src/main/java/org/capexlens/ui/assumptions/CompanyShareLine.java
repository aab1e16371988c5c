package org.capexlens.ui.assumptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;

/**
 * Issue 14: one line of the assumptions panel's list of short-lived shares: a company with a share of its own
 * ("Meta 0.44 (estimate, source src-123)"), or the line for every other company ("others: default").
 *
 * @param text     the line as shown.
 * @param tooltip  the company's note on its share, or what the default line means; never {@code null}.
 * @param own      whether the line is a company's own share (not the "others" line).
 */
public record CompanyShareLine(String text, String tooltip, boolean own) {

    /**
     * The lines for {@code d}: each company with its own share, in the order of the companies sheet, then the
     * others' line with the scenario's default share.
     *
     * @param d  the dataset, {@code null} before one is open (then only the others' line).
     */
    static List<CompanyShareLine> listFor(Dataset d, Scenario sc, FigureFormat format) {
        List<CompanyShareLine> out = new ArrayList<>();
        if (d != null) {
            for (Company c : d.companies()) {
                if (c.ownShortLivedShare().isEmpty()) {
                    continue;
                }
                boolean estimate = c.shortLivedShareNote().toLowerCase(Locale.ROOT).startsWith("estimate");
                // The share as a fraction with at most two decimals, as the data gives it.
                String share = format.years(c.shortLivedShare());
                String text = estimate
                        ? Messages.get("ui.assumptions.companyShares.estimate", c.id(), share,
                                c.shortLivedShareSource())
                        : Messages.get("ui.assumptions.companyShares.line", c.id(), share, c.shortLivedShareSource());
                if (c.ownEquipmentShare().isPresent()) {
                    // Issue 10: the company's other equipment, with its own life, beside its server share.
                    text = Messages.get("ui.assumptions.companyShares.equipment", text,
                            format.years(c.equipmentShare()), format.years(c.equipmentLifeYears()));
                }
                String tip = c.shortLivedShareNote().isEmpty()
                        ? Messages.get("ui.assumptions.companyShares.noNote", c.shortLivedShareSource())
                        : c.shortLivedShareNote();
                out.add(new CompanyShareLine(text, tip, true));
            }
        }
        String defaultShare = format.percent(sc.shortLivedShare());
        String others = out.isEmpty() ? Messages.get("ui.assumptions.companyShares.all")
                : Messages.get("ui.assumptions.companyShares.others");
        out.add(new CompanyShareLine(others, Messages.get("ui.assumptions.companyShares.othersTip", defaultShare),
                false));
        return out;
    }
}
