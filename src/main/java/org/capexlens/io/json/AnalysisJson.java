package org.capexlens.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.SortedMap;
import org.capexlens.arch.AllowedDependency;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.MonteCarlo;
import org.capexlens.calc.ScenarioComparison;
import org.capexlens.calc.WhatMustBeTrue;

/**
 * The JSON of the {@code compare}, {@code simulate} and {@code solve} commands (issue 11). Member names are
 * snake_case, money is in USD billions, margins, growth and overstatements are fractions; a figure that cannot
 * be computed is {@code null}.
 */
@AllowedDependency(value = {ModelResult.class, ScenarioComparison.class, MonteCarlo.class, WhatMustBeTrue.class},
        reason = "the analysis commands' JSON is the file form of calc's comparison, simulation and solver results:"
                + " io.json writes them (Jackson stays in io) but never computes them")
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private AnalysisJson() {
    }

    /** {@code compare}: each scenario's key figures, baseline first, with its differences from the baseline. */
    public static String comparison(ScenarioComparison.Comparison c, String datasetFile, String sha256) {
        ObjectNode o = head(datasetFile, sha256);
        o.put("fiscal_year", c.fiscalYear());
        o.put("delta_depreciation_from", c.from());
        o.put("delta_depreciation_to", c.to());
        ArrayNode list = o.putArray("scenarios");
        ScenarioComparison.Figures base = c.scenarios().get(0);
        for (ScenarioComparison.Figures f : c.scenarios()) {
            ObjectNode s = list.addObject();
            s.put("scenario", f.scenario().name());
            number(s, "delta_depreciation", f.deltaDepreciation());
            number(s, "delta_depreciation_vs_baseline", f.deltaDepreciation() - base.deltaDepreciation());
            ObjectNode companies = s.putObject("companies");
            for (String company : c.companies()) {
                ModelResult.CompanyYear r = f.companies().get(company);
                ObjectNode row = companies.putObject(company);
                number(row, "adjusted_operating_margin", r == null ? null : r.adjustedOperatingMargin());
                number(row, "earnings_overstatement", r == null ? null : r.earningsOverstatement());
                // The reason's file code (adjusted_loss, …) when the overstatement is not a number, as compute writes it.
                row.put("earnings_overstatement_reason", r == null ? null : r.earningsOverstatementReason());
            }
            if (f.ratio() != null) {
                s.put("ratio_year", f.ratio().year());
                number(s, "ratio", f.ratio().ratio());
            }
            if (f.revenueGap() != null) {
                s.put("revenue_gap_year", f.revenueGap().year());
                number(s, "revenue_gap", f.revenueGap().gap());
            }
            if (f.bain() != null) {
                s.put("bain_year", f.bain().year());
                number(s, "bain_shortfall", f.bain().shortfall());
            }
        }
        return text(o);
    }

    /** {@code simulate}: the distributions drawn and each output's percentiles. */
    public static String simulation(MonteCarlo.Summary s, String scenario, String datasetFile, String sha256) {
        ObjectNode o = head(datasetFile, sha256);
        o.put("scenario", scenario);
        o.put("runs", s.runs());
        o.put("seed", s.seed());
        // The distributions drawn, written as in the scenario file's uncertainty member.
        UncertaintyJson.write(o, new org.capexlens.scenario.Uncertainty(s.sampled()));
        o.put("delta_depreciation_from", s.from());
        o.put("delta_depreciation_to", s.to());
        band(o.putObject("delta_depreciation_window"), s.deltaDepreciationWindow());
        years(o.putObject("delta_depreciation"), s.deltaDepreciation());
        ObjectNode margins = o.putObject("adjusted_operating_margin");
        s.adjustedMargin().forEach((c, byYear) -> years(margins.putObject(c), byYear));
        years(o.putObject("ratio"), s.ratio());
        years(o.putObject("revenue_gap"), s.gap());
        return text(o);
    }

    /** {@code solve}: the question, the status, the value and the path. */
    public static String answer(WhatMustBeTrue.Answer a, String question, String sentence) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("question", question);
        o.put("status", a.status().name().toLowerCase(java.util.Locale.ROOT));
        number(o, "value", a.value());
        number(o, "searched_from", a.lower());
        number(o, "searched_to", a.upper());
        o.put("answer", sentence);
        ArrayNode path = o.putArray("path");
        a.path().forEach(p -> {
            ObjectNode n = path.addObject();
            number(n, "x", p.x());
            number(n, "y", p.y());
        });
        return text(o);
    }

    private static ObjectNode head(String datasetFile, String sha256) {
        ObjectNode o = MAPPER.createObjectNode();
        ObjectNode d = o.putObject("dataset");
        d.put("file", datasetFile);
        d.put("sha256", sha256);
        return o;
    }

    private static void years(ObjectNode o, SortedMap<Integer, MonteCarlo.Band> byYear) {
        for (Map.Entry<Integer, MonteCarlo.Band> e : byYear.entrySet()) {
            band(o.putObject(Integer.toString(e.getKey())), e.getValue());
        }
    }

    private static void band(ObjectNode o, MonteCarlo.Band b) {
        number(o, "p5", b.p5());
        number(o, "p25", b.p25());
        number(o, "p50", b.p50());
        number(o, "p75", b.p75());
        number(o, "p95", b.p95());
    }

    private static void number(ObjectNode o, String field, Double v) {
        if (v == null || !Double.isFinite(v)) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }

    private static String text(ObjectNode o) {
        try {
            return WRITER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise", e);
        }
    }
}
