package org.capexlens.ui.shell;

import java.io.File;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.Tables;

/**
 * The main window's frame, bound to a {@link ShellViewModel}: menu bar, dataset header, a left panel (a placeholder
 * until the assumptions panel is set), tabs in the centre (the frame's own is Data; the dashboard adds its tabs
 * before it) and a status bar. It holds no state of its
 * own beyond the controls: every value comes from the view model, every action goes to it. Its menu items, file
 * choosers and error dialog belong to the commands ({@link ShellCommands} and the dashboard's action table).
 */
public final class ShellView {
    private final ShellViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final TabPane dataTabs = new TabPane();
    private final MenuBar menuBar = new MenuBar();
    private final Menu fileMenu = new Menu(Messages.get("ui.shell.menu.file"));
    private final HBox statusBar = new HBox(8);

    /**
     * @param vm  the state to show, not {@code null}.
     */
    /** The width of the left (assumptions) panel and of its placeholder, px. */
    public static final double ASSUMPTIONS_WIDTH = 336;

    public ShellView(ShellViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        root.getStyleClass().add("shell");
        root.getStylesheets().add(Objects.requireNonNull(ShellView.class.getResource("shell.css")).toExternalForm());
        root.setTop(new VBox(buildMenuBar(), header()));
        root.setLeft(assumptionsPlaceholder());
        tabs.getTabs().add(dataTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        root.setBottom(statusBar());
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dragDropped);
    }

    /** The node to put in a scene. */
    public Parent root() {
        return root;
    }

    /** The centre tabs, so that later screens can add theirs. */
    public TabPane tabs() {
        return tabs;
    }

    /** The Data tab's own tabs (the dataset summary first), so that the dashboard can add one per sheet. */
    public TabPane dataTabs() {
        return dataTabs;
    }

    /** The menu bar, so that later screens can add their menus. */
    public MenuBar menuBar() {
        return menuBar;
    }

    /** The File menu, empty: its items (Open… first, Quit last) come from the dashboard's action table. */
    public Menu fileMenu() {
        return fileMenu;
    }

    /** Replaces the left panel (the assumptions). */
    public void setLeft(Node panel) {
        root.setLeft(panel);
    }

    /** Adds a node at the right end of the status bar. */
    public void addToStatusBar(Node node) {
        statusBar.getChildren().add(statusBar.getChildren().size() - 1, node);
    }

    /** The window the view is shown in, or {@code null} before it is. */
    public Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ---- regions -----------------------------------------------------------------------------------------------

    private MenuBar buildMenuBar() {
        menuBar.getMenus().add(fileMenu);
        return menuBar;
    }

    private Node header() {
        Label file = new Label();
        file.setId("fileLabel");
        file.getStyleClass().add("shell-file");
        file.textProperty().bind(vm.fileNameProperty());
        Label summary = new Label();
        summary.setId("summaryLabel");
        summary.getStyleClass().add("shell-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.summaryProperty());
        summary.setTooltip(tip);
        VBox header = new VBox(file, summary);
        header.getStyleClass().add("shell-header");
        return header;
    }

    private Node assumptionsPlaceholder() {
        Label title = new Label(Messages.get("ui.shell.assumptions.title"));
        title.getStyleClass().add("assumptions-title");
        Label note = new Label(Messages.get("ui.shell.assumptions.placeholder"));
        note.getStyleClass().add("placeholder-note");
        note.setWrapText(true);
        VBox panel = new VBox(title, note);
        panel.setId("assumptionsPanel");
        panel.getStyleClass().add("assumptions-panel");
        // The width of the real panel, which replaces this one a moment after the first chart: nothing moves then.
        panel.setPrefWidth(ASSUMPTIONS_WIDTH);
        panel.setMinWidth(ASSUMPTIONS_WIDTH);
        panel.setMaxWidth(ASSUMPTIONS_WIDTH);
        return panel;
    }

    /**
     * The Data tab. Its summary (rows per sheet, validation messages) is built the first time the tab is shown:
     * two tables styled and laid out behind the dashboard's tabs would only slow the window's first appearance.
     */
    private Tab dataTab() {
        Tab summary = new Tab(Messages.get("ui.shell.data.summary"));
        summary.setClosable(false);
        dataTabs.getTabs().add(summary);
        dataTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        dataTabs.setId("dataTabs");
        Tab tab = new Tab(Messages.get("ui.shell.tab.data"), dataTabs);
        tab.setId("dataTab");
        tab.setClosable(false);
        tab.selectedProperty().addListener((obs, was, is) -> {
            if (is && summary.getContent() == null) {
                summary.setContent(dataSummary());
            }
        });
        return tab;
    }

    private Node dataSummary() {
        String sheetHeader = Messages.get("ui.shell.table.sheet");
        TableView<SheetRow> sheets = new TableView<>();
        sheets.setItems(Tables.sortable(vm.sheetRows(), sheets));
        sheets.setId("sheetTable");
        sheets.getColumns().add(Tables.column(sheetHeader, SheetRow::sheet, 140, false));
        sheets.getColumns().add(Tables.column(Messages.get("ui.shell.table.rows"), SheetRow::rows, 70, true));
        sheets.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sheets.setPlaceholder(new Label(Messages.get("ui.shell.table.sheets.empty")));

        TableView<MessageRow> messages = new TableView<>();
        messages.setItems(Tables.sortable(vm.messages(), messages));
        messages.setId("messageTable");
        messages.getColumns().add(Tables.column(Messages.get("ui.shell.table.severity"), MessageRow::severity, 90,
                false));
        messages.getColumns().add(Tables.column(sheetHeader, MessageRow::sheet, 105, false));
        messages.getColumns().add(Tables.column(Messages.get("ui.shell.table.row"), MessageRow::row, 60, true));
        messages.getColumns().add(Tables.column(Messages.get("ui.shell.table.column"), MessageRow::column, 130,
                false));
        TableColumn<MessageRow, String> text = Tables.column(Messages.get("ui.shell.table.message"),
                MessageRow::message, 500, false);
        text.setCellFactory(c -> new TableCell<>() {
            // Messages are often longer than the column: the tooltip shows the whole text.
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        messages.getColumns().add(text);
        messages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(vm.resultProperty().isNull())
                .then(Messages.get("ui.shell.table.sheets.empty"))
                .otherwise(Messages.get("ui.shell.table.messages.empty")));
        messages.setPlaceholder(empty);

        SplitPane split = new SplitPane(Tables.titled(Messages.get("ui.shell.data.sheets"), sheets),
                Tables.titled(Messages.get("ui.shell.data.messages"), messages));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        split.setId("dataSummary");
        return split;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("busyIndicator");
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        statusBar.getChildren().addAll(status, spacer, progress);
        statusBar.getStyleClass().add("status-bar");
        return statusBar;
    }

    // ---- drag and drop -------------------------------------------------------------------------------------

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (!files.isEmpty()) {
            // One dataset at a time: a second dropped file is ignored rather than guessed at.
            vm.open(files.get(0).toPath());
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }

}
