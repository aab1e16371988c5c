package org.capexlens.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.arch.AllowedDependency;
import org.capexlens.calc.Calibration;
import org.capexlens.calc.ClaimCheck;
import org.capexlens.calc.GpuEconomicLife;
import org.capexlens.calc.ShortLivedShares;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.PublishedInputs;

/**
 * The {@code compute} command's JSON: one object with the scenario's name, the dataset's file name and SHA-256,
 * and the company, ratio, revenue-gap, back-test and Bain rows of a {@link ModelResult}; a revenue-gap or Bain row
 * says its {@code basis}: {@code dataset} (the method on the dataset's figures) or {@code published} (the method on
 * the scenario author's published inputs, with the author's stated figures and source beside it). Member names are snake_case,
 * money is in USD billions, ratios and margins are fractions; a figure that cannot be computed (or is not finite)
 * is {@code null}.
 */
@AllowedDependency(value = {ModelResult.class, ClaimCheck.class, Calibration.class,
        org.capexlens.calc.CalendarTotals.class, org.capexlens.calc.BreakEvenStatus.class,
        org.capexlens.calc.MarginModel.class, GpuEconomicLife.class, GpuEconomicLife.Result.class,
        GpuEconomicLife.Assumptions.class, GpuEconomicLife.Status.class, ShortLivedShares.class,
        ShortLivedShares.Used.class}, reason = "the compute command's JSON is the file form of calc's result:"
        + " io.json writes it (Jackson stays in io) but never computes it")
public final class ResultJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ResultJson() {
    }

    /**
     * The JSON text of a result.
     *
     * @param result       the model result, not {@code null}.
     * @param datasetFile  the dataset's file name (not the full path), not {@code null}.
     * @param sha256       lower-case hex SHA-256 of the dataset's bytes, not {@code null}.
     * @return two-space indented JSON ending in a newline.
     */
    public static String toJson(ModelResult result, String datasetFile, String sha256) {
        return toJson(result, List.of(), datasetFile, sha256);
    }

    /**
     * The JSON text of a result with the dataset's claims checked ({@code claims} member, issue 10).
     *
     * @param claims  {@link org.capexlens.calc.Claims#check}, not {@code null}; empty without a claims sheet.
     */
    public static String toJson(ModelResult result, List<ClaimCheck> claims, String datasetFile, String sha256) {
        return toJson(result, claims, List.of(), datasetFile, sha256);
    }

    /**
     * The JSON text of a result with the claims and the calibration ({@code calibration} member, issue 14).
     *
     * @param calibration  {@link org.capexlens.calc.Calibration#compute}, not {@code null}.
     */
    public static String toJson(ModelResult result, List<ClaimCheck> claims, List<Calibration.Row> calibration,
            String datasetFile, String sha256) {
        return toJson(result, claims, calibration, null, datasetFile, sha256);
    }

    /**
     * The JSON text with the GPU economic life ({@code gpu_economic_life} member, issue 11), left out when
     * {@code gpuLife} is {@code null} (a dataset without a gpu_prices sheet).
     */
    public static String toJson(ModelResult result, List<ClaimCheck> claims, List<Calibration.Row> calibration,
            GpuEconomicLife.Result gpuLife, String datasetFile, String sha256) {
        return toJson(result, claims, calibration, gpuLife, null, datasetFile, sha256);
    }

    /**
     * The JSON text with the short-lived share used for each hyperscaler and its basis ({@code short_lived_shares}
     * member, issue 14), left out when {@code shares} is {@code null}.
     *
     * @param shares  {@link ShortLivedShares#of}, or {@code null}.
     */
    public static String toJson(ModelResult result, List<ClaimCheck> claims, List<Calibration.Row> calibration,
            GpuEconomicLife.Result gpuLife, List<ShortLivedShares.Used> shares, String datasetFile, String sha256) {
        Result dto = new Result(result.scenario().name(), new DatasetRef(datasetFile, sha256),
                result.companies().stream().map(ResultJson::company).toList(),
                result.ratio().stream().map(r -> new Ratio(r.year(), fin(r.infrastructure()), fin(r.applications()),
                        fin(r.ratio()), fin(r.cumulativeRatio()), r.estimated())).toList(),
                gaps(result),
                result.backtest().stream().map(b -> new Backtest(b.company(), b.period(), fin(b.fromYears()),
                        fin(b.toYears()), fin(b.disclosed()), fin(b.model()), fin(b.error()),
                        fin(b.fleetShare()), b.effectBasis().isEmpty() ? null : b.effectBasis())).toList(),
                bain(result), claims.stream().map(ResultJson::claim).toList(),
                result.calendar().stream().map(ResultJson::calendar).toList(),
                calibration.stream().map(ResultJson::calibration).toList(),
                shares == null ? null : shares.stream().map(ResultJson::share).toList(),
                gpuLife == null ? null : gpuLife(gpuLife));
        try {
            return WRITER.writeValueAsString(dto) + "\n";
        } catch (JsonProcessingException e) {
            // Records of strings and numbers always serialise; this would be a bug.
            throw new IllegalStateException("could not serialise the model result", e);
        }
    }

    private static Company company(ModelResult.CompanyYear c) {
        return new Company(c.company(), c.fiscalYear(), c.status().code(), fin(c.capex()), fin(c.revenue()),
                fin(c.operatingIncome()), fin(c.depreciationReportedPolicy()), fin(c.depreciationScenario()),
                fin(c.deltaDepreciation()), fin(c.adjustedOperatingIncome()), fin(c.adjustedOperatingMargin()),
                fin(c.netIncome()), fin(c.adjustedNetIncome()), fin(c.earningsOverstatement()),
                fin(c.maintenanceCapex()), fin(c.breakEvenLifeYears()),
                c.earningsOverstatementReason(),
                c.fiscalYearEndMonth(), fin(c.understatedDepreciationShare()), fin(c.catchUpWriteOff()),
                fin(c.runRateDeltaDepreciation()), c.breakEvenStatus().code(),
                c.breakEvenStatus() == org.capexlens.calc.BreakEvenStatus.NEEDS_MORE_THAN
                        ? org.capexlens.calc.MarginModel.MAX_LIFE : null);
    }

    private static ClaimRow claim(ClaimCheck c) {
        var k = c.claim();
        var g = c.goalSeek();
        return new ClaimRow(k.id(), k.who(), k.when(), k.what(), fin(k.figure()), fin(k.figureLow()),
                fin(k.figureHigh()), k.unit(), k.scope(), k.period(), k.metric(), k.source(), c.status().code(),
                fin(c.modelCurrent()), fin(c.modelOwnAssumptions()), c.ownStatus().code(), fin(c.difference()),
                new GoalSeekRow(g.status().code(), g.variable() == null ? null : g.variable().code(), fin(g.value()),
                        fin(g.low()), fin(g.high())), switchSeek(c.switchSeek()));
    }

    private static SwitchSeekRow switchSeek(ClaimCheck.SwitchSeek w) {
        return w.status() == ClaimCheck.SeekStatus.NOT_APPLICABLE ? null : new SwitchSeekRow(w.status().code(),
                w.lifeYears(), w.year(), fin(w.achieved()), w.firstYear(), w.lastYear());
    }

    /** JSON has no NaN or infinity: such a figure is shown as "not computable". */
    private static Double fin(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }

    // Issue 10: each revenue-gap and Bain row says its basis; the published row follows the dataset's rows.
    static final String DATASET = "dataset";
    static final String PUBLISHED = "published";

    private static List<Gap> gaps(ModelResult result) {
        List<Gap> rows = new ArrayList<>();
        result.revenueGap().forEach(g -> rows.add(new Gap(g.year(), fin(g.infrastructure()), fin(g.requiredRevenue()),
                fin(g.applications()), fin(g.gap()), DATASET, g.estimated(), null, null, null)));
        result.publishedFigures().filter(p -> p.inputs().method() == PublishedInputs.Method.SEQUOIA).ifPresent(p ->
                rows.add(new Gap(p.inputs().year(), fin(p.spend()), fin(p.requiredRevenue()),
                        fin(p.inputs().aiRevenue()), fin(p.gap()), PUBLISHED, false, p.inputs().statedRequiredRevenue(),
                        p.inputs().statedGap(), p.inputs().sourceUrl())));
        return rows;
    }

    private static List<Bain> bain(ModelResult result) {
        List<Bain> rows = new ArrayList<>();
        result.bain().forEach(b -> rows.add(new Bain(b.year(), fin(b.capex()), fin(b.intensity()),
                fin(b.requiredRevenue()), fin(b.aiRevenue()), fin(b.shortfall()), DATASET, b.estimated(), null, null,
                null)));
        result.publishedFigures().filter(p -> p.inputs().method() == PublishedInputs.Method.BAIN).ifPresent(p ->
                rows.add(new Bain(p.inputs().year(), fin(p.spend()), fin(p.parameter()), fin(p.requiredRevenue()),
                        fin(p.inputs().aiRevenue()), fin(p.gap()), PUBLISHED, false, p.inputs().statedRequiredRevenue(),
                        p.inputs().statedGap(), p.inputs().sourceUrl())));
        return rows;
    }

    // Package-private DTOs: Jackson stays in io.json and the calc records stay free of annotations.
    record Result(String scenario, DatasetRef dataset, List<Company> companies, List<Ratio> ratio,
            List<Gap> revenueGap, List<Backtest> backtest, List<Bain> bain,
            List<ClaimRow> claims,
            // issue 14: calendar rows; modelled (reported policy) vs filed depreciation per company-year
            List<CalendarRow> calendar, List<CalibrationRow> calibration,
            // issue 14: the short-lived share each hyperscaler is modelled with, and its basis
            @JsonInclude(JsonInclude.Include.NON_NULL) List<ShareRow> shortLivedShares,
            // issue 11: GPU economic life from rental prices; absent without a gpu_prices sheet
            @JsonInclude(JsonInclude.Include.NON_NULL) GpuLife gpuEconomicLife) {
    }

    /** A checked claim; {@code status} says why the model figures are {@code null} when they are. */
    record ClaimRow(String id, String who, String when, String what, Double figure, Double figureLow,
            Double figureHigh, String unit, String scope, String period, String metric, String source,
            String status, Double modelCurrent, Double modelOwnAssumptions, String modelOwnStatus, Double difference,
            GoalSeekRow goalSeek, SwitchSeekRow switchSeek) {
    }

    record GoalSeekRow(String status, String variable, Double value, Double low, Double high) {
    }

    /** Issue 10: from which fiscal year a switch to the claim's own life reproduces it; {@code null} when n/a. */
    record SwitchSeekRow(String status, double lifeYears, Integer year, Double achieved, int firstYear,
            int lastYear) {
    }

    record DatasetRef(String file, String sha256) {
    }

    record Company(String company, int fiscalYear, String status, Double capex, Double revenue,
            Double operatingIncome, Double depreciationReportedPolicy, Double depreciationScenario,
            Double deltaDepreciation, Double adjustedOperatingIncome, Double adjustedOperatingMargin,
            Double netIncome, Double adjustedNetIncome, Double earningsOverstatement, Double maintenanceCapex,
            Double breakEvenLifeYears,
            // issue 10: why earnings_overstatement is null ("adjusted_loss", "not_meaningful"); null when it is not
            String earningsOverstatementStatus,
            // issue 14: the fiscal year's end month; ΔD·(1 − tax) / NI; the one-off catch-up write-off inside ΔD and
            // ΔD without it; why break_even_life_years is or is not a number, and the bound it exceeds
            int fiscalYearEndMonth, Double understatedDepreciationShare, Double catchUpWriteOff,
            Double runRateDeltaDepreciation, String breakEvenStatus,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double breakEvenSearchMaxYears) {
    }

    /** Issue 14: one company (or "hyperscalers", their sum) in one calendar year, calendarised month by month. */
    record CalendarRow(String company, int calendarYear, int monthsCovered, Double capex, Double revenue,
            Double operatingIncome, Double netIncome, Double depreciationReportedPolicy, Double depreciationScenario,
            Double deltaDepreciation, Double catchUpWriteOff, Double adjustedOperatingIncome,
            Double adjustedNetIncome) {
    }

    private static CalendarRow calendar(org.capexlens.calc.CalendarTotals.Row r) {
        return new CalendarRow(r.company(), r.calendarYear(), r.monthsCovered(), fin(r.capex()), fin(r.revenue()),
                fin(r.operatingIncome()), fin(r.netIncome()), fin(r.depreciationReportedPolicy()),
                fin(r.depreciationScenario()), fin(r.deltaDepreciation()), fin(r.catchUpWriteOff()),
                fin(r.adjustedOperatingIncome()), fin(r.adjustedNetIncome()));
    }

    /** {@code estimated}: the year's infrastructure rests on an estimate or guidance row (issue 10). */
    record Ratio(int year, Double infrastructure, Double applications, Double ratio, Double cumulativeRatio,
            boolean estimated) {
    }

    /** A Sequoia row; the stated figures and the source only on the published row. */
    record Gap(int year, Double infrastructure, Double requiredRevenue, Double applications, Double gap, String basis,
            boolean estimated, @JsonInclude(JsonInclude.Include.NON_NULL) Double statedRequiredRevenue,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double statedGap,
            @JsonInclude(JsonInclude.Include.NON_NULL) String sourceUrl) {
    }

    /** A Bain row; the stated figures and the source only on the published row. */
    record Bain(int year, Double capex, Double intensity, Double requiredRevenue, Double aiRevenue, Double shortfall,
            String basis, boolean estimated, @JsonInclude(JsonInclude.Include.NON_NULL) Double statedRequiredRevenue,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double statedShortfall,
            @JsonInclude(JsonInclude.Include.NON_NULL) String sourceUrl) {
    }

    record Backtest(String company, String period, Double fromYears, Double toYears, Double disclosed, Double model,
            Double error,
            // issue 10: the share of the fleet the change applies to; "expected" or "actual" disclosed effect
            Double fleetShare, String basis) {
    }

    // Issue 14: the calibration of the reported policy against the filed depreciation.

    private static CalibrationRow calibration(Calibration.Row r) {
        return new CalibrationRow(r.company(), r.fiscalYear(), fin(r.modelled()), fin(r.filed()), r.filedDefinition(),
                r.filedSource(), fin(r.error()));
    }

    /** One company-year: modelled depreciation under the reported policy against the filed figure. */
    record CalibrationRow(String company, int fiscalYear, Double modelled, Double filed, String filedDefinition,
            String filedSource, Double error) {
    }

    /** Basis of a company's own short-lived share. */
    static final String SHARE_BASIS_COMPANY = "company";
    /** Basis of the scenario's default short-lived share. */
    static final String SHARE_BASIS_DEFAULT = "scenario default";

    /**
     * Issue 14: the short-lived share used for one hyperscaler; {@code basis} "company" (with the source id and note
     * of the dataset's share) or "scenario default" (source and note {@code null}).
     */
    record ShareRow(String company, double share, String basis, @JsonInclude(JsonInclude.Include.NON_NULL) String source,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double equipmentShare,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double equipmentLifeYears) {
    }

    /** Issue 10: a company with other equipment of its own also gets {@code equipment_share} and its life. */
    private static ShareRow share(ShortLivedShares.Used u) {
        boolean equipment = u.equipmentShare() > 0;
        return u.own() ? new ShareRow(u.company(), u.share(), SHARE_BASIS_COMPANY, u.source(),
                u.note().isEmpty() ? null : u.note(), equipment ? u.equipmentShare() : null,
                equipment ? u.equipmentLifeYears() : null)
                : new ShareRow(u.company(), u.share(), SHARE_BASIS_DEFAULT, null, null, null, null);
    }

    // Issue 11: the GPU economic life from rental prices (secondary, sparse data; scenario assumptions labelled).
    record GpuLife(String status, Double lifeYears, String gpuModel, String contractType, double utilisation,
            double costPerGpuHourAssumption, double horizonYears, Double fittedPriceAtAge0, Double yearlyChange,
            Double ageZeroYear, int points, String note) {
    }

    private static GpuLife gpuLife(GpuEconomicLife.Result r) {
        GpuEconomicLife.Assumptions a = r.assumptions();
        boolean fitted = !Double.isNaN(r.slope());
        return new GpuLife(r.status().name().toLowerCase(java.util.Locale.ROOT), fin(r.lifeYears()), a.gpuModel(),
                a.contractType().isEmpty() ? "all" : a.contractType(), a.utilisation(), a.costPerGpuHour(),
                a.horizonYears(), fitted ? fin(r.fittedPrice(0)) : null, fitted ? fin(r.yearlyChange()) : null,
                fin(r.originYear()), r.points().size(), "rental prices from secondary sources, sparse; utilisation"
                        + " and cost per GPU-hour are scenario assumptions");
    }
}
