package org.capexlens.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.capexlens.arch.AllowedDependency;
import org.capexlens.calc.ClaimCheck;
import org.capexlens.calc.ModelResult;

/**
 * The {@code compute} command's JSON: one object with the scenario's name, the dataset's file name and SHA-256,
 * and the company, ratio, revenue-gap and back-test rows of a {@link ModelResult}. Member names are snake_case,
 * money is in USD billions, ratios and margins are fractions; a figure that cannot be computed (or is not finite)
 * is {@code null}.
 */
@AllowedDependency(value = {ModelResult.class, ClaimCheck.class}, reason = "the compute command's JSON is the file form"
        + " of calc's result:"
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
        Result dto = new Result(result.scenario().name(), new DatasetRef(datasetFile, sha256),
                result.companies().stream().map(ResultJson::company).toList(),
                result.ratio().stream().map(r -> new Ratio(r.year(), fin(r.infrastructure()), fin(r.applications()),
                        fin(r.ratio()), fin(r.cumulativeRatio()))).toList(),
                result.revenueGap().stream().map(g -> new Gap(g.year(), fin(g.infrastructure()),
                        fin(g.requiredRevenue()), fin(g.applications()), fin(g.gap()))).toList(),
                result.backtest().stream().map(b -> new Backtest(b.company(), b.period(), fin(b.fromYears()),
                        fin(b.toYears()), fin(b.disclosed()), fin(b.model()), fin(b.error()))).toList(),
                claims.stream().map(ResultJson::claim).toList());
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
                fin(c.maintenanceCapex()), fin(c.breakEvenLifeYears()));
    }

    private static ClaimRow claim(ClaimCheck c) {
        var k = c.claim();
        var g = c.goalSeek();
        return new ClaimRow(k.id(), k.who(), k.when(), k.what(), fin(k.figure()), fin(k.figureLow()),
                fin(k.figureHigh()), k.unit(), k.scope(), k.period(), k.metric(), k.source(), c.status().code(),
                fin(c.modelCurrent()), fin(c.modelOwnAssumptions()), c.ownStatus().code(), fin(c.difference()),
                new GoalSeekRow(g.status().code(), g.variable() == null ? null : g.variable().code(), fin(g.value()),
                        fin(g.low()), fin(g.high())));
    }

    /** JSON has no NaN or infinity: such a figure is shown as "not computable". */
    private static Double fin(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }

    // Package-private DTOs: Jackson stays in io.json and the calc records stay free of annotations.
    record Result(String scenario, DatasetRef dataset, List<Company> companies, List<Ratio> ratio,
            List<Gap> revenueGap, List<Backtest> backtest, List<ClaimRow> claims) {
    }

    /** A checked claim; {@code status} says why the model figures are {@code null} when they are. */
    record ClaimRow(String id, String who, String when, String what, Double figure, Double figureLow,
            Double figureHigh, String unit, String scope, String period, String metric, String source,
            String status, Double modelCurrent, Double modelOwnAssumptions, String modelOwnStatus, Double difference,
            GoalSeekRow goalSeek) {
    }

    record GoalSeekRow(String status, String variable, Double value, Double low, Double high) {
    }

    record DatasetRef(String file, String sha256) {
    }

    record Company(String company, int fiscalYear, String status, Double capex, Double revenue,
            Double operatingIncome, Double depreciationReportedPolicy, Double depreciationScenario,
            Double deltaDepreciation, Double adjustedOperatingIncome, Double adjustedOperatingMargin,
            Double netIncome, Double adjustedNetIncome, Double earningsOverstatement, Double maintenanceCapex,
            Double breakEvenLifeYears) {
    }

    record Ratio(int year, Double infrastructure, Double applications, Double ratio, Double cumulativeRatio) {
    }

    record Gap(int year, Double infrastructure, Double requiredRevenue, Double applications, Double gap) {
    }

    record Backtest(String company, String period, Double fromYears, Double toYears, Double disclosed, Double model,
            Double error) {
    }
}
