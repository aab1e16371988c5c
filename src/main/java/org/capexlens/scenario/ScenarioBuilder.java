package org.capexlens.scenario;

import java.util.List;
import java.util.Map;
import org.capexlens.domain.RevenueBasis;

/**
 * Mutable copy of a {@link Scenario}'s values, to change a few and {@link #build()} a new scenario. The record's
 * constructor still checks every value (ranges from {@link Ranges}) when {@code build()} is called, so a builder
 * never hides an invalid scenario. Not thread-safe; use one per change.
 */
public final class ScenarioBuilder {
    private String name;
    private String description;
    private String assertedBy;
    private String sourceUrl;
    private DepreciationPolicy policy;
    private Map<String, DepreciationPolicy> companyOverrides;
    private double shortLivedShare;
    private double longLivedLifeYears;
    private int inServiceLagYears;
    private Convention convention;
    private double capexGrowth;
    private double revenueGrowth;
    private int projectionEndYear;
    private double defaultTaxRate;
    private RatioNumerator ratioNumerator;
    private double aiShareOfCapex;
    private RevenueBasis aiRevenueBasis;
    private List<String> aiRevenueEntities;
    private double gpuShareOfDataCenterCost;
    private double endUserGrossMargin;
    private double sustainableCapexIntensity;
    private double breakEvenTargetMargin;
    private PublishedInputs publishedInputs;
    private double overstatementMinAdjustedShare;
    private Uncertainty uncertainty;
    private GpuLifeAssumptions gpuLife;
    private boolean companyShortLivedShares;

    /** A builder holding {@code from}'s values. */
    public ScenarioBuilder(Scenario from) {
        name = from.name();
        description = from.description();
        assertedBy = from.assertedBy();
        sourceUrl = from.sourceUrl();
        policy = from.policy();
        companyOverrides = from.companyOverrides();
        shortLivedShare = from.shortLivedShare();
        longLivedLifeYears = from.longLivedLifeYears();
        inServiceLagYears = from.inServiceLagYears();
        convention = from.convention();
        capexGrowth = from.capexGrowth();
        revenueGrowth = from.revenueGrowth();
        projectionEndYear = from.projectionEndYear();
        defaultTaxRate = from.defaultTaxRate();
        ratioNumerator = from.ratioNumerator();
        aiShareOfCapex = from.aiShareOfCapex();
        aiRevenueBasis = from.aiRevenueBasis();
        aiRevenueEntities = from.aiRevenueEntities();
        gpuShareOfDataCenterCost = from.gpuShareOfDataCenterCost();
        endUserGrossMargin = from.endUserGrossMargin();
        sustainableCapexIntensity = from.sustainableCapexIntensity();
        breakEvenTargetMargin = from.breakEvenTargetMargin();
        publishedInputs = from.publishedInputs();
        overstatementMinAdjustedShare = from.overstatementMinAdjustedShare();
        uncertainty = from.uncertainty();
        gpuLife = from.gpuLife();
        companyShortLivedShares = from.companyShortLivedShares();
    }

    /** Sets {@link Scenario#name()}. */
    public ScenarioBuilder name(String value) {
        name = value;
        return this;
    }

    /** Sets {@link Scenario#description()}. */
    public ScenarioBuilder description(String value) {
        description = value;
        return this;
    }

    /** Sets {@link Scenario#assertedBy()}. */
    public ScenarioBuilder assertedBy(String value) {
        assertedBy = value;
        return this;
    }

    /** Sets {@link Scenario#sourceUrl()}. */
    public ScenarioBuilder sourceUrl(String value) {
        sourceUrl = value;
        return this;
    }

    /** Sets {@link Scenario#policy()}. */
    public ScenarioBuilder policy(DepreciationPolicy value) {
        policy = value;
        return this;
    }

    /** Sets {@link Scenario#companyOverrides()}. */
    public ScenarioBuilder companyOverrides(Map<String, DepreciationPolicy> value) {
        companyOverrides = value;
        return this;
    }

    /** Sets {@link Scenario#shortLivedShare()}. */
    public ScenarioBuilder shortLivedShare(double value) {
        shortLivedShare = value;
        return this;
    }

    /** Sets {@link Scenario#longLivedLifeYears()}. */
    public ScenarioBuilder longLivedLifeYears(double value) {
        longLivedLifeYears = value;
        return this;
    }

    /** Sets {@link Scenario#inServiceLagYears()}. */
    public ScenarioBuilder inServiceLagYears(int value) {
        inServiceLagYears = value;
        return this;
    }

    /** Sets {@link Scenario#convention()}. */
    public ScenarioBuilder convention(Convention value) {
        convention = value;
        return this;
    }

    /** Sets {@link Scenario#capexGrowth()}. */
    public ScenarioBuilder capexGrowth(double value) {
        capexGrowth = value;
        return this;
    }

    /** Sets {@link Scenario#revenueGrowth()}. */
    public ScenarioBuilder revenueGrowth(double value) {
        revenueGrowth = value;
        return this;
    }

    /** Sets {@link Scenario#projectionEndYear()}. */
    public ScenarioBuilder projectionEndYear(int value) {
        projectionEndYear = value;
        return this;
    }

    /** Sets {@link Scenario#defaultTaxRate()}. */
    public ScenarioBuilder defaultTaxRate(double value) {
        defaultTaxRate = value;
        return this;
    }

    /** Sets {@link Scenario#ratioNumerator()}. */
    public ScenarioBuilder ratioNumerator(RatioNumerator value) {
        ratioNumerator = value;
        return this;
    }

    /** Sets {@link Scenario#aiShareOfCapex()}. */
    public ScenarioBuilder aiShareOfCapex(double value) {
        aiShareOfCapex = value;
        return this;
    }

    /** Sets {@link Scenario#aiRevenueBasis()}. */
    public ScenarioBuilder aiRevenueBasis(RevenueBasis value) {
        aiRevenueBasis = value;
        return this;
    }

    /** Sets {@link Scenario#aiRevenueEntities()}. */
    public ScenarioBuilder aiRevenueEntities(List<String> value) {
        aiRevenueEntities = value;
        return this;
    }

    /** Sets {@link Scenario#gpuShareOfDataCenterCost()}. */
    public ScenarioBuilder gpuShareOfDataCenterCost(double value) {
        gpuShareOfDataCenterCost = value;
        return this;
    }

    /** Sets {@link Scenario#endUserGrossMargin()}. */
    public ScenarioBuilder endUserGrossMargin(double value) {
        endUserGrossMargin = value;
        return this;
    }

    /** Sets {@link Scenario#sustainableCapexIntensity()}. */
    public ScenarioBuilder sustainableCapexIntensity(double value) {
        sustainableCapexIntensity = value;
        return this;
    }

    /** Sets {@link Scenario#breakEvenTargetMargin()}. */
    public ScenarioBuilder breakEvenTargetMargin(double value) {
        breakEvenTargetMargin = value;
        return this;
    }

    /** Sets {@link Scenario#publishedInputs()}; {@code null} for none. */
    public ScenarioBuilder publishedInputs(PublishedInputs value) {
        publishedInputs = value;
        return this;
    }

    /** Sets {@link Scenario#uncertainty()}; {@code null} for none (issue 11). */
    public ScenarioBuilder uncertainty(Uncertainty value) {
        uncertainty = value;
        return this;
    }

    /**
     * The scenario with the values set.
     *
     * @throws IllegalArgumentException if a value is out of its range (the message names the field).
     */
    public Scenario build() {
        return new Scenario(name, description, assertedBy, sourceUrl, policy, companyOverrides, shortLivedShare,
                longLivedLifeYears, inServiceLagYears, convention, capexGrowth, revenueGrowth, projectionEndYear,
                defaultTaxRate, ratioNumerator, aiShareOfCapex, aiRevenueBasis, aiRevenueEntities,
                gpuShareOfDataCenterCost, endUserGrossMargin, sustainableCapexIntensity, breakEvenTargetMargin,
                publishedInputs, overstatementMinAdjustedShare, uncertainty, gpuLife, companyShortLivedShares);
    }

    // Issue 14.

    /** Sets {@link Scenario#overstatementMinAdjustedShare()}. */
    public ScenarioBuilder overstatementMinAdjustedShare(double value) {
        overstatementMinAdjustedShare = value;
        return this;
    }

    /** Sets {@link Scenario#gpuLife()}; {@code null} for the defaults (issue 11). */
    public ScenarioBuilder gpuLife(GpuLifeAssumptions value) {
        gpuLife = value;
        return this;
    }

    /** Sets {@link Scenario#companyShortLivedShares()} (issue 14). */
    public ScenarioBuilder companyShortLivedShares(boolean value) {
        companyShortLivedShares = value;
        return this;
    }
}
