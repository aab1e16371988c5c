package org.capexlens.ui.dashboard;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.capexlens.chart.AnalysisText;
import org.capexlens.chart.SolverChart;
import org.capexlens.text.Messages;
import org.jfree.chart.fx.ChartViewer;

/**
 * The What must be true tab (issue 11): a question, its target, year and company, Solve, then the answer in plain
 * language and its path chart ({@link SolverChart}), themed like the other charts.
 */
final class SolverTab extends DashboardTab {
    private final DashboardViewModel dash;
    private final SolverViewModel vm;

    SolverTab(ChartPanes panes, DashboardViewModel dash) {
        super("solve", Messages.get("ui.dash.tab.solve"), panes, dash);
        this.dash = dash;
        this.vm = new SolverViewModel(dash, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** The view model, for tests. */
    SolverViewModel viewModel() {
        return vm;
    }

    @Override
    protected Node build() {
        ComboBox<AnalysisText.Question> question = new ComboBox<>(FXCollections.observableArrayList(
                AnalysisText.Question.values()));
        question.setId("solverQuestion");
        question.setCellFactory(v -> new QuestionCell());
        question.setButtonCell(new QuestionCell());
        question.valueProperty().bindBidirectional(vm.questionProperty());
        TextField target = new TextField();
        target.setId("solverTarget");
        target.setPrefColumnCount(6);
        target.textProperty().bindBidirectional(vm.targetProperty());
        target.disableProperty().bind(vm.questionProperty().isEqualTo(AnalysisText.Question.GAP));
        TextField year = new TextField();
        year.setId("solverYear");
        year.setPrefColumnCount(5);
        year.textProperty().bindBidirectional(vm.yearProperty());
        ComboBox<String> company = new ComboBox<>(dash.chartCompanies());
        company.setId("solverCompany");
        company.valueProperty().bindBidirectional(vm.companyProperty());
        company.disableProperty().bind(vm.questionProperty().isNotEqualTo(AnalysisText.Question.LIFE));
        Button solve = new Button(Messages.get("ui.solver.solve"));
        solve.setId("solverSolve");
        solve.setDefaultButton(false);
        solve.setOnAction(e -> vm.solve());
        target.setOnAction(e -> vm.solve());
        year.setOnAction(e -> vm.solve());
        HBox inputs = new HBox(8, new Label(Messages.get("ui.solver.question")), question,
                new Label(Messages.get("ui.solver.target")), target, new Label(Messages.get("ui.solver.year")), year,
                new Label(Messages.get("ui.solver.company")), company, solve);
        inputs.setAlignment(Pos.CENTER_LEFT);
        inputs.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        question.setPrefWidth(330);
        HBox.setHgrow(question, Priority.SOMETIMES);
        solve.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label intro = new Label(Messages.get("ui.solver.intro"));
        intro.setWrapText(true);
        Label answer = new Label();
        answer.setId("solverAnswer");
        answer.setWrapText(true);
        answer.getStyleClass().add("solver-answer");
        answer.textProperty().bind(vm.answerProperty());
        ChartViewer viewer = new ChartViewer(null);
        viewer.setId("solverChart");
        VBox.setVgrow(viewer, Priority.ALWAYS);
        Runnable draw = () -> {
            SolverViewModel.Solved s = vm.solvedProperty().get();
            Computed c = dash.computedProperty().get();
            if (s != null) {
                viewer.setChart(SolverChart.path(s.question(), s.answer(), s.target(),
                        Locale.getDefault(Locale.Category.FORMAT), c == null ? org.capexlens.chart.ChartTheme.LIGHT
                                : c.theme().chartTheme()));
            }
        };
        vm.solvedProperty().addListener((obs, old, s) -> draw.run());
        dash.themeProperty().addListener((obs, old, t) -> draw.run());
        VBox box = new VBox(8, intro, inputs, answer, viewer);
        box.setPadding(new Insets(8));
        vm.solve();
        return box;
    }

    /** A question in words. */
    private static final class QuestionCell extends ListCell<AnalysisText.Question> {
        @Override
        protected void updateItem(AnalysisText.Question item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : Messages.get(("ui.solver.q." + item.id())));
        }
    }
}
