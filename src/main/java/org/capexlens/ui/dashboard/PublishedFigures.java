package org.capexlens.ui.dashboard;

import java.util.Optional;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.ModelResult.BainRow;
import org.capexlens.calc.ModelResult.RevenueGapRow;
import org.capexlens.scenario.PublishedInputs;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;

/**
 * The Revenue gap tab's figure panel (issue 10): when the scenario carries its author's published inputs, the
 * author's method on them ("published") beside the same method on the dataset's figures for that year, or its
 * latest year ("dataset"), labelled so that the two are never confused. Without published inputs, the latest year
 * of Bain's test. A pure function of the result, so it is tested without a toolkit.
 */
final class PublishedFigures {
    private PublishedFigures() {
    }

    /** The panel's text for {@code result}, in {@code format}'s locale. */
    static String text(ModelResult result, FigureFormat format) {
        Optional<ModelResult.PublishedFigures> published = result.publishedFigures();
        String bain = latestBain(result, format);
        if (published.isEmpty()) {
            return bain;
        }
        ModelResult.PublishedFigures p = published.get();
        PublishedInputs in = p.inputs();
        String stated = Messages.get("ui.dash.gap.stated", orNotStated(in.statedRequiredRevenue(), format),
                orNotStated(in.statedGap(), format));
        Object[] args = {Integer.toString(in.year()), format.money(p.spend()), format.money(p.requiredRevenue()),
            format.money(in.aiRevenue()), format.money(p.gap()), stated, in.sourceUrl()};
        String line;
        if (in.method() == PublishedInputs.Method.SEQUOIA) {
            line = Messages.get("ui.dash.gap.published.sequoia", args);
        } else if (in.aiRevenue() == null) {
            line = Messages.get("ui.dash.gap.published.bainNoRevenue", args);
        } else {
            line = Messages.get("ui.dash.gap.published.bain", args);
        }
        String dataset = in.method() == PublishedInputs.Method.SEQUOIA ? datasetSequoia(result, in.year(), format)
                : bain;
        return line + "\n" + dataset + (in.method() == PublishedInputs.Method.SEQUOIA ? "\n" + bain : "");
    }

    private static String orNotStated(Double v, FigureFormat format) {
        return v == null ? Messages.get("ui.dash.gap.notStated") : format.money(v);
    }

    /** The dataset's Sequoia row of {@code year}, else its latest. */
    private static String datasetSequoia(ModelResult result, int year, FigureFormat format) {
        RevenueGapRow row = result.revenueGap().stream().filter(r -> r.year() == year).findFirst()
                .orElse(result.revenueGap().isEmpty() ? null : result.revenueGap().get(result.revenueGap().size() - 1));
        if (row == null) {
            return Messages.get("ui.dash.gap.dataset.none");
        }
        return Messages.get("ui.dash.gap.dataset.sequoia", Integer.toString(row.year()),
                format.money(row.infrastructure()), format.money(row.requiredRevenue()),
                format.money(row.applications()), format.money(row.gap()));
    }

    private static String latestBain(ModelResult result, FigureFormat format) {
        if (result.bain().isEmpty()) {
            return Messages.get("ui.dash.gap.bain.none");
        }
        BainRow b = result.bain().get(result.bain().size() - 1);
        return Messages.get("ui.dash.gap.dataset.bain", Integer.toString(b.year()), format.money(b.capex()),
                format.percent(b.intensity()), format.money(b.requiredRevenue()), format.money(b.aiRevenue()),
                format.money(b.shortfall()));
    }
}
