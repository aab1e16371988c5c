package org.capexlens.ui.dashboard;

import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.capexlens.calc.WhatMustBeTrue;
import org.capexlens.chart.AnalysisText;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.Messages;

/**
 * The What must be true tab's state (issue 11): the question, its target, year and company, and the last answer,
 * solved in the background on the current dataset and scenario. Needs no running toolkit.
 */
public final class SolverViewModel {
    private static final Logger LOG = Logger.getLogger(SolverViewModel.class.getName());

    /**
     * A solved question.
     *
     * @param question  the question.
     * @param answer    the solver's answer.
     * @param target    the target used.
     * @param text      the answer in plain language.
     */
    public record Solved(AnalysisText.Question question, WhatMustBeTrue.Answer answer, double target, String text) {
    }

    private final DashboardViewModel dash;
    private final Locale locale;
    private final ObjectProperty<AnalysisText.Question> question = new SimpleObjectProperty<>(this, "question",
            AnalysisText.Question.RATIO);
    private final StringProperty target = new SimpleStringProperty(this, "target", "1");
    private final StringProperty year = new SimpleStringProperty(this, "year", "2030");
    private final StringProperty company = new SimpleStringProperty(this, "company", "Meta");
    private final ReadOnlyObjectWrapper<Solved> solved = new ReadOnlyObjectWrapper<>(this, "solved");
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper(this, "answer", "");

    /**
     * @param dash    the dashboard (dataset, scenario, runner), not {@code null}.
     * @param locale  number formats, not {@code null}.
     */
    public SolverViewModel(DashboardViewModel dash, Locale locale) {
        this.dash = Objects.requireNonNull(dash, "dash");
        this.locale = Objects.requireNonNull(locale, "locale");
        question.addListener((obs, old, q) -> {
            // Each question's usual target and year, so switching never leaves a ratio of 1 as a margin.
            target.set(switch (q) {
                case RATIO -> "1";
                case GAP -> "";
                case LIFE -> "30";
                case CAPEX -> "150";
            });
            year.set(q == AnalysisText.Question.LIFE ? "2027" : q == AnalysisText.Question.CAPEX ? "2028" : "2030");
        });
    }

    /** Solves the question on the current dataset and scenario in the background. */
    public void solve() {
        Dataset data = dash.stateProperty().get().dataset();
        Scenario scenario = dash.stateProperty().get().scenario();
        if (data == null) {
            answer.set(Messages.get("ui.uncertainty.status.noData"));
            return;
        }
        AnalysisText.Question q = question.get();
        int y;
        double t;
        try {
            y = Integer.parseInt(year.get().trim());
            t = q == AnalysisText.Question.GAP ? 0 : Double.parseDouble(target.get().trim().replace(',', '.')
                    .replace("%", ""));
        } catch (NumberFormatException e) {
            answer.set(Messages.get("ui.solver.badInput"));
            return;
        }
        double goal = q == AnalysisText.Question.LIFE ? t / 100 : t;
        String who = company.get();
        dash.runner().submit(() -> {
            WhatMustBeTrue.Answer a = switch (q) {
                case RATIO -> WhatMustBeTrue.revenueGrowthForRatio(data, scenario, goal, y);
                case GAP -> WhatMustBeTrue.revenueGrowthForGap(data, scenario, y);
                case LIFE -> WhatMustBeTrue.lifeForMargin(data, scenario, who, y, goal);
                case CAPEX -> WhatMustBeTrue.capexGrowthForDeltaD(data, scenario, 2026, y, goal);
            };
            return new Solved(q, a, goal, AnalysisText.answer(q, a, goal, y,
                    q == AnalysisText.Question.LIFE ? who : "2026", locale));
        }, s -> {
            solved.set(s);
            answer.set(s.text());
        }, failure -> {
            LOG.log(Level.SEVERE, "the solver failed", failure);
            answer.set(Messages.get("ui.solver.failed"));
        });
    }

    /** The question asked. */
    public ObjectProperty<AnalysisText.Question> questionProperty() {
        return question;
    }

    /** The target as typed: a ratio, a margin in percent or a ΔD limit in $B. */
    public StringProperty targetProperty() {
        return target;
    }

    /** The year as typed. */
    public StringProperty yearProperty() {
        return year;
    }

    /** The company of the life question. */
    public StringProperty companyProperty() {
        return company;
    }

    /** The last answer, {@code null} before the first. */
    public ReadOnlyObjectProperty<Solved> solvedProperty() {
        return solved.getReadOnlyProperty();
    }

    /** The last answer in plain language (or why there is none). */
    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }
}
