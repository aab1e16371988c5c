package org.capexlens.chart;

import java.util.Locale;
import org.capexlens.calc.WhatMustBeTrue;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;

/**
 * The plain-language answers of the what-must-be-true solver (issue 11), worded once for the dashboard and the
 * {@code solve} command.
 */
public final class AnalysisText {
    private AnalysisText() {
    }

    /** The questions the solver answers, with the command line's name of each. */
    public enum Question {
        /** AI revenue growth for the ratio to reach a target by a year. */
        RATIO("ratio"),
        /** AI revenue growth for Sequoia's gap to close by a year. */
        GAP("gap"),
        /** The server life that keeps a company's margin above a target. */
        LIFE("life"),
        /** The capex growth that keeps ΔD under a limit. */
        CAPEX("capex");

        private final String id;

        Question(String id) {
            this.id = id;
        }

        /** The command line's name. */
        public String id() {
            return id;
        }

        /** The question with this id, or {@code null}. */
        public static Question parse(String text) {
            for (Question q : values()) {
                if (q.id.equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return q;
                }
            }
            return null;
        }
    }

    /**
     * The answer as one or two sentences.
     *
     * @param q        the question.
     * @param a        the solver's answer.
     * @param target   the ratio (RATIO), margin fraction (LIFE) or ΔD limit in USD billions (CAPEX); unused for GAP.
     * @param year     the year of the target (calendar year, or fiscal year for LIFE); the ΔD window's last year
     *                 for CAPEX.
     * @param subject  the company (LIFE) or the ΔD window's first year as text (CAPEX); else ignored.
     * @param locale   number formats.
     */
    public static String answer(Question q, WhatMustBeTrue.Answer a, double target, int year, String subject,
            Locale locale) {
        String question = switch (q) {
            case RATIO -> Messages.get("analysis.solve.q.ratio", FigureFormat.plain(target), year);
            case GAP -> Messages.get("analysis.solve.q.gap", year);
            case LIFE -> Messages.get("analysis.solve.q.life", subject, year, percent(target));
            case CAPEX -> Messages.get("analysis.solve.q.capex", subject, year, FigureFormat.plain(target));
        };
        String lower = q == Question.LIFE ? FigureFormat.plain(a.lower()) : percent(a.lower());
        String upper = q == Question.LIFE ? FigureFormat.plain(a.upper()) : percent(a.upper());
        String answer = switch (a.status()) {
            case SOLVED -> switch (q) {
                case RATIO, GAP -> Messages.get("analysis.solve.a.growth", percent(a.value()), a.baseYear(),
                        FigureFormat.plain(Math.round(a.baseValue() * 10) / 10.0));
                case LIFE -> Messages.get("analysis.solve.a.life", FigureFormat.plain(Math.round(a.value() * 100)
                        / 100.0));
                case CAPEX -> Messages.get("analysis.solve.a.capex", percent(a.value()));
            };
            case ALWAYS_MET -> Messages.get("analysis.solve.a.always", lower, upper);
            case NOT_IN_RANGE -> Messages.get("analysis.solve.a.never", lower, upper);
            case NO_DATA -> Messages.get("analysis.solve.a.noData");
        };
        return question + " " + answer;
    }

    /** A fraction as a percentage with one decimal, e.g. {@code 37.5%}. */
    static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
