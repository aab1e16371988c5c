package org.capexlens.ui.dashboard;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.Tables;

/**
 * The Claims tab (issue 10): every claim of the dataset's {@code claims} sheet with the model's figure under the
 * scenario applied and under the claim's own assumptions, the difference, the goal seek and a link to the source.
 */
final class ClaimsTab extends DashboardTab {
    private final Consumer<String> openLink;
    private final ObservableList<ClaimRow> rows = FXCollections.observableArrayList();
    private final TableView<ClaimRow> table = new TableView<>();

    ClaimsTab(ChartPanes panes, DashboardViewModel vm, Consumer<String> openLink) {
        super("claims", Messages.get("ui.dash.tab.claims"), panes, vm);
        this.openLink = openLink;
    }

    @Override
    protected Node build() {
        table.setId("claimsTable");
        table.setItems(Tables.sortable(rows, table));
        table.getColumns().add(text("who", ClaimRow::who, 170));
        table.getColumns().add(text("when", ClaimRow::when, 85));
        table.getColumns().add(text("what", ClaimRow::what, 240));
        table.getColumns().add(number("claim", ClaimRow::claim, 95));
        table.getColumns().add(number("modelCurrent", ClaimRow::modelCurrent, 110));
        table.getColumns().add(number("modelOwn", ClaimRow::modelOwn, 110));
        table.getColumns().add(number("difference", ClaimRow::difference, 95));
        table.getColumns().add(text("goalSeek", ClaimRow::goalSeek, 150));
        TableColumn<ClaimRow, ClaimRow> source = new TableColumn<>(Messages.get("ui.dash.claims.source"));
        source.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        source.setCellFactory(c -> new SourceCell());
        source.setPrefWidth(220);
        source.setSortable(false);
        table.getColumns().add(source);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("ui.dash.claims.empty")));
        Label note = new Label(Messages.get("ui.dash.claims.note"));
        note.setWrapText(true);
        VBox box = new VBox(6, Tables.titled(Messages.get("ui.dash.claims.title"), table), note);
        VBox.setVgrow(box.getChildren().get(0), Priority.ALWAYS);
        box.getStyleClass().add("section");
        return box;
    }

    @Override
    protected void showFigures(Computed c) {
        if (!c.claims().equals(rows)) {
            rows.setAll(c.claims());
        }
    }

    private static String header(String key) {
        String bundleKey = "ui.dash.claims." + key;
        return Messages.get(bundleKey);
    }

    private static TableColumn<ClaimRow, String> text(String key, Function<ClaimRow, String> value, double width) {
        TableColumn<ClaimRow, String> c = Tables.column(header(key), value, width, false);
        c.setId("claims-" + key);
        // Who, when, what and the goal seek are often longer than their column: the whole text on hover.
        Tables.showFullTextOnHover(c);
        return c;
    }

    private static TableColumn<ClaimRow, String> number(String key, Function<ClaimRow, String> value,
            double width) {
        TableColumn<ClaimRow, String> c = Tables.column(header(key), value, width, true);
        c.setId("claims-" + key);
        return c;
    }

    /** The source's title as a link to its address. */
    private final class SourceCell extends TableCell<ClaimRow, ClaimRow> {
        private final Hyperlink link = new Hyperlink();

        SourceCell() {
            link.getStyleClass().add("source-link");
        }

        @Override
        protected void updateItem(ClaimRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.sourceUrl().isEmpty()) {
                setGraphic(null);
                setText(empty || item == null ? null : item.sourceTitle());
                setTooltip(null);
                return;
            }
            link.setText(item.sourceTitle());
            link.setVisited(false);
            link.setOnAction(e -> openLink.accept(item.sourceUrl()));
            setText(null);
            setGraphic(link);
            setTooltip(new Tooltip(item.sourceUrl()));
        }
    }
}
