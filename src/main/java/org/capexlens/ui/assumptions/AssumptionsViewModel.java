package org.capexlens.ui.assumptions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Ranges;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;
import org.capexlens.ui.dashboard.DashboardState;
import org.capexlens.ui.dashboard.DashboardViewModel;

/**
 * The assumptions panel's state and commands (DESIGN §4): it shows the current scenario field by field and turns
 * each edit into a new scenario applied through the {@link DashboardViewModel} (one undo step per edit). Needs no
 * running JavaFX toolkit.
 *
 * <p>Commands that take user input validate it first: out-of-range or unreadable input changes nothing and comes
 * back as a plain message for the view to show next to the field.
 */
public final class AssumptionsViewModel {
    /** Shortest life the custom toggle and the overrides accept, years. */
    public static final double MIN_LIFE = 1;
    /** Longest life the custom toggle and the overrides accept, years. */
    public static final double MAX_LIFE = 10;
    /** The custom life before the user picks one, years. */
    public static final double DEFAULT_CUSTOM_LIFE = 4;

    private final DashboardViewModel dash;
    private final FigureFormat format;

    private final ReadOnlyObjectWrapper<PolicyChoice> policyChoice = new ReadOnlyObjectWrapper<>(this,
            "policyChoice", PolicyChoice.REPORTED);
    private final ReadOnlyDoubleWrapper customLife = new ReadOnlyDoubleWrapper(this, "customLife",
            DEFAULT_CUSTOM_LIFE);
    private final ReadOnlyStringWrapper policyNote = new ReadOnlyStringWrapper(this, "policyNote", "");
    private final ReadOnlyDoubleWrapper shortLivedShare = new ReadOnlyDoubleWrapper(this, "shortLivedShare");
    private final ReadOnlyIntegerWrapper lag = new ReadOnlyIntegerWrapper(this, "lag");
    private final ReadOnlyObjectWrapper<Convention> convention = new ReadOnlyObjectWrapper<>(this, "convention");
    private final ReadOnlyDoubleWrapper capexGrowth = new ReadOnlyDoubleWrapper(this, "capexGrowth");
    private final ReadOnlyDoubleWrapper revenueGrowth = new ReadOnlyDoubleWrapper(this, "revenueGrowth");
    private final ReadOnlyObjectWrapper<RatioNumerator> ratioNumerator = new ReadOnlyObjectWrapper<>(this,
            "ratioNumerator");
    private final ReadOnlyDoubleWrapper aiShareOfCapex = new ReadOnlyDoubleWrapper(this, "aiShareOfCapex");
    private final ReadOnlyObjectWrapper<RevenueBasis> revenueBasis = new ReadOnlyObjectWrapper<>(this,
            "revenueBasis");
    private final ReadOnlyDoubleWrapper gpuShare = new ReadOnlyDoubleWrapper(this, "gpuShare");
    private final ReadOnlyDoubleWrapper endUserMargin = new ReadOnlyDoubleWrapper(this, "endUserMargin");
    private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper(this, "scenarioName", "");
    private final ReadOnlyStringWrapper scenarioSummary = new ReadOnlyStringWrapper(this, "scenarioSummary", "");
    private final ObservableList<OverrideRow> overrides = FXCollections.observableArrayList();
    private final ObservableList<EntityChoice> entities = FXCollections.observableArrayList();
    private final ObservableList<OverrideRow> overridesView = FXCollections.unmodifiableObservableList(overrides);
    private final ObservableList<EntityChoice> entitiesView = FXCollections.unmodifiableObservableList(entities);

    /**
     * @param dash    the dashboard whose scenario this panel edits, not {@code null}.
     * @param locale  number formats, not {@code null}.
     */
    public AssumptionsViewModel(DashboardViewModel dash, Locale locale) {
        this.dash = Objects.requireNonNull(dash, "dash");
        this.format = new FigureFormat(locale);
        dash.stateProperty().addListener((obs, old, s) -> sync(s));
        sync(dash.stateProperty().get());
    }

    // ---- commands ----------------------------------------------------------------------------------------------

    /** Moves the depreciation toggle; {@link PolicyChoice#CUSTOM} uses the custom life. */
    public void choosePolicy(PolicyChoice choice) {
        DepreciationPolicy p = switch (Objects.requireNonNull(choice, "choice")) {
            case SHORT -> new DepreciationPolicy.Uniform(PolicyChoice.SHORT_LIFE);
            case LONG -> new DepreciationPolicy.Uniform(PolicyChoice.LONG_LIFE);
            case REPORTED -> DepreciationPolicy.REPORTED;
            case CUSTOM -> new DepreciationPolicy.Uniform(customLife.get());
            case SWITCH -> null;
        };
        if (p != null) {
            edit(e -> e.policy = p);
        }
    }

    /**
     * Sets the custom life and selects it (the slider released, or a number typed and confirmed).
     *
     * @param years  1–10, fractional allowed.
     * @return a message when {@code years} is out of range (nothing changes then).
     */
    public Optional<String> setCustomLife(double years) {
        if (!(years >= MIN_LIFE && years <= MAX_LIFE)) {
            return Optional.of(Messages.get("ui.assumptions.life.range", format.years(years)));
        }
        customLife.set(years);
        edit(e -> e.policy = new DepreciationPolicy.Uniform(years));
        return Optional.empty();
    }

    /**
     * {@link #setCustomLife(double)} from typed text such as {@code 3}, {@code 5.5}, {@code 5,5} or {@code 3 y}.
     *
     * @return a message when the text is not a life of 1–10 years (nothing changes then).
     */
    public Optional<String> setCustomLifeText(String text) {
        Double years = parseLife(text);
        if (years == null) {
            return Optional.of(Messages.get("ui.assumptions.life.invalid", text == null ? "" : text.trim()));
        }
        return setCustomLife(years);
    }

    /** Shows the custom life while the slider is dragged, without making it an undo step. */
    public void previewCustomLife(double years) {
        if (years >= MIN_LIFE && years <= MAX_LIFE) {
            ScenarioEdit e = new ScenarioEdit(current());
            e.policy = new DepreciationPolicy.Uniform(years);
            dash.preview(e.build());
        }
    }

    /**
     * Sets or clears a company's own life.
     *
     * @param company  company id, not {@code null}.
     * @param text     a life of 1–10 years, {@code reported} for the company's own history, or empty / "—" to
     *                 clear the override.
     * @return a message when the text is none of those (nothing changes then).
     */
    public Optional<String> setOverride(String company, String text) {
        Objects.requireNonNull(company, "company");
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equals(Messages.get("ui.dash.figure.unknown")) || t.equals("-")) {
            edit(e -> e.overrides.remove(company));
            return Optional.empty();
        }
        if (t.equalsIgnoreCase(Messages.get("ui.assumptions.override.reported"))) {
            edit(e -> e.overrides.put(company, DepreciationPolicy.REPORTED));
            return Optional.empty();
        }
        Double years = parseLife(t);
        if (years == null) {
            return Optional.of(Messages.get("ui.assumptions.override.invalid", t));
        }
        edit(e -> e.overrides.put(company, new DepreciationPolicy.Uniform(years)));
        return Optional.empty();
    }

    /** Short-lived share of capex, 0..1. */
    public void setShortLivedShare(double share) {
        if (share >= 0 && share <= 1) {
            edit(e -> e.shortLivedShare = share);
        }
    }

    /** In-service lag, whole years 0–5. */
    public void setLag(int years) {
        if (years >= 0 && years <= 5) {
            edit(e -> e.lag = years);
        }
    }

    /** First-year convention. */
    public void setConvention(Convention c) {
        edit(e -> e.convention = Objects.requireNonNull(c, "c"));
    }

    /** Capex growth after the last guidance, a fraction within {@link Ranges#CAPEX_GROWTH}. */
    public void setCapexGrowth(double g) {
        if (Ranges.CAPEX_GROWTH.contains(g)) {
            edit(e -> e.capexGrowth = g);
        }
    }

    /** Revenue growth after the last reported year, a fraction within {@link Ranges#REVENUE_GROWTH}. */
    public void setRevenueGrowth(double g) {
        if (Ranges.REVENUE_GROWTH.contains(g)) {
            edit(e -> e.revenueGrowth = g);
        }
    }

    /** The ratio's numerator. */
    public void setRatioNumerator(RatioNumerator n) {
        edit(e -> e.numerator = Objects.requireNonNull(n, "n"));
    }

    /** AI share of hyperscaler capex for {@link RatioNumerator#AI_SHARE_OF_CAPEX}, 0..1. */
    public void setAiShareOfCapex(double share) {
        if (share >= 0 && share <= 1) {
            edit(e -> e.aiShareOfCapex = share);
        }
    }

    /** Which AI revenue series the ratio and the gap use. */
    public void setRevenueBasis(RevenueBasis basis) {
        edit(e -> e.basis = Objects.requireNonNull(basis, "basis"));
    }

    /**
     * Adds or removes an AI-revenue entity from the sum.
     *
     * @return a message when this would leave no entity (nothing changes then).
     */
    public Optional<String> setEntitySelected(String name, boolean selected) {
        List<String> chosen = new ArrayList<>();
        for (EntityChoice c : entities) {
            boolean on = c.name().equals(name) ? selected : c.selected();
            if (on) {
                chosen.add(c.name());
            }
        }
        if (chosen.isEmpty()) {
            return Optional.of(Messages.get("ui.assumptions.entities.none"));
        }
        edit(e -> e.entities = chosen);
        return Optional.empty();
    }

    /** Sequoia: GPUs' share of data-center cost, in (0, 1]. */
    public void setGpuShare(double share) {
        if (share > 0 && share <= 1) {
            edit(e -> e.gpuShare = share);
        }
    }

    /** Sequoia: the end user's gross margin, in [0, 1). */
    public void setEndUserMargin(double margin) {
        if (margin >= 0 && margin < 1) {
            edit(e -> e.endUserMargin = margin);
        }
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private Scenario current() {
        return dash.stateProperty().get().scenario();
    }

    private void edit(Consumer<ScenarioEdit> change) {
        ScenarioEdit e = new ScenarioEdit(current());
        change.accept(e);
        dash.apply(e.build());
    }

    /** A life of 1–10 years from text, or {@code null}. */
    static Double parseLife(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace(',', '.');
        t = t.replaceFirst("\\s*(years|year|yrs|yr|y)$", "");
        if (!t.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) {
            return null;
        }
        double v = Double.parseDouble(t);
        return v >= MIN_LIFE && v <= MAX_LIFE ? v : null;
    }

    private void sync(DashboardState s) {
        Scenario sc = s.scenario();
        PolicyChoice choice = PolicyChoice.of(sc.policy());
        if (choice == PolicyChoice.CUSTOM) {
            customLife.set(((DepreciationPolicy.Uniform) sc.policy()).lifeYears());
        }
        policyChoice.set(choice);
        policyNote.set(sc.policy() instanceof DepreciationPolicy.SwitchTo sw
                ? Messages.get("ui.assumptions.policy.switch", format.years(sw.lifeYears()), sw.fromYear()) : "");
        shortLivedShare.set(sc.shortLivedShare());
        lag.set(sc.inServiceLagYears());
        convention.set(sc.convention());
        capexGrowth.set(sc.capexGrowth());
        revenueGrowth.set(sc.revenueGrowth());
        ratioNumerator.set(sc.ratioNumerator());
        aiShareOfCapex.set(sc.aiShareOfCapex());
        revenueBasis.set(sc.aiRevenueBasis());
        gpuShare.set(sc.gpuShareOfDataCenterCost());
        endUserMargin.set(sc.endUserGrossMargin());
        scenarioName.set(sc.name());
        scenarioSummary.set(sc.assertedBy().isEmpty() ? sc.description()
                : Messages.get("ui.assumptions.scenario.summary", sc.description(), sc.assertedBy()));
        List<OverrideRow> rows = overrideRows(s.dataset(), sc);
        if (!rows.equals(overrides)) {
            overrides.setAll(rows);
        }
        List<EntityChoice> ents = entityChoices(s.dataset(), sc);
        if (!ents.equals(entities)) {
            entities.setAll(ents);
        }
    }

    private List<OverrideRow> overrideRows(Dataset d, Scenario sc) {
        Set<String> companies = new LinkedHashSet<>();
        if (d != null) {
            Set<String> withCapex = new LinkedHashSet<>();
            for (CapexRow r : d.capex()) {
                withCapex.add(r.company());
            }
            for (Company c : d.companies()) {
                if (withCapex.contains(c.id())) {
                    companies.add(c.id());
                }
            }
            companies.addAll(withCapex);
        }
        companies.addAll(new java.util.TreeSet<>(sc.companyOverrides().keySet()));
        List<OverrideRow> rows = new ArrayList<>();
        for (String c : companies) {
            DepreciationPolicy p = sc.companyOverrides().get(c);
            rows.add(new OverrideRow(c, overrideText(p), p != null));
        }
        return rows;
    }

    private String overrideText(DepreciationPolicy p) {
        if (p == null) {
            return Messages.get("ui.dash.figure.unknown");
        }
        if (p instanceof DepreciationPolicy.Uniform u) {
            return format.years(u.lifeYears());
        }
        if (p instanceof DepreciationPolicy.SwitchTo sw) {
            return Messages.get("ui.assumptions.policy.switch", format.years(sw.lifeYears()), sw.fromYear());
        }
        return Messages.get("ui.assumptions.override.reported");
    }

    private static List<EntityChoice> entityChoices(Dataset d, Scenario sc) {
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

    // ---- state -------------------------------------------------------------------------------------------------

    /** The toggle position of the current policy. */
    public ReadOnlyObjectProperty<PolicyChoice> policyChoiceProperty() {
        return policyChoice.getReadOnlyProperty();
    }

    /** The custom life (slider and field), years; kept while another toggle position is chosen. */
    public ReadOnlyDoubleProperty customLifeProperty() {
        return customLife.getReadOnlyProperty();
    }

    /** Describes a policy no toggle position stands for (a prospective switch); empty otherwise. */
    public ReadOnlyStringProperty policyNoteProperty() {
        return policyNote.getReadOnlyProperty();
    }

    /** Short-lived share of capex, 0..1. */
    public ReadOnlyDoubleProperty shortLivedShareProperty() {
        return shortLivedShare.getReadOnlyProperty();
    }

    /** In-service lag, years. */
    public ReadOnlyIntegerProperty lagProperty() {
        return lag.getReadOnlyProperty();
    }

    /** First-year convention. */
    public ReadOnlyObjectProperty<Convention> conventionProperty() {
        return convention.getReadOnlyProperty();
    }

    /** Capex growth after the last guidance, a fraction. */
    public ReadOnlyDoubleProperty capexGrowthProperty() {
        return capexGrowth.getReadOnlyProperty();
    }

    /** Revenue growth after the last reported year, a fraction. */
    public ReadOnlyDoubleProperty revenueGrowthProperty() {
        return revenueGrowth.getReadOnlyProperty();
    }

    /** The ratio's numerator. */
    public ReadOnlyObjectProperty<RatioNumerator> ratioNumeratorProperty() {
        return ratioNumerator.getReadOnlyProperty();
    }

    /** AI share of hyperscaler capex, 0..1. */
    public ReadOnlyDoubleProperty aiShareOfCapexProperty() {
        return aiShareOfCapex.getReadOnlyProperty();
    }

    /** The AI revenue basis. */
    public ReadOnlyObjectProperty<RevenueBasis> revenueBasisProperty() {
        return revenueBasis.getReadOnlyProperty();
    }

    /** Sequoia: GPUs' share of data-center cost. */
    public ReadOnlyDoubleProperty gpuShareProperty() {
        return gpuShare.getReadOnlyProperty();
    }

    /** Sequoia: the end user's gross margin. */
    public ReadOnlyDoubleProperty endUserMarginProperty() {
        return endUserMargin.getReadOnlyProperty();
    }

    /** The current scenario's name. */
    public ReadOnlyStringProperty scenarioNameProperty() {
        return scenarioName.getReadOnlyProperty();
    }

    /** The current scenario's description and who asserts it. */
    public ReadOnlyStringProperty scenarioSummaryProperty() {
        return scenarioSummary.getReadOnlyProperty();
    }

    /** One row per company with capex (and per company with an override), read-only. */
    public ObservableList<OverrideRow> overrides() {
        return overridesView;
    }

    /** The AI-revenue entities of the current basis with whether each is summed, read-only. */
    public ObservableList<EntityChoice> entities() {
        return entitiesView;
    }
}
