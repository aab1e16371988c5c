package org.capexlens.ui.assumptions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.capexlens.scenario.Ranges;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.text.FigureFormat;
import org.capexlens.text.Messages;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.capexlens.ui.dashboard.ScenarioChoice;

/**
 * The assumptions panel (DESIGN §4), bound to an {@link AssumptionsViewModel}: scenario picker, the depreciation
 * toggle with its custom slider and exact field, per-company lives, and the other assumptions. Keyboard first:
 * controls follow each other top to bottom in focus order, the toggle positions have mnemonics (Alt+2, Alt+5,
 * Alt+A, Alt+U), every field takes typing and Enter.
 *
 * <p>Updates from the view model never count as user edits: a {@code syncing} flag keeps a value set by the model
 * from being sent back as a new change.
 */
public final class AssumptionsView {
    private static final double PANEL_WIDTH = 336;

    private final AssumptionsViewModel vm;
    private final DashboardViewModel dash;
    /** Beyond this many companies the overrides get a filter instead of one field each. */
    static final int MAX_OVERRIDE_ROWS = 25;
    private final FigureFormat format = new FigureFormat(Locale.getDefault(Locale.Category.FORMAT));
    private final ScrollPane root;
    private boolean syncing;

    private final Map<PolicyChoice, ToggleButton> toggles = new EnumMap<>(PolicyChoice.class);
    private final ToggleGroup policyGroup = new ToggleGroup();
    private final Slider lifeSlider = new Slider(AssumptionsViewModel.MIN_LIFE, AssumptionsViewModel.MAX_LIFE,
            AssumptionsViewModel.DEFAULT_CUSTOM_LIFE);
    private final TextField lifeField = new TextField();
    private final Label lifeError = errorLabel("customLifeError");
    private final Label overrideError = errorLabel("overrideError");
    private final GridPane overrideGrid = new GridPane();
    private final Map<String, TextField> overrideFields = new LinkedHashMap<>();
    private final TextField overrideFilter = new TextField();
    private final Label overrideMore = new Label();
    private final VBox entityBox = new VBox(3);
    private final Map<String, CheckBox> entityBoxes = new LinkedHashMap<>();

    /**
     * @param vm    the panel's state, not {@code null}.
     * @param dash  the dashboard (scenario picker entries), not {@code null}.
     */
    public AssumptionsView(AssumptionsViewModel vm, DashboardViewModel dash) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.dash = Objects.requireNonNull(dash, "dash");
        VBox content = new VBox(4);
        content.getStyleClass().add("assumptions-panel");
        Label title = new Label(Messages.get("ui.assumptions.title"));
        title.getStyleClass().add("assumptions-title");
        content.getChildren().addAll(title, scenarioSection(), depreciationSection(), overridesSection(),
                capexSection(), projectionSection(), ratioSection(), sequoiaSection());
        root = new ScrollPane(content);
        root.setId("assumptionsPanel");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("assumptions-scroll");
        root.setPrefWidth(PANEL_WIDTH);
        root.setMinWidth(PANEL_WIDTH);
        root.setMaxWidth(PANEL_WIDTH);
    }

    /** The panel, for the window's left side. */
    public Node root() {
        return root;
    }

    // ---- sections -------------------------------------------------------------------------------------------------

    private Node scenarioSection() {
        ComboBox<ScenarioChoice> picker = new ComboBox<>(dash.scenarioChoices());
        picker.setId("scenarioPicker");
        picker.setPromptText(Messages.get("ui.assumptions.scenario.prompt"));
        picker.setMaxWidth(Double.MAX_VALUE);
        // A ComboBox does not show its prompt again once its value went back to null; this cell does.
        picker.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ScenarioChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? picker.getPromptText() : item.label());
            }
        });
        picker.setOnAction(e -> {
            ScenarioChoice c = picker.getValue();
            if (!syncing && c != null && !c.scenario().equals(dash.stateProperty().get().scenario())) {
                dash.apply(c);
            }
        });
        Runnable syncPicker = () -> sync(() -> {
            ScenarioChoice match = dash.scenarioChoices().stream()
                    .filter(c -> c.scenario().equals(dash.stateProperty().get().scenario())).findFirst()
                    .orElse(null);
            picker.setValue(match);
        });
        dash.stateProperty().addListener((obs, old, s) -> syncPicker.run());
        dash.scenarioChoices().addListener((ListChangeListener<ScenarioChoice>) ch -> syncPicker.run());
        Label name = new Label();
        name.setId("scenarioName");
        name.getStyleClass().add("scenario-name");
        name.textProperty().bind(vm.scenarioNameProperty());
        name.setWrapText(true);
        Label summary = new Label();
        summary.setId("scenarioSummary");
        summary.getStyleClass().add("scenario-summary");
        summary.textProperty().bind(vm.scenarioSummaryProperty());
        summary.setWrapText(true);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.scenarioSummaryProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        summary.setTooltip(tip);
        summary.setMaxHeight(64);
        VBox section = section(Messages.get("ui.assumptions.scenario.label"), picker, name, summary);
        Label title = (Label) section.getChildren().get(0);
        title.setMnemonicParsing(true);
        title.setLabelFor(picker);
        picker.setAccessibleText(Messages.get("ui.assumptions.section.scenario"));
        return section;
    }

    private Node depreciationSection() {
        HBox row = new HBox(4);
        row.getStyleClass().add("policy-toggles");
        for (PolicyChoice c : List.of(PolicyChoice.SHORT, PolicyChoice.LONG, PolicyChoice.REPORTED,
                PolicyChoice.CUSTOM)) {
            ToggleButton b = new ToggleButton(text("ui.assumptions.policy." + c.name().toLowerCase(Locale.ROOT)));
            b.setId("policy-" + c.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(policyGroup);
            b.setMnemonicParsing(true);
            b.setTooltip(new Tooltip(text("ui.assumptions.policyTip." + c.name().toLowerCase(Locale.ROOT))));
            b.setOnAction(e -> {
                vm.choosePolicy(c);
                syncPolicy();
            });
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            toggles.put(c, b);
            row.getChildren().add(b);
        }
        lifeSlider.setId("customLifeSlider");
        lifeSlider.setBlockIncrement(0.5);
        lifeSlider.setMajorTickUnit(1);
        lifeSlider.setMinorTickCount(1);
        lifeSlider.setShowTickMarks(true);
        lifeSlider.setShowTickLabels(true);
        lifeSlider.setAccessibleText(Messages.get("ui.assumptions.custom.slider"));
        lifeSlider.valueProperty().addListener((obs, old, v) -> {
            if (syncing) {
                return;
            }
            double years = tenth(v.doubleValue());
            if (lifeSlider.isValueChanging()) {
                vm.previewCustomLife(years);
                lifeField.setText(format.years(years));
            } else {
                vm.setCustomLife(years);
            }
        });
        lifeSlider.valueChangingProperty().addListener((obs, was, is) -> {
            if (was && !is && !syncing) {
                vm.setCustomLife(tenth(lifeSlider.getValue()));
            }
        });
        HBox.setHgrow(lifeSlider, Priority.ALWAYS);
        lifeField.setId("customLifeField");
        lifeField.setPrefColumnCount(4);
        lifeField.setAccessibleText(Messages.get("ui.assumptions.custom.field"));
        lifeField.setOnAction(e -> commitLifeField());
        lifeField.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                commitLifeField();
            }
        });
        Label unit = new Label(Messages.get("ui.assumptions.unit.years"));
        Label fieldLabel = mnemonicLabel(Messages.get("ui.assumptions.custom.label"), lifeField);
        HBox custom = new HBox(6, fieldLabel, lifeField, unit);
        custom.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label();
        note.setId("policyNote");
        note.getStyleClass().add("policy-note");
        note.textProperty().bind(vm.policyNoteProperty());
        note.setWrapText(true);
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        vm.policyChoiceProperty().addListener((obs, old, c) -> syncPolicy());
        vm.customLifeProperty().addListener((obs, old, v) -> syncPolicy());
        syncPolicy();
        return section(Messages.get("ui.assumptions.section.depreciation"), row, lifeSlider, custom, lifeError,
                note);
    }

    private void commitLifeField() {
        String text = lifeField.getText();
        if (text.equals(format.years(vm.customLifeProperty().get()))
                && vm.policyChoiceProperty().get() == PolicyChoice.CUSTOM) {
            markValid(lifeField, Optional.empty());
            lifeError.setText("");
            return;
        }
        Optional<String> error = vm.setCustomLifeText(text);
        markValid(lifeField, error);
        lifeError.setText(error.orElse(""));
        if (error.isEmpty()) {
            syncPolicy();
        }
    }

    private void syncPolicy() {
        sync(() -> {
            PolicyChoice c = vm.policyChoiceProperty().get();
            ToggleButton b = toggles.get(c);
            policyGroup.selectToggle(b);
            double life = vm.customLifeProperty().get();
            lifeSlider.setValue(life);
            if (!lifeField.isFocused() || lifeField.getStyleClass().contains("invalid")) {
                lifeField.setText(format.years(life));
            }
        });
    }

    private Node overridesSection() {
        overrideGrid.setId("overrideGrid");
        overrideGrid.getStyleClass().add("form-grid");
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints field = new ColumnConstraints(112);
        overrideGrid.getColumnConstraints().addAll(name, field);
        overrideFilter.setId("overrideFilter");
        overrideFilter.setPromptText(Messages.get("ui.assumptions.overrides.filter"));
        overrideFilter.setAccessibleText(Messages.get("ui.assumptions.overrides.filter"));
        overrideFilter.managedProperty().bind(overrideFilter.visibleProperty());
        overrideFilter.textProperty().addListener((obs, old, text) -> fillOverrides());
        overrideMore.setId("overrideMore");
        overrideMore.getStyleClass().add("hint");
        overrideMore.setWrapText(true);
        overrideMore.managedProperty().bind(overrideMore.visibleProperty());
        vm.overrides().addListener((ListChangeListener<OverrideRow>) ch -> fillOverrides());
        fillOverrides();
        Label hint = new Label(Messages.get("ui.assumptions.overrides.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return section(Messages.get("ui.assumptions.section.overrides"), overrideFilter, overrideGrid, overrideMore,
                overrideError, hint);
    }

    /**
     * The override rows to give a field: every company up to {@value #MAX_OVERRIDE_ROWS}; beyond that, the
     * companies with an override first, then the others in dataset order, or only those whose id contains the
     * filter text. A thousand text fields took seconds to build and lay out whenever a large dataset was opened.
     */
    static List<OverrideRow> listed(List<OverrideRow> rows, String filter) {
        if (rows.size() <= MAX_OVERRIDE_ROWS) {
            return rows;
        }
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<OverrideRow> out = new ArrayList<>();
        if (needle.isEmpty()) {
            rows.stream().filter(OverrideRow::active).forEach(out::add);
            rows.stream().filter(r -> !r.active()).forEach(out::add);
        } else {
            rows.stream().filter(r -> r.company().toLowerCase(Locale.ROOT).contains(needle)).forEach(out::add);
        }
        return out.size() > MAX_OVERRIDE_ROWS ? List.copyOf(out.subList(0, MAX_OVERRIDE_ROWS)) : out;
    }

    private void fillOverrides() {
        List<OverrideRow> all = vm.overrides();
        List<OverrideRow> rows = listed(all, overrideFilter.getText());
        boolean many = all.size() > MAX_OVERRIDE_ROWS;
        overrideFilter.setVisible(many);
        String filter = overrideFilter.getText() == null ? "" : overrideFilter.getText().strip();
        overrideMore.setVisible(many);
        overrideMore.setText(!many ? "" : rows.isEmpty()
                ? Messages.get("ui.assumptions.overrides.noMatch", filter)
                : Messages.get("ui.assumptions.overrides.more", String.valueOf(rows.size()), format.count(all.size())));
        List<String> companies = rows.stream().map(OverrideRow::company).toList();
        if (!companies.equals(new ArrayList<>(overrideFields.keySet()))) {
            overrideGrid.getChildren().clear();
            overrideFields.clear();
            int row = 0;
            for (OverrideRow r : rows) {
                TextField f = new TextField();
                f.setId("override-" + r.company().replaceAll("[^A-Za-z0-9_-]", "_"));
                f.setPromptText(Messages.get("ui.dash.figure.unknown"));
                f.setAccessibleText(Messages.get("ui.assumptions.overrides.fieldFor", r.company()));
                f.setTooltip(new Tooltip(Messages.get("ui.assumptions.overrides.tip", r.company())));
                String company = r.company();
                f.setOnAction(e -> commitOverride(company, f));
                f.focusedProperty().addListener((obs, was, is) -> {
                    if (was && !is) {
                        commitOverride(company, f);
                    }
                });
                Label l = new Label(company);
                l.setLabelFor(f);
                overrideGrid.addRow(row++, l, f);
                overrideFields.put(company, f);
            }
        }
        for (OverrideRow r : rows) {
            TextField f = overrideFields.get(r.company());
            String shown = r.active() ? r.text() : "";
            if (!f.isFocused() && !f.getText().equals(shown)) {
                f.setText(shown);
                markValid(f, Optional.empty());
            }
            if (r.active()) {
                if (!f.getStyleClass().contains("override-active")) {
                    f.getStyleClass().add("override-active");
                }
            } else {
                f.getStyleClass().remove("override-active");
            }
        }
    }

    private void commitOverride(String company, TextField f) {
        OverrideRow now = vm.overrides().stream().filter(r -> r.company().equals(company)).findFirst()
                .orElse(null);
        String shown = now == null || !now.active() ? "" : now.text();
        if (f.getText().trim().equals(shown)) {
            markValid(f, Optional.empty());
            overrideError.setText("");
            return;
        }
        Optional<String> error = vm.setOverride(company, f.getText());
        markValid(f, error);
        overrideError.setText(error.map(e -> company + ": " + e).orElse(""));
    }

    private Node capexSection() {
        Spinner<Double> share = percentSpinner("shortLivedShare", 0, 1, 0.05, vm.shortLivedShareProperty(),
                vm::setShortLivedShare);
        Spinner<Integer> lag = new Spinner<>(0, 5, vm.lagProperty().get());
        lag.setId("lag");
        lag.setEditable(true);
        commitOnFocusLost(lag);
        lag.valueProperty().addListener((obs, old, v) -> {
            if (!syncing && v != null) {
                vm.setLag(v);
            }
        });
        vm.lagProperty().addListener((obs, old, v) -> sync(() -> lag.getValueFactory().setValue(v.intValue())));
        ComboBox<Convention> convention = choice("convention", Convention.values(),
                c -> text("ui.assumptions.convention." + c.name().toLowerCase(Locale.ROOT)),
                vm.conventionProperty(), vm::setConvention);
        return section(Messages.get("ui.assumptions.section.capex"), form(
                Messages.get("ui.assumptions.shortLivedShare"), share,
                Messages.get("ui.assumptions.lag"), lag,
                Messages.get("ui.assumptions.convention"), convention));
    }

    private Node projectionSection() {
        Spinner<Double> capex = percentSpinner("capexGrowth", Ranges.CAPEX_GROWTH.min(), Ranges.CAPEX_GROWTH.max(),
                0.01, vm.capexGrowthProperty(), vm::setCapexGrowth);
        Spinner<Double> revenue = percentSpinner("revenueGrowth", Ranges.REVENUE_GROWTH.min(),
                Ranges.REVENUE_GROWTH.max(), 0.01, vm.revenueGrowthProperty(), vm::setRevenueGrowth);
        return section(Messages.get("ui.assumptions.section.projection"), form(
                Messages.get("ui.assumptions.capexGrowth"), capex,
                Messages.get("ui.assumptions.revenueGrowth"), revenue));
    }

    private Node ratioSection() {
        ComboBox<RatioNumerator> numerator = choice("ratioNumerator", RatioNumerator.values(),
                n -> text("ui.assumptions.numerator." + n.name().toLowerCase(Locale.ROOT)),
                vm.ratioNumeratorProperty(), vm::setRatioNumerator);
        Spinner<Double> aiShare = percentSpinner("aiShareOfCapex", 0, 1, 0.05, vm.aiShareOfCapexProperty(),
                vm::setAiShareOfCapex);
        aiShare.disableProperty().bind(vm.ratioNumeratorProperty().isNotEqualTo(RatioNumerator.AI_SHARE_OF_CAPEX));
        ComboBox<RevenueBasis> basis = choice("revenueBasis", RevenueBasis.values(),
                b -> text("ui.assumptions.basis." + b.name().toLowerCase(Locale.ROOT)),
                vm.revenueBasisProperty(), vm::setRevenueBasis);
        entityBox.setId("entities");
        vm.entities().addListener((ListChangeListener<EntityChoice>) ch -> fillEntities());
        fillEntities();
        Label entitiesLabel = new Label(Messages.get("ui.assumptions.entities"));
        entitiesLabel.getStyleClass().add("form-label");
        return section(Messages.get("ui.assumptions.section.ratio"), form(
                Messages.get("ui.assumptions.numerator"), numerator,
                Messages.get("ui.assumptions.aiShareOfCapex"), aiShare,
                Messages.get("ui.assumptions.basis"), basis), entitiesLabel, entityBox);
    }

    private void fillEntities() {
        List<String> names = vm.entities().stream().map(EntityChoice::name).toList();
        if (!names.equals(new ArrayList<>(entityBoxes.keySet()))) {
            entityBox.getChildren().clear();
            entityBoxes.clear();
            for (EntityChoice e : vm.entities()) {
                CheckBox box = new CheckBox(e.name());
                box.setMnemonicParsing(false);
                box.setId("entity-" + e.name().replaceAll("[^A-Za-z0-9_-]", "_"));
                box.setOnAction(ev -> {
                    Optional<String> error = vm.setEntitySelected(e.name(), box.isSelected());
                    if (error.isPresent()) {
                        box.setSelected(!box.isSelected());
                        box.setTooltip(new Tooltip(error.get()));
                    }
                });
                entityBoxes.put(e.name(), box);
                entityBox.getChildren().add(box);
            }
        }
        for (EntityChoice e : vm.entities()) {
            entityBoxes.get(e.name()).setSelected(e.selected());
        }
    }

    private Node sequoiaSection() {
        Spinner<Double> gpu = percentSpinner("gpuShare", 0.01, 1, 0.05, vm.gpuShareProperty(), vm::setGpuShare);
        Spinner<Double> margin = percentSpinner("endUserMargin", 0, 0.99, 0.05, vm.endUserMarginProperty(),
                vm::setEndUserMargin);
        return section(Messages.get("ui.assumptions.section.sequoia"), form(
                Messages.get("ui.assumptions.gpuShare"), gpu,
                Messages.get("ui.assumptions.endUserMargin"), margin));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static VBox section(String titleText, Node... children) {
        Label title = new Label(titleText);
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        VBox box = new VBox(5);
        box.getChildren().add(title);
        box.getChildren().addAll(children);
        box.getStyleClass().add("assumption-section");
        return box;
    }

    /** Label–control pairs (label text, control, …) in two columns; a label's mnemonic focuses its control. */
    private static GridPane form(Object... keysAndControls) {
        GridPane g = new GridPane();
        g.getStyleClass().add("form-grid");
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        ColumnConstraints control = new ColumnConstraints(138);
        g.getColumnConstraints().addAll(label, control);
        for (int i = 0; i < keysAndControls.length; i += 2) {
            Control c = (Control) keysAndControls[i + 1];
            c.setMaxWidth(Double.MAX_VALUE);
            Label l = mnemonicLabel((String) keysAndControls[i], c);
            l.setWrapText(true);
            l.setMinWidth(Region.USE_COMPUTED_SIZE);
            g.addRow(i / 2, l, c);
        }
        return g;
    }

    private static Label mnemonicLabel(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (target instanceof Control c && c.getAccessibleText() == null) {
            c.setAccessibleText(l.getText().replace("_", ""));
        }
        return l;
    }

    private <T> ComboBox<T> choice(String id, T[] values, Function<T, String> text, ObservableValue<T> value,
            Consumer<T> set) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setValue(value.getValue());
        value.addListener((obs, old, v) -> sync(() -> box.setValue(v)));
        box.setOnAction(e -> {
            if (!syncing && box.getValue() != null && box.getValue() != value.getValue()) {
                set.accept(box.getValue());
            }
        });
        return box;
    }

    /**
     * A spinner of a fraction shown and typed as a percentage ({@code 45 %}, {@code 45}, {@code 45,5}). Its range
     * is the scenario's valid range, so that any scenario file shows as it is rather than clamped.
     */
    private Spinner<Double> percentSpinner(String id, double min, double max, double step,
            ReadOnlyDoubleProperty value, DoubleConsumer set) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(min,
                max, value.get(), step);
        Spinner<Double> s = new Spinner<>(f);
        s.setId(id);
        s.setEditable(true);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : format.percent(v);
            }

            @Override
            public Double fromString(String text) {
                String t = text.trim().replace("%", "").replace(',', '.').replace('\u2212', '-').trim();
                try {
                    double v = Double.parseDouble(t) / 100;
                    return Math.max(min, Math.min(max, Math.round(v * 10000) / 10000.0));
                } catch (NumberFormatException e) {
                    return f.getValue();
                }
            }
        });
        s.getEditor().setText(f.getConverter().toString(f.getValue()));
        commitOnFocusLost(s);
        f.valueProperty().addListener((obs, old, v) -> {
            if (!syncing && v != null) {
                set.accept(v);
            }
        });
        value.addListener((obs, old, v) -> sync(() -> f.setValue(v.doubleValue())));
        return s;
    }

    private static void commitOnFocusLost(Spinner<?> s) {
        s.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                s.increment(0);
            }
        });
    }

    /** A message under a field, present only while there is something to say. */
    private static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    private static void markValid(TextField f, Optional<String> error) {
        f.getStyleClass().remove("invalid");
        if (error.isPresent()) {
            f.getStyleClass().add("invalid");
            f.setTooltip(new Tooltip(error.get()));
        }
    }

    private void sync(Runnable r) {
        boolean was = syncing;
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = was;
        }
    }

    /** Text for a key built from a prefix and an enum constant (every such key is in the bundle). */
    private static String text(String key) {
        return Messages.get(key);
    }

    private static double tenth(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
