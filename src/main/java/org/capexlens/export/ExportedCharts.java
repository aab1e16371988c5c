package org.capexlens.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartInputs;
import org.capexlens.chart.ChartTheme;
import org.capexlens.chart.Charts;
import org.capexlens.domain.Source;
import org.capexlens.text.Messages;
import org.jfree.chart.JFreeChart;

/**
 * The charts of one {@link ExportContext} as they are exported: drawn with {@link ChartTheme#PRINT}, carrying an
 * {@link ExportFooter} (sources, scenario, as-of date, app) and document metadata (title, description with the
 * dataset's SHA-256, source addresses, author, keywords), and rendered to a file's bytes with
 * {@link ChartRenderer}.
 *
 * <p>Holds only immutable inputs and builds a fresh chart on every call, so calls may run concurrently and off
 * the FX thread. Nothing reads a clock: the same context gives byte-identical files, which is what lets a
 * sidecar reproduce one.
 */
public final class ExportedCharts {
    private final ExportContext context;
    private final ChartInputs inputs;

    /**
     * @param context  what the charts are made from, not {@code null}.
     * @param inputs   the chart inputs computed from that context, not {@code null}.
     */
    ExportedCharts(ExportContext context, ChartInputs inputs) {
        this.context = Objects.requireNonNull(context, "context");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    /** The sources behind {@code chart}, most-cited first (see {@link CitedSources}). */
    public List<Source> sources(ChartId chart) {
        return CitedSources.of(chart, inputs);
    }

    /** The as-of date of the data: the newest {@code published} date of the dataset's sources, or {@code null}. */
    public LocalDate asOf() {
        return CitedSources.asOf(context.dataset());
    }

    /** The footer of {@code chart}: its sources' short titles, the scenario name, the as-of date, the app. */
    public ExportFooter footer(ChartId chart) {
        return new ExportFooter(CitedSources.shortTitles(sources(chart)), context.scenario().name(), asOf(),
                context.appName());
    }

    /** The chart as exported: print theme and footer. A new chart on every call. */
    public JFreeChart chart(ChartId chart) {
        JFreeChart c = Charts.build(chart, inputs, ChartTheme.PRINT);
        footer(chart).addTo(c, ChartTheme.PRINT);
        return c;
    }

    /**
     * Title, description, source addresses, author and keywords of one exported chart.
     *
     * @param chart  the chart's id, not {@code null}.
     * @param drawn  the chart as {@link #chart} drew it; its title becomes the document title.
     */
    public ChartRenderer.Metadata metadata(ChartId chart, JFreeChart drawn) {
        String title = drawn.getTitle() == null ? chart.description() : drawn.getTitle().getText();
        return new ChartRenderer.Metadata(title, description(List.of(chart)), CitedSources.urls(sources(chart)),
                context.appName(), keywords(List.of(chart)));
    }

    /**
     * One chart as a file's bytes.
     *
     * @param chart    not {@code null}.
     * @param format   not {@code null}.
     * @param options  size for every format; scale and DPI for PNG. Not {@code null}.
     */
    public byte[] render(ChartId chart, ExportFormat format, ExportOptions options) {
        JFreeChart c = chart(chart);
        ChartRenderer.Metadata meta = metadata(chart, c);
        int w = options.size().width();
        int h = options.size().height();
        return switch (format) {
            case PNG -> ChartRenderer.png(c, w, h, options.scale(), options.effectiveDpi(), meta);
            case SVG -> ChartRenderer.svg(c, w, h, meta);
            case PDF -> ChartRenderer.pdf(List.of(c), w, h, meta);
        };
    }

    /**
     * Several charts as one PDF, a page each, in the given order.
     *
     * @throws IllegalArgumentException  when {@code charts} is empty.
     */
    public byte[] renderPdf(List<ChartId> charts, ExportOptions options) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one chart");
        }
        List<JFreeChart> drawn = new ArrayList<>();
        charts.forEach(id -> drawn.add(chart(id)));
        return ChartRenderer.pdf(drawn, options.size().width(), options.size().height(), metadata(charts));
    }

    /** The metadata of a multi-page PDF: every chart's sources, each once, in chart order. */
    private ChartRenderer.Metadata metadata(List<ChartId> charts) {
        Map<String, Source> all = new LinkedHashMap<>();
        for (ChartId id : charts) {
            for (Source s : sources(id)) {
                all.putIfAbsent(s.id(), s);
            }
        }
        String title = Messages.get("export.pdf.title", context.scenario().name());
        return new ChartRenderer.Metadata(title, description(charts), CitedSources.urls(List.copyOf(all.values())),
                context.appName(), keywords(charts));
    }

    private String description(List<ChartId> charts) {
        List<String> what = new ArrayList<>();
        charts.forEach(c -> what.add(c.description()));
        LocalDate asOf = asOf();
        return Messages.get("export.description", String.join("; ", what), context.scenario().name(),
                context.datasetFile(), context.datasetSha256(),
                asOf == null ? Messages.get("export.asOf.unknown") : asOf.toString());
    }

    private String keywords(List<ChartId> charts) {
        List<String> words = new ArrayList<>(List.of("CapexLens", "AI capex", "depreciation"));
        charts.forEach(c -> words.add(c.id()));
        words.add(context.scenario().name());
        return String.join(", ", words);
    }
}
