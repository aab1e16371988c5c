package org.capexlens.ui.assumptions;

import static org.capexlens.ui.assumptions.PanelControls.choice;
import static org.capexlens.ui.assumptions.PanelControls.form;
import static org.capexlens.ui.assumptions.PanelControls.percentSpinner;
import static org.capexlens.ui.assumptions.PanelControls.section;
import static org.capexlens.ui.assumptions.PanelControls.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.Ranges;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.text.Messages;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.capexlens.ui.dashboard.ScenarioChoice;

/**
 * The assumptions panel (DESIGN §4), bound to an {@link AssumptionsViewModel}: scenario picker, the depreciation
 * toggle with its custom slider and exact field ({@link DepreciationSection}), per-company lives
 * ({@link OverridesSection}), and the other assumptions. Keyboard first: controls follow each other top to bottom
 * in focus order, the toggle positions have mnemonics (Alt+2, Alt+5, Alt+A, Alt+U), every field takes typing and
 * Enter.
 *
 * <p>The view only creates controls and binds them; parsing, filtering and keeping controls and scenario in step
 * are the view model's.
 */
public final class AssumptionsView {
    private static final double PANEL_WIDTH = org.capexlens.ui.shell.ShellView.ASSUMPTIONS_WIDTH;

    private final AssumptionsViewModel vm;
    private final DashboardViewModel dash;
    private final ScrollPane root;
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
        content.getChildren().addAll(title, scenarioSection(), DepreciationSection.build(vm),
                OverridesSection.build(vm.overrideListing()), capexSection(), projectionSection(), ratioSection(),
                sequoiaSection(), readingSection());
        // Issue 11: distributions and the simulation, last.
        content.getChildren().add(org.capexlens.ui.analysis.UncertaintySection.build(
                new org.capexlens.ui.analysis.UncertaintyViewModel(dash)));
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
        picker.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ScenarioChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? picker.getPromptText() : item.label());
            }
        });
        picker.valueProperty().bindBidirectional(vm.scenarioChoiceProperty());
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

    private Node capexSection() {
        Spinner<Double> share = percentSpinner("shortLivedShare", vm.fields().shortLivedShare());
        Spinner<Integer> lag = PanelControls.wholeSpinner("lag", (int) Ranges.IN_SERVICE_LAG.min(),
                (int) Ranges.IN_SERVICE_LAG.max(), vm.fields().lagProperty());
        ComboBox<Convention> convention = choice("convention", Convention.values(),
                c -> text("ui.assumptions.convention." + c.name().toLowerCase(Locale.ROOT)),
                vm.fields().conventionProperty());
        return section(Messages.get("ui.assumptions.section.capex"), form(
                Messages.get("ui.assumptions.shortLivedShare"), share), companySharesBox(), form(
                Messages.get("ui.assumptions.lag"), lag,
                Messages.get("ui.assumptions.convention"), convention));
    }

    /**
     * Issue 14: the check box letting companies' own short-lived shares apply, and under it one line per company
     * with its own share (its note in a tooltip) and one for the others; the lines are greyed while it is off.
     */
    private Node companySharesBox() {
        CheckBox use = new CheckBox(Messages.get("ui.assumptions.companyShares"));
        use.setId("companyShares");
        use.setWrapText(true);
        use.selectedProperty().bindBidirectional(vm.fields().companySharesProperty());
        VBox lines = new VBox(1);
        lines.setId("companyShareLines");
        lines.getStyleClass().add("company-share-lines");
        // Under the check box's text, not its box: the lines belong to it.
        lines.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        lines.disableProperty().bind(use.selectedProperty().not());
        vm.companyShares().addListener((ListChangeListener<CompanyShareLine>) ch -> fillShareLines(lines));
        fillShareLines(lines);
        return new VBox(2, use, lines);
    }

    private void fillShareLines(VBox lines) {
        lines.getChildren().clear();
        for (CompanyShareLine line : vm.companyShares()) {
            Label l = new Label(line.text());
            l.setWrapText(true);
            l.getStyleClass().add(line.own() ? "company-share" : "company-share-others");
            Tooltip tip = new Tooltip(line.tooltip());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            l.setTooltip(tip);
            lines.getChildren().add(l);
        }
    }

    private Node projectionSection() {
        return section(Messages.get("ui.assumptions.section.projection"), form(
                Messages.get("ui.assumptions.capexGrowth"), percentSpinner("capexGrowth", vm.fields().capexGrowth()),
                Messages.get("ui.assumptions.revenueGrowth"), percentSpinner("revenueGrowth", vm.fields().revenueGrowth())));
    }

    private Node ratioSection() {
        ComboBox<RatioNumerator> numerator = choice("ratioNumerator", RatioNumerator.values(),
                n -> text("ui.assumptions.numerator." + n.name().toLowerCase(Locale.ROOT)),
                vm.fields().ratioNumeratorProperty());
        Spinner<Double> aiShare = percentSpinner("aiShareOfCapex", vm.fields().aiShareOfCapex());
        aiShare.disableProperty().bind(vm.fields().aiShareOfCapexUsedProperty().not());
        ComboBox<RevenueBasis> basis = choice("revenueBasis", RevenueBasis.values(),
                b -> text("ui.assumptions.basis." + b.name().toLowerCase(Locale.ROOT)),
                vm.fields().revenueBasisProperty());
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

    /** One check box per entity; rebuilt only when the entities themselves change. */
    private void fillEntities() {
        List<String> names = vm.entities().stream().map(EntityChoice::name).toList();
        if (!names.equals(new ArrayList<>(entityBoxes.keySet()))) {
            entityBox.getChildren().clear();
            entityBoxes.clear();
            for (EntityChoice e : vm.entities()) {
                CheckBox box = new CheckBox(e.name());
                box.setMnemonicParsing(false);
                box.setId("entity-" + PanelControls.idPart(e.name()));
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
        return section(Messages.get("ui.assumptions.section.sequoia"), form(
                Messages.get("ui.assumptions.gpuShare"), percentSpinner("gpuShare", vm.fields().gpuShare()),
                Messages.get("ui.assumptions.endUserMargin"), percentSpinner("endUserMargin", vm.fields().endUserMargin())));
    }

    /** Issue 14: how the results are read: the break-even target margin and the overstatement threshold. */
    private Node readingSection() {
        return section(Messages.get("ui.assumptions.section.reading"), form(
                Messages.get("ui.assumptions.breakEvenTarget"),
                percentSpinner("breakEvenTarget", vm.fields().breakEvenTarget()),
                Messages.get("ui.assumptions.overstatementMinShare"),
                percentSpinner("overstatementMinShare", vm.fields().overstatementMinShare())));
    }
}
