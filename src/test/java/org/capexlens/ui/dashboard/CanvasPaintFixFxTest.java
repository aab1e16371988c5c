package org.capexlens.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.lang.reflect.Field;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.LinearGradient;
import javafx.stage.Stage;
import org.capexlens.chart.ChartTheme;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.junit.jupiter.api.Tag;

/**
 * FXGraphics2D ignores a colour equal to the last colour it was given even after a gradient: text drawn after a
 * hatched bar kept the hatch. The repair passes the colour through.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class CanvasPaintFixFxTest {
    private static final Paint HATCH = ChartTheme.LIGHT.hatch(new Color(0x1F77B4));

    @Start
    void start(Stage stage) {
        // No window needed: the toolkit is enough for a canvas.
    }

    /** Colour, hatch, the same colour again: what a bar label after a hatched bar does. */
    private static javafx.scene.paint.Paint fillAfterHatch(Graphics2D g, GraphicsContext gc) {
        g.setPaint(Color.BLACK);
        g.fillRect(0, 0, 4, 4);
        g.setPaint(HATCH);
        g.fillRect(0, 0, 4, 4);
        g.setPaint(Color.BLACK);
        return gc.getFill();
    }

    @Test
    void fxGraphics2dAloneKeepsTheHatchForTheNextColourWhichIsTheBugRepaired(FxRobot robot) {
        robot.interact(() -> {
            GraphicsContext gc = new Canvas(10, 10).getGraphicsContext2D();
            assertInstanceOf(LinearGradient.class, fillAfterHatch(new FXGraphics2D(gc), gc));
        });
    }

    @Test
    void withTheRepairTheColourAfterAHatchReachesTheCanvas(FxRobot robot) {
        robot.interact(() -> {
            GraphicsContext gc = new Canvas(10, 10).getGraphicsContext2D();
            CanvasPaintFix g = new CanvasPaintFix(new FXGraphics2D(gc));
            assertEquals(javafx.scene.paint.Color.BLACK, fillAfterHatch(g, gc));
            g.setColor(Color.RED);
            assertEquals(javafx.scene.paint.Color.RED, gc.getFill());
        });
    }

    @Test
    void everyChartPaneDrawsThroughTheRepair(FxRobot robot) throws Exception {
        Field field = ChartCanvas.class.getDeclaredField("g2");
        field.setAccessible(true);
        ChartPane[] pane = new ChartPane[1];
        robot.interact(() -> pane[0] = new ChartPane(org.capexlens.chart.ChartId.REVENUE_GAP, java.util.List.of(),
                id -> { }));
        assertInstanceOf(CanvasPaintFix.class, field.get(pane[0].viewer().getCanvas()));
    }
}
