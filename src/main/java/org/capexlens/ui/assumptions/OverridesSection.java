package org.capexlens.ui.assumptions;

import static org.capexlens.ui.assumptions.PanelControls.errorLabel;
import static org.capexlens.ui.assumptions.PanelControls.markValid;
import static org.capexlens.ui.assumptions.PanelControls.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.capexlens.text.Messages;

/**
 * Per-company lives: one field per {@linkplain OverrideListing#listed() listed} company, and the "find a company"
 * filter when there are many. Fields are rebuilt only when the listed companies change, so typing keeps its field.
 */
final class OverridesSection {
    private final OverrideListing listing;
    private final GridPane grid = new GridPane();
    private final Map<String, TextField> fields = new LinkedHashMap<>();

    private OverridesSection(OverrideListing listing) {
        this.listing = listing;
    }

    static Node build(OverrideListing listing) {
        return new OverridesSection(listing).node();
    }

    private Node node() {
        grid.setId("overrideGrid");
        grid.getStyleClass().add("form-grid");
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints field = new ColumnConstraints(112);
        grid.getColumnConstraints().addAll(name, field);
        TextField filter = new TextField();
        filter.setId("overrideFilter");
        filter.setPromptText(Messages.get("ui.assumptions.overrides.filter"));
        filter.setAccessibleText(Messages.get("ui.assumptions.overrides.filter"));
        filter.textProperty().bindBidirectional(listing.filterProperty());
        filter.visibleProperty().bind(listing.filteredProperty());
        filter.managedProperty().bind(filter.visibleProperty());
        Label more = new Label();
        more.setId("overrideMore");
        more.getStyleClass().add("hint");
        more.setWrapText(true);
        more.textProperty().bind(listing.moreProperty());
        more.visibleProperty().bind(listing.filteredProperty());
        more.managedProperty().bind(more.visibleProperty());
        Label error = errorLabel("overrideError");
        error.textProperty().bind(listing.errorProperty());
        listing.listed().addListener((ListChangeListener<OverrideRow>) ch -> fill());
        fill();
        Label hint = new Label(Messages.get("ui.assumptions.overrides.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return section(Messages.get("ui.assumptions.section.overrides"), filter, grid, more, error, hint);
    }

    private void fill() {
        List<OverrideRow> rows = listing.listed();
        List<String> companies = rows.stream().map(OverrideRow::company).toList();
        if (!companies.equals(new ArrayList<>(fields.keySet()))) {
            grid.getChildren().clear();
            fields.clear();
            int row = 0;
            for (String company : companies) {
                TextField f = field(company);
                Label l = new Label(company);
                l.setLabelFor(f);
                grid.addRow(row++, l, f);
                fields.put(company, f);
            }
        }
        for (OverrideRow r : rows) {
            TextField f = fields.get(r.company());
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

    private TextField field(String company) {
        TextField f = new TextField();
        f.setId("override-" + PanelControls.idPart(company));
        f.setPromptText(Messages.get("ui.dash.figure.unknown"));
        f.setAccessibleText(Messages.get("ui.assumptions.overrides.fieldFor", company));
        f.setTooltip(new Tooltip(Messages.get("ui.assumptions.overrides.tip", company)));
        f.setOnAction(e -> markValid(f, listing.commit(company, f.getText())));
        f.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                markValid(f, listing.commit(company, f.getText()));
            }
        });
        return f;
    }
}
