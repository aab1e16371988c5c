package org.capexlens.chart;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.capexlens.calc.GpuEconomicLife;
import org.capexlens.calc.GpuEconomicLife.Result;
import org.capexlens.domain.Dataset;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;

/**
 * The plain-language answer of the GPU economic-life view (issue 11), shared by the chart's subtitle and the
 * Depreciation tab's text: "economic life ≈ X years vs book 5–6 years", or the status in words.
 */
public final class GpuLifeText {
    private GpuLifeText() {
    }

    /** The result for the dataset's prices under the scenario, or {@code null} when it has no GPU prices. */
    public static Result result(ChartInputs in) {
        Dataset d = in.dataset();
        return d.gpuPrices().isEmpty() ? null : GpuEconomicLife.of(d.gpuPrices(), in.result().scenario());
    }

    /** The book server lives in force today, by life. */
    public static SortedMap<Double, List<String>> bookLives(Dataset d) {
        return GpuEconomicLife.bookServerLives(d.usefulLives(), LocalDate.now());
    }

    /** The answer in words; {@code r == null} means the dataset has no GPU prices. */
    public static String answer(Result r, SortedMap<Double, List<String>> book, Locale loc) {
        if (r == null) {
            return Messages.get("gpu.life.noPrices");
        }
        NumberFormat years = ChartFormats.years(loc);
        NumberFormat money = ChartFormats.setting(loc);
        String model = r.assumptions().gpuModel();
        String bookText = book.isEmpty() ? Messages.get("gpu.life.book.none") : Messages.get("gpu.life.book",
                range(book, loc));
        return switch (r.status()) {
            case CROSSES -> Messages.get("gpu.life.answer.crosses", model, years.format(r.lifeYears()), bookText,
                    ChartFormats.percent(loc).format(-r.yearlyChange()));
            case ABOVE_COST_AT_HORIZON -> Messages.get("gpu.life.answer.above", model,
                    years.format(r.assumptions().horizonYears()), bookText);
            case BELOW_COST_FROM_START -> Messages.get("gpu.life.answer.below", model,
                    money.format(r.breakEvenPrice()), bookText);
            case TOO_FEW_POINTS -> Messages.get("gpu.life.answer.tooFew", model, r.points().size(),
                    GpuEconomicLife.MIN_POINTS);
        };
    }

    /** The answer in a few words, for the chart's subtitle. */
    public static String shortAnswer(Result r, SortedMap<Double, List<String>> book, Locale loc) {
        NumberFormat years = ChartFormats.years(loc);
        String bookText = book.isEmpty() ? Messages.get("gpu.life.book.none") : Messages.get("gpu.life.book",
                range(book, loc));
        return switch (r.status()) {
            case CROSSES -> Messages.get("gpu.life.short.crosses", years.format(r.lifeYears()), bookText);
            case ABOVE_COST_AT_HORIZON -> Messages.get("gpu.life.short.above",
                    years.format(r.assumptions().horizonYears()), bookText);
            case BELOW_COST_FROM_START -> Messages.get("gpu.life.short.below", bookText);
            case TOO_FEW_POINTS -> Messages.get("gpu.life.short.tooFew", r.points().size(), GpuEconomicLife.MIN_POINTS);
        };
    }

    /** "Book server lives in force: Oracle 5 y · Meta 5.5 y · Microsoft, Alphabet 6 y". */
    public static String bookList(SortedMap<Double, List<String>> book, Locale loc) {
        List<String> parts = new java.util.ArrayList<>();
        book.forEach((life, companies) -> parts.add(Messages.get("gpu.life.book.item", String.join(", ", companies),
                ChartFormats.years(loc).format(life))));
        return Messages.get("gpu.life.book.list", String.join(" \u00b7 ", parts));
    }

    /** The assumptions in one line. */
    public static String assumptions(Result r, Locale loc) {
        var a = r.assumptions();
        return Messages.get("gpu.life.assumptions", ChartFormats.percent(loc).format(a.utilisation()),
                ChartFormats.setting(loc).format(a.costPerGpuHour()),
                a.contractType().isEmpty() ? Messages.get("gpu.life.contract.all") : a.contractType(),
                ChartFormats.years(loc).format(a.horizonYears()));
    }

    /** "5–6 y", or "6 y" when every company has the same life. */
    static String range(SortedMap<Double, List<String>> book, Locale loc) {
        double lo = book.firstKey();
        double hi = book.lastKey();
        return lo == hi ? ChartFormats.years(loc).format(lo) : Messages.get("gpu.life.book.range",
                ChartFormats.setting(loc).format(lo), ChartFormats.setting(loc).format(hi));
    }
}
