package org.capexlens.ui.dashboard;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.capexlens.chart.ChartData;
import org.capexlens.chart.ChartId;
import org.capexlens.chart.ChartTheme;
import org.capexlens.chart.Charts;
import org.capexlens.export.ChartRenderer;
import org.capexlens.text.AppInfo;
import org.capexlens.text.Messages;
import org.capexlens.ui.shell.ShellViewModel;
import org.jfree.chart.JFreeChart;

/** Edit ▸ Copy chart and Copy data: a chart as a picture or as tab-separated numbers on the system clipboard. */
final class ChartClipboard {
    private final DashboardViewModel vm;
    private final ShellViewModel shellVm;
    private final Function<ChartId, ChartPane> paneOf;

    /**
     * @param vm       the computed charts, not {@code null}.
     * @param shellVm  the status bar, not {@code null}.
     * @param paneOf   the pane showing a chart (its size is the picture's), or {@code null} for none yet.
     */
    ChartClipboard(DashboardViewModel vm, ShellViewModel shellVm, Function<ChartId, ChartPane> paneOf) {
        this.vm = vm;
        this.shellVm = shellVm;
        this.paneOf = paneOf;
    }

    void copyChart(ChartId id) {
        Computed c = vm.computedProperty().get();
        if (c == null) {
            return;
        }
        // Drawn again in the print theme: a pasted chart sits on white paper whatever the screen theme is.
        JFreeChart chart = Charts.build(id, c.inputs(), ChartTheme.PRINT);
        ChartPane p = paneOf.apply(id);
        int w = (int) Math.max(640, p == null ? 0 : p.getWidth());
        int h = (int) Math.max(400, p == null ? 0 : p.getHeight());
        byte[] png = ChartRenderer.png(chart, w, h, 2, 192, new ChartRenderer.Metadata(
                chart.getTitle() == null ? id.description() : chart.getTitle().getText(), id.description(),
                List.of(), AppInfo.nameAndVersion(), ""));
        ClipboardContent content = new ClipboardContent();
        content.putImage(new Image(new ByteArrayInputStream(png)));
        Clipboard.getSystemClipboard().setContent(content);
        shellVm.announce(Messages.get("ui.dash.status.chartCopied", id.description()));
    }

    void copyData(ChartId id) {
        Computed c = vm.computedProperty().get();
        if (c == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(ChartData.toTsv(c.charts().get(id)));
        Clipboard.getSystemClipboard().setContent(content);
        shellVm.announce(Messages.get("ui.dash.status.dataCopied", id.description()));
    }
}
