package org.capexlens.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/** Renders every chart of {@link SampleChartInputs} to PNG files for a person to look at: {@code main(outDir)}. */
public final class ChartsPreview {
    private ChartsPreview() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "target/chart-preview");
        out.mkdirs();
        for (ChartTheme theme : new ChartTheme[] {ChartTheme.LIGHT, ChartTheme.DARK}) {
            for (ChartId id : ChartId.values()) {
                JFreeChart chart = Charts.build(id, SampleChartInputs.create(), theme);
                BufferedImage img = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                chart.draw(g, new Rectangle2D.Double(0, 0, 1000, 600));
                g.dispose();
                ImageIO.write(img, "png", new File(out, id.id() + "-" + theme.name() + ".png"));
            }
        }
    }
}
