package org.capexlens.ui.assumptions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.Range;
import org.capexlens.scenario.Ranges;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.FigureFormat;

/**
 * The assumptions besides the depreciation policy (capex, projection, ratio, Sequoia), each as a value one control
 * binds both ways. Setting a value is the matching {@link AssumptionsViewModel} command; the view model shows every
 * new scenario here. Spinner bounds are the scenario's {@link Ranges}.
 */
public final class AssumptionFields {
    private final FigureFormat format;
    private final Supplier<Scenario> current;
    /** Shows a scenario in one value; every value registers here when it is made. */
    private final List<Consumer<Scenario>> shows = new ArrayList<>();
    private final ReadOnlyBooleanWrapper aiShareOfCapexUsed = new ReadOnlyBooleanWrapper(this, "aiShareOfCapexUsed");
    private final PercentField shortLivedShare;
    private final AssumptionValue<Boolean> companyShares;
    private final AssumptionValue<Integer> lag;
    private final AssumptionValue<Convention> convention;
    private final PercentField capexGrowth;
    private final PercentField revenueGrowth;
    private final AssumptionValue<RatioNumerator> ratioNumerator;
    private final PercentField aiShareOfCapex;
    private final AssumptionValue<RevenueBasis> revenueBasis;
    private final PercentField gpuShare;
    private final PercentField endUserMargin;
    private final PercentField breakEvenTarget;
    private final PercentField overstatementMinShare;

    AssumptionFields(AssumptionsViewModel vm, FigureFormat format, Supplier<Scenario> current) {
        this.format = format;
        this.current = current;
        shortLivedShare = percent(Ranges.SHORT_LIVED_SHARE, 0.05, Scenario::shortLivedShare, vm::setShortLivedShare);
        companyShares = value("companyShares", Scenario::companyShortLivedShares, vm::setCompanyShortLivedShares);
        lag = value("lag", Scenario::inServiceLagYears, vm::setLag);
        convention = value("convention", Scenario::convention, vm::setConvention);
        capexGrowth = percent(Ranges.CAPEX_GROWTH, 0.01, Scenario::capexGrowth, vm::setCapexGrowth);
        revenueGrowth = percent(Ranges.REVENUE_GROWTH, 0.01, Scenario::revenueGrowth, vm::setRevenueGrowth);
        ratioNumerator = value("ratioNumerator", Scenario::ratioNumerator, vm::setRatioNumerator);
        aiShareOfCapex = percent(Ranges.AI_SHARE_OF_CAPEX, 0.05, Scenario::aiShareOfCapex, vm::setAiShareOfCapex);
        revenueBasis = value("revenueBasis", Scenario::aiRevenueBasis, vm::setRevenueBasis);
        gpuShare = percent(Ranges.GPU_SHARE, 0.05, Scenario::gpuShareOfDataCenterCost, vm::setGpuShare);
        endUserMargin = percent(Ranges.END_USER_GROSS_MARGIN, 0.05, Scenario::endUserGrossMargin,
                vm::setEndUserMargin);
        breakEvenTarget = percent(Ranges.BREAK_EVEN_TARGET_MARGIN, 0.01, Scenario::breakEvenTargetMargin,
                vm::setBreakEvenTarget);
        overstatementMinShare = percent(Ranges.OVERSTATEMENT_MIN_ADJUSTED_SHARE, 0.05,
                Scenario::overstatementMinAdjustedShare, vm::setOverstatementMinShare);
        aiShareOfCapexUsed.bind(ratioNumerator.property().isEqualTo(RatioNumerator.AI_SHARE_OF_CAPEX));
    }

    /** Shows {@code s} in every value (no edit). */
    void show(Scenario s) {
        shows.forEach(show -> show.accept(s));
    }

    /** A percentage field shown by {@link #show}. */
    private PercentField percent(Range range, double step, ToDoubleFunction<Scenario> read, DoubleConsumer set) {
        PercentField f = new PercentField(range, step, format, read, current, set);
        shows.add(f::show);
        return f;
    }

    /** A two-way value shown by {@link #show}. */
    private <T> AssumptionValue<T> value(String name, Function<Scenario, T> read, Consumer<T> set) {
        AssumptionValue<T> v = new AssumptionValue<>(name, read, current, set);
        shows.add(v::show);
        return v;
    }

    /** Short-lived share of capex: the default share, for companies without one of their own (issue 14). */
    public PercentField shortLivedShare() {
        return shortLivedShare;
    }

    /**
     * Issue 14: whether companies' own short-lived shares apply (else the default share for every company); setting
     * another value is an edit.
     */
    public ObjectProperty<Boolean> companySharesProperty() {
        return companyShares.property();
    }

    /** In-service lag, whole years within {@link Ranges#IN_SERVICE_LAG}; setting another value is an edit. */
    public ObjectProperty<Integer> lagProperty() {
        return lag.property();
    }

    /** First-year convention; setting another value is an edit. */
    public ObjectProperty<Convention> conventionProperty() {
        return convention.property();
    }

    /** Capex growth after the last guidance. */
    public PercentField capexGrowth() {
        return capexGrowth;
    }

    /** Revenue growth after the last reported year. */
    public PercentField revenueGrowth() {
        return revenueGrowth;
    }

    /** The ratio's numerator; setting another value is an edit. */
    public ObjectProperty<RatioNumerator> ratioNumeratorProperty() {
        return ratioNumerator.property();
    }

    /** AI share of hyperscaler capex (used only by {@link RatioNumerator#AI_SHARE_OF_CAPEX}). */
    public PercentField aiShareOfCapex() {
        return aiShareOfCapex;
    }

    /** Whether the ratio's numerator uses {@link #aiShareOfCapex()}. */
    public ReadOnlyBooleanProperty aiShareOfCapexUsedProperty() {
        return aiShareOfCapexUsed.getReadOnlyProperty();
    }

    /** The AI revenue basis; setting another value is an edit. */
    public ObjectProperty<RevenueBasis> revenueBasisProperty() {
        return revenueBasis.property();
    }

    /** Sequoia: GPUs' share of data-center cost. */
    public PercentField gpuShare() {
        return gpuShare;
    }

    /** Sequoia: the end user's gross margin. */
    public PercentField endUserMargin() {
        return endUserMargin;
    }

    /** Issue 14: the operating margin the break-even life must keep (0 = adjusted operating income of zero). */
    public PercentField breakEvenTarget() {
        return breakEvenTarget;
    }

    /** Issue 14: the smallest adjusted NI, as a share of NI, whose overstatement is shown as a percentage. */
    public PercentField overstatementMinShare() {
        return overstatementMinShare;
    }
}
