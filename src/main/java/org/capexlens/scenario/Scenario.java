package org.capexlens.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.capexlens.domain.Company;
import org.capexlens.domain.RevenueBasis;

/**
 * A named set of assumptions with who asserts it (DESIGN §3.4). Immutable; every model output is a pure function
 * of (dataset, scenario). Saved and loaded as JSON by {@code org.capexlens.io.json.ScenarioJson}; missing fields
 * take the values of {@link #defaults()}.
 *
 * @param name                       short name shown in the picker and in export footers, not blank.
 * @param description                one or two sentences, never {@code null}.
 * @param assertedBy                 who argues this (e.g. "Michael Burry"), never {@code null}.
 * @param sourceUrl                  where they argue it, or empty.
 * @param policy                     the depreciation policy for the short-lived fleet, not {@code null}.
 * @param companyOverrides           per-company policies replacing {@code policy}, never {@code null}.
 * @param shortLivedShare            share {@code s} of capex that is short-lived compute, 0..1 (default 0.5).
 * @param longLivedLifeYears         life of the long-lived part (buildings, power), years > 0 (default 20).
 * @param inServiceLagYears          whole years between spend and entering service, >= 0 (default 0).
 * @param convention                 first-year convention (default half-year).
 * @param capexGrowth                yearly capex growth after the last guidance, fraction (default 0.10).
 * @param revenueGrowth              yearly revenue growth after the last reported year, fraction (default 0.10).
 * @param projectionEndYear          last fiscal year projected (default 2030).
 * @param defaultTaxRate             tax rate for companies/years without one, fraction (default 0.21).
 * @param ratioNumerator             numerator of the infrastructure-to-application ratio.
 * @param aiShareOfCapex             AI share of hyperscaler capex for {@link RatioNumerator#AI_SHARE_OF_CAPEX}, 0..1.
 * @param aiRevenueBasis             which AI revenue basis the ratio and the gap use (never mixed).
 * @param aiRevenueEntities          the AI revenue entities summed; empty means every entity of that basis.
 * @param gpuShareOfDataCenterCost   Sequoia: GPUs' share of total data-center cost (default 0.5).
 * @param endUserGrossMargin         Sequoia: the end user's gross margin (default 0.5).
 * @param sustainableCapexIntensity  Bain: sustainable capex as a share of revenue (default 0.25).
 * @param breakEvenTargetMargin      the operating margin the break-even life must keep (default 0: break-even).
 * @param publishedInputs            the inputs the scenario's author published, or {@code null} (most scenarios).
 * @param overstatementMinAdjustedShare  issue 14: the smallest adjusted net income, as a share of net income, for
 *                                   which the earnings overstatement is a percentage (default 0.2; 0 shows every
 *                                   positive adjusted net income), 0..0.95.
 * @param uncertainty                distributions of uncertain assumptions for a simulation (issue 11);
 *                                   {@code null} is read as {@link Uncertainty#NONE}.
 * @param gpuLife                    the assumptions of the GPU economic life (issue 11); {@code null} is read as
 *                                   {@link GpuLifeAssumptions#DEFAULTS}.
 * @param companyShortLivedShares    issue 14: whether a company's own short-lived share (the dataset's
 *                                   {@code short_lived_share} column) replaces {@code shortLivedShare} for that
 *                                   company (default {@code true}); {@code false} gives every company
 *                                   {@code shortLivedShare}, as before issue 14. See {@link #shortLivedShareFor}.
 */
public record Scenario(String name, String description, String assertedBy, String sourceUrl,
        DepreciationPolicy policy, Map<String, DepreciationPolicy> companyOverrides, double shortLivedShare,
        double longLivedLifeYears, int inServiceLagYears, Convention convention, double capexGrowth,
        double revenueGrowth, int projectionEndYear, double defaultTaxRate, RatioNumerator ratioNumerator,
        double aiShareOfCapex, RevenueBasis aiRevenueBasis, List<String> aiRevenueEntities,
        double gpuShareOfDataCenterCost, double endUserGrossMargin, double sustainableCapexIntensity,
        double breakEvenTargetMargin,
        PublishedInputs publishedInputs, double overstatementMinAdjustedShare, Uncertainty uncertainty,
        GpuLifeAssumptions gpuLife, boolean companyShortLivedShares) {

    /** Issue 14: the default of {@link #overstatementMinAdjustedShare()}. */
    public static final double DEFAULT_OVERSTATEMENT_MIN_ADJUSTED_SHARE = 0.2;

    public Scenario {
        uncertainty = uncertainty == null ? Uncertainty.NONE : uncertainty;
        gpuLife = gpuLife == null ? GpuLifeAssumptions.DEFAULTS : gpuLife;
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        description = description == null ? "" : description;
        assertedBy = assertedBy == null ? "" : assertedBy;
        sourceUrl = sourceUrl == null ? "" : sourceUrl;
        Objects.requireNonNull(policy, "policy");
        companyOverrides = Map.copyOf(Objects.requireNonNull(companyOverrides, "companyOverrides"));
        Ranges.SHORT_LIVED_SHARE.require(shortLivedShare);
        Ranges.LONG_LIVED_LIFE.require(longLivedLifeYears);
        Ranges.IN_SERVICE_LAG.requireWhole(inServiceLagYears);
        Objects.requireNonNull(convention, "convention");
        Ranges.CAPEX_GROWTH.require(capexGrowth);
        Ranges.REVENUE_GROWTH.require(revenueGrowth);
        Ranges.PROJECTION_END_YEAR.requireWhole(projectionEndYear);
        Ranges.TAX_RATE.require(defaultTaxRate);
        Objects.requireNonNull(ratioNumerator, "ratioNumerator");
        Ranges.AI_SHARE_OF_CAPEX.require(aiShareOfCapex);
        Objects.requireNonNull(aiRevenueBasis, "aiRevenueBasis");
        aiRevenueEntities = List.copyOf(Objects.requireNonNull(aiRevenueEntities, "aiRevenueEntities"));
        Ranges.GPU_SHARE.require(gpuShareOfDataCenterCost);
        Ranges.END_USER_GROSS_MARGIN.require(endUserGrossMargin);
        Ranges.SUSTAINABLE_CAPEX_INTENSITY.require(sustainableCapexIntensity);
        Ranges.BREAK_EVEN_TARGET_MARGIN.require(breakEvenTargetMargin);
        Ranges.OVERSTATEMENT_MIN_ADJUSTED_SHARE.require(overstatementMinAdjustedShare);
    }

    /** The AI revenue entities used by default: the labs and apps, not Microsoft's AI run-rate (it includes
     * resale of OpenAI capacity, so summing both would count revenue twice). */
    public static final List<String> DEFAULT_AI_ENTITIES = List.of("OpenAI", "Anthropic", "Cursor (Anysphere)");

    /** The "as reported" scenario with every default of DESIGN §3. */
    public static Scenario defaults() {
        return new Scenario("As reported", "Each company's own useful-life history, as in its filings.",
                "The companies' filings", "", DepreciationPolicy.REPORTED, Map.of(), 0.5, 20, 0,
                Convention.HALF_YEAR, 0.10, 0.10, 2030, 0.21, RatioNumerator.NVIDIA_DATA_CENTER, 0.5,
                RevenueBasis.RUN_RATE, DEFAULT_AI_ENTITIES, 0.5, 0.5, 0.25, 0.0, null,
                DEFAULT_OVERSTATEMENT_MIN_ADJUSTED_SHARE, Uncertainty.NONE, GpuLifeAssumptions.DEFAULTS, true);
    }

    /** This scenario with another name. */
    public Scenario withName(String newName) {
        return toBuilder().name(newName).build();
    }

    /** This scenario with another depreciation policy for every company (overrides kept). */
    public Scenario withPolicy(DepreciationPolicy newPolicy) {
        return toBuilder().policy(newPolicy).build();
    }

    /** This scenario with another short-lived share. */
    public Scenario withShortLivedShare(double share) {
        return toBuilder().shortLivedShare(share).build();
    }

    /** A builder starting from this scenario's values: the one way to copy a scenario with changes. */
    public ScenarioBuilder toBuilder() {
        return new ScenarioBuilder(this);
    }

    /** The policy that applies to {@code company}: its override, else {@link #policy()}. */
    public DepreciationPolicy policyFor(String company) {
        return companyOverrides.getOrDefault(company, policy);
    }

    /**
     * Issue 14: the short-lived share that applies to {@code company}: its own share when the dataset gives one and
     * {@link #companyShortLivedShares()} is on, else {@link #shortLivedShare()} (the default share).
     *
     * @param company  not {@code null}.
     * @return a share in 0..1.
     */
    public double shortLivedShareFor(Company company) {
        return shortLivedShareFor(company, shortLivedShare);
    }

    /**
     * {@link #shortLivedShareFor(Company)} with {@code defaultShare} in place of {@link #shortLivedShare()}: what a
     * sensitivity or a simulation that varies the default share uses (companies with a share of their own keep it).
     */
    public double shortLivedShareFor(Company company, double defaultShare) {
        return companyShortLivedShares && company.ownShortLivedShare().isPresent()
                ? company.shortLivedShare() : defaultShare;
    }

    /** Whether {@code company}'s own short-lived share is the one used ({@link #shortLivedShareFor(Company)}). */
    public boolean usesOwnShortLivedShare(Company company) {
        return companyShortLivedShares && company.ownShortLivedShare().isPresent();
    }

    /**
     * Issue 10: the share of {@code company}'s capex that is equipment other than servers with a fixed life of its own
     * ({@link Company#equipmentShare()}): the company's own where the dataset gives one and companies' own shares
     * apply ({@link #usesOwnShortLivedShare}), else 0 (the long-lived rest is then {@code 1 − s}).
     */
    public double equipmentShareFor(Company company) {
        return usesOwnShortLivedShare(company) && company.ownEquipmentShare().isPresent()
                ? company.equipmentShare() : 0;
    }

    /** The inputs the scenario's author published, if the scenario carries them. */
    public Optional<PublishedInputs> published() {
        return Optional.ofNullable(publishedInputs);
    }
}
