package org.capexlens.export;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Size2D;

/**
 * The footer's text block, wrapped between its parts (a source title, "Scenario: …", "Data as of …", the app)
 * rather than anywhere: JFreeChart's line breaker would split "Data as of 2026-06-01" at a hyphen or "Burry 2–3
 * years" at the dash when the chart is narrow. The lines are chosen at layout time, when the width is known; a
 * single part wider than the chart still wraps inside.
 */
final class FooterTitle extends TextTitle {
    private static final long serialVersionUID = 1L;

    /** The parts in order, each with the separator that follows it (none after the last). */
    private final List<String> atoms;

    FooterTitle(List<String> atoms) {
        super(String.join("", atoms));
        this.atoms = List.copyOf(atoms);
        // The text changes during layout; that must not fire chart change events.
        setNotify(false);
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        if (constraint.getWidthConstraintType() != LengthConstraintType.NONE) {
            double max = constraint.getWidthConstraintType() == LengthConstraintType.FIXED ? constraint.getWidth()
                    : constraint.getWidthRange().getUpperBound();
            // 3 % to spare: an SVG viewer sets the text in its own copy of the font, a little wider or narrower.
            setText(wrap(g2.getFontMetrics(getFont()), g2, trimToContentWidth(max) * 0.97));
        }
        return super.arrange(g2, constraint);
    }

    private String wrap(FontMetrics fm, Graphics2D g2, double width) {
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String atom : atoms) {
            String candidate = (line + atom).stripTrailing();
            if (line.length() > 0 && fm.getStringBounds(candidate, g2).getWidth() > width) {
                text.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
            }
            line.append(atom);
        }
        return text.append(line.toString().stripTrailing()).toString();
    }
}
