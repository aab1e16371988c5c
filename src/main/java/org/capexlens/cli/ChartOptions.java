package org.capexlens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.capexlens.calc.ModelResult;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartSettings;
import org.capexlens.export.ChartSize;
import org.capexlens.export.ExportFormat;
import org.capexlens.export.ExportOptions;
import org.capexlens.export.SizePreset;
import org.capexlens.text.Messages;
import picocli.CommandLine.Option;

/**
 * What {@code render} draws and how (a picocli mixin): {@code --chart}, {@code --format}, {@code --scale},
 * {@code --dpi}, {@code --size} or {@code --width}/{@code --height}, {@code --margin-year},
 * {@code --vintage-company}, {@code --locale}, {@code --sidecar} and {@code --combined-pdf}. Each accessor checks
 * its option and turns it into the export layer's type; a mistake is printed with the help hint and ends the
 * command with exit code 1. A sidecar replaces all of them, so {@link #conflictsWithSidecar} lists those set
 * for {@code --from} to refuse.
 */
final class ChartOptions {
    /** Beyond this many companies a message lists the first ones and an ellipsis. */
    private static final int MAX_COMPANIES_LISTED = 12;

    @Option(names = "--chart", paramLabel = "ID|all", split = ",", splitSynopsisLabel = ",",
            descriptionKey = "render.chart")
    List<String> charts;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", splitSynopsisLabel = ",",
            descriptionKey = "render.format")
    List<String> formats;

    @Option(names = "--scale", paramLabel = "N", descriptionKey = "render.scale")
    Double scale;

    @Option(names = "--dpi", paramLabel = "N", descriptionKey = "render.dpi")
    Integer dpi;

    @Option(names = "--size", paramLabel = "slide|article|square", descriptionKey = "render.size")
    String size;

    @Option(names = "--width", paramLabel = "W", descriptionKey = "render.width")
    Integer width;

    @Option(names = "--height", paramLabel = "H", descriptionKey = "render.height")
    Integer height;

    @Option(names = "--margin-year", paramLabel = "YEAR", descriptionKey = "render.marginYear")
    Integer marginYear;

    @Option(names = "--vintage-company", paramLabel = "ID", descriptionKey = "render.vintageCompany")
    String vintageCompany;

    @Option(names = "--locale", paramLabel = "TAG", descriptionKey = "render.locale")
    String localeTag;

    @Option(names = "--sidecar", descriptionKey = "render.sidecar")
    boolean sidecar;

    @Option(names = "--combined-pdf", descriptionKey = "render.combinedPdf")
    boolean combinedPdf;

    /**
     * The options that {@code --from} refuses because the sidecar decides them: those of this mixin that were
     * given, as the user names them, with {@code --scenario/--life} in its place when {@code scenarioGiven}.
     */
    List<String> conflictsWithSidecar(boolean scenarioGiven) {
        List<String> given = new ArrayList<>();
        if (charts != null) {
            given.add("--chart");
        }
        if (formats != null) {
            given.add("--format");
        }
        if (scale != null) {
            given.add("--scale");
        }
        if (dpi != null) {
            given.add("--dpi");
        }
        if (size != null || width != null || height != null) {
            given.add("--size/--width/--height");
        }
        if (sidecar) {
            given.add("--sidecar");
        }
        if (combinedPdf) {
            given.add("--combined-pdf");
        }
        if (scenarioGiven) {
            given.add("--scenario/--life");
        }
        if (marginYear != null || vintageCompany != null || localeTag != null) {
            given.add("--margin-year/--vintage-company/--locale");
        }
        return given;
    }

    /** {@code --chart}: the charts in the order given, {@code all} for every chart, each once; required. */
    List<ChartId> chartIds(PrintWriter err) throws CommandFailure {
        if (charts == null || charts.isEmpty()) {
            throw usage(err, Messages.get("cli.render.noChart"));
        }
        Set<ChartId> ids = new LinkedHashSet<>();
        for (String c : charts) {
            if (c.trim().equalsIgnoreCase("all")) {
                ids.addAll(List.of(ChartId.values()));
                continue;
            }
            ChartId id = ChartId.parse(c).orElse(null);
            if (id == null) {
                List<String> known = new ArrayList<>();
                for (ChartId k : ChartId.values()) {
                    known.add(k.id());
                }
                throw usage(err, Messages.get("cli.render.unknownChart", c.trim(), String.join(", ", known)));
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    /** {@code --format}: the formats in the order given, each once; PNG when none is given. */
    List<ExportFormat> formats(PrintWriter err) throws CommandFailure {
        if (formats == null || formats.isEmpty()) {
            return List.of(ExportFormat.PNG);
        }
        Set<ExportFormat> out = new LinkedHashSet<>();
        for (String f : formats) {
            ExportFormat format = ExportFormat.parse(f).orElse(null);
            if (format == null) {
                throw usage(err, Messages.get("cli.render.unknownFormat", f.trim()));
            }
            out.add(format);
        }
        return List.copyOf(out);
    }

    /**
     * Size ({@code --width} and {@code --height} together, or a {@code --size} preset, else a 16:9 slide), scale,
     * DPI and whether to write sidecars.
     */
    ExportOptions options(PrintWriter err) throws CommandFailure {
        ChartSize chartSize;
        try {
            if (width != null || height != null) {
                if (width == null || height == null) {
                    throw usage(err, Messages.get("cli.render.widthAndHeight"));
                }
                if (size != null) {
                    throw usage(err, Messages.get("cli.render.sizeConflict"));
                }
                chartSize = new ChartSize(width, height);
            } else if (size != null) {
                SizePreset preset = SizePreset.parse(size).orElse(null);
                if (preset == null) {
                    throw usage(err, Messages.get("cli.render.unknownSize", size));
                }
                chartSize = preset.size();
            } else {
                chartSize = SizePreset.SLIDE_16_9.size();
            }
            return new ExportOptions(chartSize, scale == null ? 1 : scale, dpi, sidecar);
        } catch (IllegalArgumentException e) {
            // The size and option records say in plain words which value is out of which range.
            throw usage(err, e.getMessage());
        }
    }

    /** Whether to add one multi-page PDF of every chart. */
    boolean combinedPdf() {
        return combinedPdf;
    }

    /** The number formats: {@code --locale}, else the machine's. */
    Locale locale(PrintWriter err) throws CommandFailure {
        if (localeTag == null) {
            return Locale.getDefault(Locale.Category.FORMAT);
        }
        Locale l = Locale.forLanguageTag(localeTag.trim().replace('_', '-'));
        if (l.getLanguage().isEmpty()) {
            throw usage(err, Messages.get("cli.render.badLocale", localeTag));
        }
        return l;
    }

    /**
     * The chart settings: the defaults for {@code result}, with {@code --margin-year} and {@code --vintage-company}
     * when given. Both are checked against the result, since which years and companies exist depends on the data.
     */
    ChartSettings settings(PrintWriter err, ModelResult result) throws CommandFailure {
        ChartSettings settings = ChartSettings.defaults(result);
        if (marginYear != null) {
            List<Integer> years = result.companies().stream().filter(r -> r.adjustedOperatingMargin() != null)
                    .map(ModelResult.CompanyYear::fiscalYear).distinct().sorted().toList();
            if (!years.contains(marginYear)) {
                // Years go in as text: MessageFormat would print 2,024.
                throw usage(err, years.isEmpty()
                        ? Messages.get("cli.render.noMarginYears", String.valueOf(marginYear))
                        : Messages.get("cli.render.badMarginYear", String.valueOf(marginYear),
                                String.valueOf(years.get(0)), String.valueOf(years.get(years.size() - 1))));
            }
            settings = settings.withMarginYear(marginYear);
        }
        if (vintageCompany != null) {
            List<String> companies = result.companies().stream().map(ModelResult.CompanyYear::company).distinct()
                    .toList();
            String match = companies.stream().filter(c -> c.equalsIgnoreCase(vintageCompany.trim())).findFirst()
                    .orElse(null);
            if (match == null) {
                throw usage(err, Messages.get("cli.render.badVintageCompany", vintageCompany,
                        companies.size() <= MAX_COMPANIES_LISTED ? String.join(", ", companies)
                                : String.join(", ", companies.subList(0, MAX_COMPANIES_LISTED)) + ", \u2026"));
            }
            settings = settings.withVintageCompany(match);
        }
        return settings;
    }

    /** A mistake in {@code render}'s command line, with the hint to its help. */
    static CommandFailure usage(PrintWriter err, String message) {
        return CommandFailure.usage(err, message, Messages.get("cli.render.usageHint"));
    }
}
