package org.capexlens.ui.assumptions;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Ranges;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;
import org.capexlens.ui.dashboard.DashboardState;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.capexlens.scenario.ScenarioBuilder;
import org.capexlens.ui.dashboard.ScenarioChoice;

/**
 * The assumptions panel's state and commands (DESIGN §4): it shows the current scenario field by field and turns
 * each edit into a new scenario applied through the {@link DashboardViewModel} (one undo step per edit). Needs no
 * running JavaFX toolkit.
 *
 * <p>Commands that take user input validate it first: out-of-range or unreadable input changes nothing and comes
 * back as a plain message for the view to show next to the field.
 *
 * <p>One sync: each new dashboard state is shown in every property here. Controls bind to these properties both
 * ways; a value that equals what the current scenario shows is never an edit, so the model showing itself is never
 * sent back as a change and no "updating" flag is needed.
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
    private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper(this, "scenarioName", "");
    private final ReadOnlyStringWrapper scenarioSummary = new ReadOnlyStringWrapper(this, "scenarioSummary", "");
    private final ObservableList<EntityChoice> entities = FXCollections.observableArrayList();
    private final ObservableList<EntityChoice> entitiesView = FXCollections.unmodifiableObservableList(entities);
    private final ObservableList<CompanyShareLine> companyShares = FXCollections.observableArrayList();
    private final ObservableList<CompanyShareLine> companySharesView =
            FXCollections.unmodifiableObservableList(companyShares);
    private final AssumptionValue<ScenarioChoice> scenarioChoice;
    private final AssumptionFields fields;
    private final OverrideListing overrideListing;
    private final CustomLifeEditor lifeEditor;

    /**
     * @param dash    the dashboard whose scenario this panel edits, not {@code null}.
     * @param locale  number formats, not {@code null}.
     */
    public AssumptionsViewModel(DashboardViewModel dash, Locale locale) {
        this.dash = Objects.requireNonNull(dash, "dash");
        this.format = new FigureFormat(locale);
        scenarioChoice = new AssumptionValue<>("scenarioChoice", this::choiceOf, this::current,
                c -> dash.apply(c));
        fields = new AssumptionFields(this, format, this::current);
        overrideListing = new OverrideListing(format, this::current, this::edit);
        lifeEditor = new CustomLifeEditor(this, format);
        policyChoice.addListener((obs, old, c) -> lifeEditor.show());
        customLife.addListener((obs, old, v) -> lifeEditor.show());
        dash.stateProperty().addListener((obs, old, s) -> sync(s));
        dash.scenarioChoices().addListener((ListChangeListener<ScenarioChoice>) ch -> scenarioChoice.show(current()));
        sync(dash.stateProperty().get());
        lifeEditor.show();
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
            edit(b -> b.policy(p));
        }
        lifeEditor.show();
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
        edit(b -> b.policy(new DepreciationPolicy.Uniform(years)));
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
            dash.preview(ScenarioEdit.of(current(), b -> b.policy(new DepreciationPolicy.Uniform(years))));
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
        return overrideListing.set(company, text);
    }

    /** Short-lived share of capex, a fraction within {@link Ranges#SHORT_LIVED_SHARE}. */
    public void setShortLivedShare(double share) {
        if (Ranges.SHORT_LIVED_SHARE.contains(share)) {
            edit(b -> b.shortLivedShare(share));
        }
    }

    /** Issue 14: whether companies' own short-lived shares replace the default share for them. */
    public void setCompanyShortLivedShares(boolean on) {
        edit(b -> b.companyShortLivedShares(on));
    }

    /** In-service lag, whole years within {@link Ranges#IN_SERVICE_LAG}. */
    public void setLag(int years) {
        if (Ranges.IN_SERVICE_LAG.contains(years)) {
            edit(b -> b.inServiceLagYears(years));
        }
    }

    /** First-year convention. */
    public void setConvention(Convention c) {
        Objects.requireNonNull(c, "c");
        edit(b -> b.convention(c));
    }

    /** Capex growth after the last guidance, a fraction within {@link Ranges#CAPEX_GROWTH}. */
    public void setCapexGrowth(double g) {
        if (Ranges.CAPEX_GROWTH.contains(g)) {
            edit(b -> b.capexGrowth(g));
        }
    }

    /** Revenue growth after the last reported year, a fraction within {@link Ranges#REVENUE_GROWTH}. */
    public void setRevenueGrowth(double g) {
        if (Ranges.REVENUE_GROWTH.contains(g)) {
            edit(b -> b.revenueGrowth(g));
        }
    }

    /** The ratio's numerator. */
    public void setRatioNumerator(RatioNumerator n) {
        Objects.requireNonNull(n, "n");
        edit(b -> b.ratioNumerator(n));
    }

    /** AI share of hyperscaler capex for {@link RatioNumerator#AI_SHARE_OF_CAPEX}, a fraction within 0..1. */
    public void setAiShareOfCapex(double share) {
        if (Ranges.AI_SHARE_OF_CAPEX.contains(share)) {
            edit(b -> b.aiShareOfCapex(share));
        }
    }

    /** Which AI revenue series the ratio and the gap use. */
    public void setRevenueBasis(RevenueBasis basis) {
        Objects.requireNonNull(basis, "basis");
        edit(b -> b.aiRevenueBasis(basis));
    }

    /**
     * Adds or removes an AI-revenue entity from the sum.
     *
     * @return a message when this would leave no entity (nothing changes then).
     */
    public Optional<String> setEntitySelected(String name, boolean selected) {
        List<String> chosen = entities.stream().filter(c -> c.name().equals(name) ? selected : c.selected())
                .map(EntityChoice::name).toList();
        if (chosen.isEmpty()) {
            return Optional.of(Messages.get("ui.assumptions.entities.none"));
        }
        edit(b -> b.aiRevenueEntities(chosen));
        return Optional.empty();
    }

    /** Sequoia: GPUs' share of data-center cost, in (0, 1]. */
    public void setGpuShare(double share) {
        if (Ranges.GPU_SHARE.contains(share)) {
            edit(b -> b.gpuShareOfDataCenterCost(share));
        }
    }

    /** Sequoia: the end user's gross margin, in [0, 1). */
    public void setEndUserMargin(double margin) {
        if (Ranges.END_USER_GROSS_MARGIN.contains(margin)) {
            edit(b -> b.endUserGrossMargin(margin));
        }
    }

    /** Issue 14: the break-even life's target operating margin, in (−1, 1]. */
    public void setBreakEvenTarget(double margin) {
        if (Ranges.BREAK_EVEN_TARGET_MARGIN.contains(margin)) {
            edit(b -> b.breakEvenTargetMargin(margin));
        }
    }

    /** Issue 14: the share of NI under which an adjusted NI makes the overstatement "n/m", in [0, 0.95]. */
    public void setOverstatementMinShare(double share) {
        if (Ranges.OVERSTATEMENT_MIN_ADJUSTED_SHARE.contains(share)) {
            edit(b -> b.overstatementMinAdjustedShare(share));
        }
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private Scenario current() {
        return dash.stateProperty().get().scenario();
    }

    private void edit(Consumer<ScenarioBuilder> change) {
        dash.apply(ScenarioEdit.of(current(), change));
    }

    /** The picker entry of {@code sc}: the first whose scenario it is, or {@code null}. */
    private ScenarioChoice choiceOf(Scenario sc) {
        return dash.scenarioChoices().stream().filter(c -> c.scenario().equals(sc)).findFirst().orElse(null);
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

    /** Shows {@code s} in every property: the one way the model reaches the panel. */
    private void sync(DashboardState s) {
        Scenario sc = s.scenario();
        PolicyChoice choice = PolicyChoice.of(sc.policy());
        if (choice == PolicyChoice.CUSTOM) {
            customLife.set(((DepreciationPolicy.Uniform) sc.policy()).lifeYears());
        }
        policyChoice.set(choice);
        policyNote.set(sc.policy() instanceof DepreciationPolicy.SwitchTo sw
                ? Messages.get("ui.assumptions.policy.switch", format.years(sw.lifeYears()), sw.fromYear()) : "");
        scenarioChoice.show(sc);
        fields.show(sc);
        scenarioName.set(sc.name());
        scenarioSummary.set(sc.assertedBy().isEmpty() ? sc.description()
                : Messages.get("ui.assumptions.scenario.summary", sc.description(), sc.assertedBy()));
        overrideListing.show(s.dataset(), sc);
        List<EntityChoice> ents = EntityChoice.listFor(s.dataset(), sc);
        if (!ents.equals(entities)) {
            entities.setAll(ents);
        }
        List<CompanyShareLine> shares = CompanyShareLine.listFor(s.dataset(), sc, format);
        if (!shares.equals(companyShares)) {
            companyShares.setAll(shares);
        }
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

    /** The custom life's slider and exact field. */
    public CustomLifeEditor customLifeEditor() {
        return lifeEditor;
    }

    /** Describes a policy no toggle position stands for (a prospective switch); empty otherwise. */
    public ReadOnlyStringProperty policyNoteProperty() {
        return policyNote.getReadOnlyProperty();
    }

    /**
     * The picker entry of the current scenario ({@code null} when none is); setting another entry applies it as
     * one undo step.
     */
    public ObjectProperty<ScenarioChoice> scenarioChoiceProperty() {
        return scenarioChoice.property();
    }

    /** The assumptions besides the depreciation policy, each as a value for one control. */
    public AssumptionFields fields() {
        return fields;
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
        return overrideListing.rows();
    }

    /** The override rows that get a field, the filter and the messages around them. */
    public OverrideListing overrideListing() {
        return overrideListing;
    }

    /**
     * Issue 14: one line per company with a short-lived share of its own, then one for the others (the default
     * share), read-only.
     */
    public ObservableList<CompanyShareLine> companyShares() {
        return companySharesView;
    }

    /** The AI-revenue entities of the current basis with whether each is summed, read-only. */
    public ObservableList<EntityChoice> entities() {
        return entitiesView;
    }
}
