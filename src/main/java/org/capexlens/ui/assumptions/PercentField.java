package org.capexlens.ui.assumptions;

import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.util.StringConverter;
import org.capexlens.scenario.Range;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.FigureFormat;

/**
 * A fractional assumption shown and typed as a percentage ({@code 45 %}, {@code 45}, {@code 45,5}), for a spinner:
 * its bounds, step, text converter and value. The bounds are the scenario's valid {@link Range}, so that any scenario
 * file shows as it is rather than clamped; an open bound (GPU share above 0, margin below 1) becomes the nearest
 * whole percentage point inside it.
 */
public final class PercentField {
    /** How far inside an open bound the field stops: one percentage point. */
    static final double OPEN_BOUND_INSET = 0.01;

    private final double min;
    private final double max;
    private final double step;
    private final FigureFormat format;
    private final AssumptionValue<Double> value;
    private final StringConverter<Double> converter = new StringConverter<>() {
        @Override
        public String toString(Double v) {
            return v == null ? "" : format.percent(v);
        }

        @Override
        public Double fromString(String text) {
            Double v = parse(text);
            return v == null ? value.property().get() : v;
        }
    };

    /**
     * @param range   the scenario's valid range of the fraction.
     * @param step    spinner step, a fraction.
     * @param read    the scenario's value.
     * @param edit    the view model's setter.
     */
    PercentField(Range range, double step, FigureFormat format, ToDoubleFunction<Scenario> read,
            Supplier<Scenario> current, DoubleConsumer edit) {
        this.min = range.minOpen() ? range.min() + OPEN_BOUND_INSET : range.min();
        this.max = range.maxOpen() ? range.max() - OPEN_BOUND_INSET : range.max();
        this.step = step;
        this.format = format;
        // Shown clamped, as the spinner would show it; an unchanged clamped value is no edit of the scenario.
        this.value = new AssumptionValue<>(range.field(), s -> clamp(read.applyAsDouble(s)), current,
                edit::accept);
    }

    /**
     * Reads typed text as a fraction: {@code "12.5 %"} and {@code "12,5"} are 0.125; a real minus sign is a minus.
     * The result is rounded to a hundredth of a percentage point and clamped into [{@link #min()}, {@link #max()}].
     *
     * @return the fraction, or {@code null} when the text is no number (the field then keeps its value).
     */
    public Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replace("%", "").replace(',', '.').replace('\u2212', '-').trim();
        try {
            double v = Double.parseDouble(t) / 100;
            return clamp(Math.round(v * 10000) / 10000.0);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }

    /** Lowest value the field takes, a fraction. */
    public double min() {
        return min;
    }

    /** Highest value the field takes, a fraction. */
    public double max() {
        return max;
    }

    /** Spinner step, a fraction. */
    public double step() {
        return step;
    }

    /** Percent text to fraction and back; unreadable text keeps the current value. */
    public StringConverter<Double> converter() {
        return converter;
    }

    /**
     * The fraction shown (the scenario's, clamped to the field's bounds); setting another value is an edit, one undo
     * step. Bind a spinner's value factory to it both ways.
     */
    public ObjectProperty<Double> valueProperty() {
        return value.property();
    }

    void show(Scenario s) {
        value.show(s);
    }
}
