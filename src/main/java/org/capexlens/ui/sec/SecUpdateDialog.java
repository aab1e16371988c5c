package org.capexlens.ui.sec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.function.Function;
import org.capexlens.io.sec.FigureChange;
import org.capexlens.text.Messages;

/**
 * The window of File ▸ Update from SEC EDGAR…: who you are (the SEC's User-Agent), which companies, a progress
 * bar with Cancel, then the table of every figure that would change (old → new, filing) and the notes, with Apply
 * and Decline. Only binds to {@link SecUpdateViewModel}.
 */
public final class SecUpdateDialog {
    private final Stage stage = new Stage();

    public SecUpdateDialog(SecUpdateViewModel vm, Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("ui.sec.title"));

        TextField ua = new TextField();
        ua.setId("secUserAgent");
        ua.setPromptText(Messages.get("ui.sec.userAgentPrompt"));
        ua.textProperty().bindBidirectional(vm.userAgentProperty());
        TextField who = new TextField();
        who.setId("secCompanies");
        who.textProperty().bindBidirectional(vm.companiesProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(Messages.get("ui.sec.userAgent")), ua);
        form.addRow(1, new Label(Messages.get("ui.sec.companies")), who);
        GridPane.setHgrow(ua, Priority.ALWAYS);
        GridPane.setHgrow(who, Priority.ALWAYS);

        Button fetch = new Button(Messages.get("ui.sec.fetch"));
        fetch.setId("secFetch");
        fetch.setDefaultButton(true);
        fetch.disableProperty().bind(vm.runningProperty());
        fetch.setOnAction(e -> vm.fetch());
        ProgressBar bar = new ProgressBar();
        bar.setId("secProgress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(Messages.get("ui.sec.cancel"));
        cancel.setId("secCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        HBox run = new HBox(8, fetch, bar, cancel);

        Label status = new Label();
        status.setId("secStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        TableView<FigureChange> table = new TableView<>(vm.changes());
        table.setId("secChanges");
        table.setPlaceholder(new Label(Messages.get("ui.sec.noChanges")));
        // Widths fit the texts a 1000-pixel window shows (the filing "10-K 0001628280-26-003942 filed 2026-01-29"
        // whole); a cell's full text is also its tooltip, for the long notes.
        table.getColumns().add(column(Messages.get("ui.sec.col.company"), FigureChange::company, 80));
        table.getColumns().add(column(Messages.get("ui.sec.col.year"), c -> Integer.toString(c.fiscalYear()), 50));
        table.getColumns().add(column(Messages.get("ui.sec.col.column"), c -> figureName(c.column()), 130));
        table.getColumns().add(column(Messages.get("ui.sec.col.old"), c -> value(c.column(), c.oldValue()), 75));
        table.getColumns().add(column(Messages.get("ui.sec.col.new"), c -> value(c.column(), c.newValue()), 115));
        table.getColumns().add(column(Messages.get("ui.sec.col.filing"), FigureChange::filing, 330));
        table.getColumns().add(column(Messages.get("ui.sec.col.note"), FigureChange::note, 600));
        VBox.setVgrow(table, Priority.ALWAYS);
        ListView<String> notes = new ListView<>(vm.notes());
        notes.setId("secNotes");
        notes.setPrefHeight(110);

        Button apply = new Button(Messages.get("ui.sec.apply"));
        apply.setId("secApply");
        apply.disableProperty().bind(Bindings.isNull(vm.resultProperty()).or(vm.runningProperty()));
        apply.setOnAction(e -> {
            if (vm.apply()) {
                stage.close();
            }
        });
        Button decline = new Button(Messages.get("ui.sec.decline"));
        decline.setId("secDecline");
        decline.setCancelButton(true);
        decline.setOnAction(e -> {
            vm.cancel();
            vm.decline();
            stage.close();
        });
        HBox buttons = new HBox(8, apply, decline);

        VBox root = new VBox(10, form, run, status, table, new Label(Messages.get("ui.sec.notes")), notes,
                buttons);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 1000, 640));
    }

    private static TableColumn<FigureChange, String> column(String title, Function<FigureChange, String> value,
            double width) {
        TableColumn<FigureChange, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return c;
    }

    /** "Capex (USD bn)" for capex_usd_b …; the column's key when it has no name. */
    static String figureName(String column) {
        return switch (column) {
            case "capex_usd_b" -> Messages.get("ui.sec.figure.capex_usd_b");
            case "revenue_usd_b" -> Messages.get("ui.sec.figure.revenue_usd_b");
            case "operating_income_usd_b" -> Messages.get("ui.sec.figure.operating_income_usd_b");
            case "net_income_usd_b" -> Messages.get("ui.sec.figure.net_income_usd_b");
            case "d_and_a_usd_b" -> Messages.get("ui.sec.figure.d_and_a_usd_b");
            case "tax_rate" -> Messages.get("ui.sec.figure.tax_rate");
            default -> column;
        };
    }

    /** USD billions to three decimals; a rate in per cent ("11.8 %"). */
    static String value(String column, Double v) {
        if (v == null) {
            return "—";
        }
        if (column.equals("tax_rate")) {
            return Messages.get("ui.sec.percent", BigDecimal.valueOf(v * 100).setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString());
        }
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Shows the window. */
    public void show() {
        stage.show();
    }

    /** The window (tests). */
    public Stage stage() {
        return stage;
    }
}
