package org.capexlens.ui.dashboard;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.capexlens.chart.GpuLifeText;
import org.capexlens.domain.GpuPrice;
import org.capexlens.scenario.GpuLifeAssumptions;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;

/**
 * The GPU economic-life section of the Depreciation tab (issue 11): the scenario's assumptions as controls, the
 * answer in words and the chart. Every edit is one undo step of the scenario.
 */
final class GpuLifeSection {
    private final DashboardViewModel vm;
    private final TextField utilisation = field("gpuUtilisation");
    private final TextField cost = field("gpuCost");
    private final TextField horizon = field("gpuHorizon");
    private final ComboBox<String> contract = new ComboBox<>();
    private final Label answer = new Label();
    private boolean updating;

    GpuLifeSection(DashboardViewModel vm) {
        this.vm = vm;
    }

    /** The section around {@code chart}. */
    VBox build(ChartPane chart) {
        contract.setId("gpuContract");
        answer.setId("gpuLifeAnswer");
        answer.setWrapText(true);
        bind(utilisation, v -> v > 0 && v <= 100, (a, v) -> a.withUtilisation(v / 100));
        bind(cost, v -> v >= 0, (a, v) -> a.withCost(v));
        bind(horizon, v -> v > 0 && v <= GpuLifeAssumptions.MAX_HORIZON, (a, v) -> a.withHorizon(v));
        contract.setOnAction(e -> {
            if (!updating && contract.getValue() != null) {
                String type = contract.getValue().equals(Messages.get("gpu.life.contract.all")) ? ""
                        : contract.getValue();
                edit(a -> a.withContractType(type));
            }
        });
        FlowPane controls = new FlowPane(8, 4, label(Messages.get("ui.dash.gpu.utilisation"), utilisation), utilisation,
                label(Messages.get("ui.dash.gpu.cost"), cost), cost, label(Messages.get("ui.dash.gpu.contract"), contract), contract,
                label(Messages.get("ui.dash.gpu.horizon"), horizon), horizon);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox box = new VBox(4, controls, answer, chart);
        box.setPadding(new Insets(4));
        return box;
    }

    /** Shows the assumptions and the answer of {@code c}. */
    void show(Computed c) {
        Scenario s = c.inputs().result().scenario();
        GpuLifeAssumptions a = s.gpuLife();
        Locale loc = c.inputs().locale();
        NumberFormat f = ChartFormats.setting(loc);
        updating = true;
        utilisation.setText(f.format(a.utilisation() * 100));
        cost.setText(f.format(a.costPerGpuHour()));
        horizon.setText(f.format(a.horizonYears()));
        Set<String> types = new LinkedHashSet<>();
        types.add(Messages.get("gpu.life.contract.all"));
        c.inputs().dataset().gpuPrices().stream().filter(p -> p.gpuModel().equalsIgnoreCase(a.gpuModel()))
                .map(GpuPrice::contractType).forEach(types::add);
        contract.setItems(FXCollections.observableArrayList(types));
        contract.setValue(a.contractType().isEmpty() ? Messages.get("gpu.life.contract.all") : a.contractType());
        updating = false;
        answer.setText(GpuLifeText.answer(GpuLifeText.result(c.inputs()),
                GpuLifeText.bookLives(c.inputs().dataset()), loc));
    }

    private interface Edit {
        GpuLifeAssumptions apply(GpuLifeAssumptions a, double value);
    }

    private void bind(TextField field, DoublePredicate valid, Edit edit) {
        Runnable commit = () -> {
            if (updating) {
                return;
            }
            Double v = parse(field.getText());
            boolean ok = v != null && valid.test(v);
            field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), !ok);
            if (ok) {
                edit(a -> edit.apply(a, v));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
    }

    private void edit(UnaryOperator<GpuLifeAssumptions> change) {
        Computed c = vm.computedProperty().get();
        if (c == null) {
            return;
        }
        Scenario s = c.inputs().result().scenario();
        GpuLifeAssumptions next = change.apply(s.gpuLife());
        if (!next.equals(s.gpuLife())) {
            vm.apply(s.toBuilder().gpuLife(next).build());
        }
    }

    private static Double parse(String text) {
        String t = text == null ? "" : text.trim();
        ParsePosition pos = new ParsePosition(0);
        Number n = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT)).parse(t, pos);
        return n == null || pos.getIndex() != t.length() || t.isEmpty() ? null : n.doubleValue();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(3);
        return f;
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }
}
