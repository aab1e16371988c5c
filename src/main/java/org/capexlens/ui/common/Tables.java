package org.capexlens.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Small helpers every table of the window uses: sortable views of view-model lists, typed columns. */
public final class Tables {
    private Tables() {
    }

    /** The view's sorted copy of a view-model list: sorting by column never reorders the view model. */
    public static <T> SortedList<T> sortable(ObservableList<T> items, TableView<T> table) {
        SortedList<T> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        return sorted;
    }

    /** A read-only column showing {@code value} of each row; numbers are right-aligned. */
    public static <S, T> TableColumn<S, T> column(String header, Function<S, T> value, double width,
            boolean number) {
        TableColumn<S, T> c = new TableColumn<>(header);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        if (number) {
            c.getStyleClass().add("number-column");
        }
        return c;
    }

    /**
     * A numeric column that sorts by value but shows {@code text} of it ({@code null} values show empty and sort
     * first).
     */
    public static <S> TableColumn<S, Double> numberColumn(String header, Function<S, Double> value,
            Function<Double, String> text, double width) {
        TableColumn<S, Double> c = column(header, value, width, true);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return c;
    }

    /**
     * Makes a text column's cells show their whole text as a tooltip: for notes, titles and claims that are often
     * longer than their column.
     */
    public static <S> void showFullTextOnHover(TableColumn<S, String> column) {
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
    }

    /** A table under a bold title, the title a mnemonic target for the table. */
    public static Node titled(String text, TableView<?> table) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        title.setLabelFor(table);
        VBox box = new VBox(title, table);
        box.getStyleClass().add("section");
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
