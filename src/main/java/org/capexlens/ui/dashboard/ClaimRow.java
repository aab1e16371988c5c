package org.capexlens.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.capexlens.calc.ClaimCheck;
import org.capexlens.domain.Claim;
import org.capexlens.domain.Source;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;

/**
 * One row of the Claims tab (issue 10): a checked claim as text, in the claim's unit. Built on the worker with the
 * result, so the view only sets it into the table.
 *
 * @param id            the claim id.
 * @param who           who makes the claim.
 * @param when          when it was made.
 * @param what          what the figure measures, with its scope and period.
 * @param claim         the claimed figure, range or bound ("qualitative" for none).
 * @param modelCurrent  the model under the scenario applied, or why there is none.
 * @param modelOwn      the model under the claim's own assumptions, or empty.
 * @param difference    model − claim with its sign, or empty.
 * @param goalSeek      the assumption that reproduces the figure, "no solution in …", or empty.
 * @param sourceUrl     the source's address, or empty.
 * @param sourceTitle   the source's title, or the source id when the sources sheet lacks it.
 */
public record ClaimRow(String id, String who, String when, String what, String claim, String modelCurrent,
        String modelOwn, String difference, String goalSeek, String sourceUrl, String sourceTitle) {

    /** Every checked claim as a row, in sheet order. */
    static List<ClaimRow> all(List<ClaimCheck> checks, Map<String, Source> sources, FigureFormat f) {
        List<ClaimRow> rows = new ArrayList<>(checks.size());
        for (ClaimCheck c : checks) {
            rows.add(of(c, sources, f));
        }
        return rows;
    }

    /** One checked claim as a row. */
    static ClaimRow of(ClaimCheck c, Map<String, Source> sources, FigureFormat f) {
        Claim k = c.claim();
        Source s = sources.get(k.source());
        String what = k.what() + (k.scope().isEmpty() && k.period().isEmpty() ? ""
                : Messages.get("ui.dash.claims.scopePeriod", k.scope(), k.period()));
        String statusKey = "ui.dash.claims.status." + c.status().code();
        String current = c.status() == ClaimCheck.Status.CHECKED ? value(k.unit(), c.modelCurrent(), f)
                : Messages.get(statusKey);
        return new ClaimRow(k.id(), k.who(), k.when(), what, claimText(k, f), current,
                ownText(c, f),
                differenceText(c, f), goalSeeks(c, f),
                s == null ? "" : s.url(), s == null ? k.source() : s.title());
    }

    /** The figure under the claim's own assumptions; a loss or a gap in the data says so, no scenario is empty. */
    private static String ownText(ClaimCheck c, FigureFormat f) {
        if (c.modelOwnAssumptions() != null) {
            return value(c.claim().unit(), c.modelOwnAssumptions(), f);
        }
        if (c.ownStatus() == ClaimCheck.Status.ADJUSTED_LOSS || c.ownStatus() == ClaimCheck.Status.NO_DATA
                || c.ownStatus() == ClaimCheck.Status.NOT_MEANINGFUL) {
            String ownKey = "ui.dash.claims.status." + c.ownStatus().code();
            return Messages.get(ownKey);
        }
        return "";
    }

    /** Model − claim; for a range or bound the model falls in, "within". */
    private static String differenceText(ClaimCheck c, FigureFormat f) {
        if (c.difference() == null) {
            return "";
        }
        if (c.claim().figure() == null && c.difference() == 0) {
            return Messages.get("ui.dash.claims.within");
        }
        return change(c.claim().unit(), c.difference(), f);
    }

    /** The claim's figure, range or bound. */
    static String claimText(Claim k, FigureFormat f) {
        if (k.figure() != null) {
            return value(k.unit(), k.figure(), f);
        }
        if (k.figureLow() != null && k.figureHigh() != null) {
            return Messages.get("ui.dash.claims.range", value(k.unit(), k.figureLow(), f),
                    value(k.unit(), k.figureHigh(), f));
        }
        if (k.figureLow() != null) {
            return Messages.get("ui.dash.claims.over", value(k.unit(), k.figureLow(), f));
        }
        if (k.figureHigh() != null) {
            return Messages.get("ui.dash.claims.under", value(k.unit(), k.figureHigh(), f));
        }
        return Messages.get("ui.dash.claims.qualitative");
    }

    /** A figure in a claim's unit: $176.0B, 26.9%, 2.5 y, 4.0×. */
    static String value(String unit, Double v, FigureFormat f) {
        return switch (unit) {
            case "usd_b" -> f.money(v);
            case "percent" -> f.percent(v / 100);
            case "years" -> Messages.get("ui.dash.claims.years", f.years(v));
            case "ratio" -> f.ratio(v);
            default -> f.ratio(v).replace("\u00d7", "");
        };
    }

    /** A difference in a claim's unit, with its sign: +$122.8B, +23.2 pp, −3.5 y. */
    static String change(String unit, double v, FigureFormat f) {
        return switch (unit) {
            case "usd_b" -> f.moneyChange(v);
            case "percent" -> f.points(v);
            case "years" -> (v > 0 ? "+" : v < 0 ? "\u2212" : "") + Messages.get("ui.dash.claims.years",
                    f.years(Math.abs(v)));
            default -> f.ratioChange(v);
        };
    }

    static String goalSeek(ClaimCheck.GoalSeek g, FigureFormat f) {
        if (g.status() == ClaimCheck.SeekStatus.NOT_APPLICABLE) {
            return "";
        }
        boolean life = g.variable() == ClaimCheck.Variable.UNIFORM_LIFE_YEARS;
        if (g.status() == ClaimCheck.SeekStatus.SOLVED) {
            return life ? Messages.get("ui.dash.claims.seek.life", f.years(Math.round(g.value() * 100) / 100.0))
                    : Messages.get("ui.dash.claims.seek.gpuShare", f.percent(g.value()));
        }
        return life ? Messages.get("ui.dash.claims.seek.noLife", f.years(g.low()), f.years(g.high()))
                : Messages.get("ui.dash.claims.seek.noGpuShare", f.percent(g.low()), f.percent(g.high()));
    }

    /** Both goal seeks of a claim: the uniform life (or GPU share), then the switch year where there is one. */
    static String goalSeeks(ClaimCheck c, FigureFormat f) {
        String first = goalSeek(c.goalSeek(), f);
        String second = switchSeek(c.claim().unit(), c.switchSeek(), f);
        return first.isEmpty() || second.isEmpty() ? first + second
                : Messages.get("ui.dash.claims.seek.both", first, second);
    }

    static String switchSeek(String unit, ClaimCheck.SwitchSeek w, FigureFormat f) {
        return switch (w.status()) {
            case NOT_APPLICABLE -> "";
            case SOLVED -> Messages.get("ui.dash.claims.seek.switch", f.years(w.lifeYears()), w.year(),
                    value(unit, w.achieved(), f));
            case NO_SOLUTION_IN_RANGE -> Messages.get("ui.dash.claims.seek.noSwitch", f.years(w.lifeYears()),
                    w.firstYear(), w.lastYear());
        };
    }
}
