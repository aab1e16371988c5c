package org.capexlens.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.SheetNames;
import org.capexlens.domain.Source;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.Tables;

/**
 * The Data tab's sheets: every sheet of the loaded dataset in a sortable table, each figure's source a link that
 * opens the source's address. The columns carry the file format's names, so that what the user sees is what they
 * type in their own spreadsheet.
 */
final class DataTables {
    private final DashboardViewModel vm;
    private final Consumer<String> openLink;
    private Dataset shown;
    private Map<String, Source> sources = Map.of();

    private final ObservableList<Company> companies = FXCollections.observableArrayList();
    private final ObservableList<CapexRow> capex = FXCollections.observableArrayList();
    private final ObservableList<FinancialsRow> financials = FXCollections.observableArrayList();
    private final ObservableList<UsefulLifeChange> lives = FXCollections.observableArrayList();
    private final ObservableList<ChipRevenueRow> chips = FXCollections.observableArrayList();
    private final ObservableList<AiRevenueRow> ai = FXCollections.observableArrayList();
    private final ObservableList<Source> sourceRows = FXCollections.observableArrayList();

    DataTables(DashboardViewModel vm, Consumer<String> openLink) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.openLink = Objects.requireNonNull(openLink, "openLink");
        vm.stateProperty().addListener((obs, old, s) -> fill(s.dataset()));
        fill(vm.stateProperty().get().dataset());
    }

    /** Adds one tab per sheet to {@code tabs}. */
    void install(TabPane tabs) {
        tabs.getTabs().add(sheet(SheetNames.COMPANIES, companies, List.of(
                text("company", Company::id), text("name", Company::name),
                number("fiscal_year_end_month", c -> c.fiscalYearEndMonth()),
                text("role", c -> c.role().code()),
                // Issue 14: a company's own short-lived share, where the data gives one.
                money("short_lived_share", c -> c.ownShortLivedShare().isPresent() ? c.shortLivedShare() : null),
                source("short_lived_share_source", Company::shortLivedShareSource),
                text("short_lived_share_note", Company::shortLivedShareNote),
                // Issue 10: equipment other than servers with a life of its own, where the data gives it.
                money("equipment_share", c -> c.ownEquipmentShare().isPresent() ? c.equipmentShare() : null),
                money("equipment_life_years", c -> c.ownEquipmentShare().isPresent()
                        ? c.equipmentLifeYears() : null))));
        tabs.getTabs().add(sheet(SheetNames.CAPEX, capex, List.of(
                text("company", CapexRow::company), number("fiscal_year", CapexRow::fiscalYear),
                money("capex_usd_b", CapexRow::capexUsdB), text("status", r -> r.status().code()),
                source(CapexRow::source), text("note", CapexRow::note))));
        tabs.getTabs().add(sheet(SheetNames.FINANCIALS, financials, List.of(
                text("company", FinancialsRow::company), number("fiscal_year", FinancialsRow::fiscalYear),
                money("revenue_usd_b", FinancialsRow::revenueUsdB),
                money("operating_income_usd_b", FinancialsRow::operatingIncomeUsdB),
                money("net_income_usd_b", FinancialsRow::netIncomeUsdB),
                money("d_and_a_usd_b", FinancialsRow::dAndAUsdB), money("tax_rate", FinancialsRow::taxRate),
                text("status", r -> r.status().code()), source(FinancialsRow::source))));
        tabs.getTabs().add(sheet(SheetNames.USEFUL_LIVES, lives, List.of(
                text("company", UsefulLifeChange::company), text("asset_class", UsefulLifeChange::assetClass),
                date("effective_from", UsefulLifeChange::effectiveFrom),
                money("life_years", UsefulLifeChange::lifeYears),
                money("disclosed_effect_usd_b", UsefulLifeChange::disclosedEffectUsdB),
                text("effect_metric", UsefulLifeChange::effectMetric),
                text("effect_period", UsefulLifeChange::effectPeriod), source(UsefulLifeChange::source))));
        tabs.getTabs().add(sheet(SheetNames.CHIP_REVENUE, chips, List.of(
                text("vendor", ChipRevenueRow::vendor), number("fiscal_year", ChipRevenueRow::fiscalYear),
                money("data_center_revenue_usd_b", ChipRevenueRow::dataCenterRevenueUsdB),
                money("total_revenue_usd_b", ChipRevenueRow::totalRevenueUsdB),
                text("status", r -> r.status().code()), source(ChipRevenueRow::source))));
        tabs.getTabs().add(sheet(SheetNames.AI_REVENUE, ai, List.of(
                text("entity", AiRevenueRow::entity), date("period_end", AiRevenueRow::periodEnd),
                money("revenue_usd_b", AiRevenueRow::revenueUsdB), text("basis", r -> r.basis().code()),
                text("status", r -> r.status().code()), source(AiRevenueRow::source),
                text("note", AiRevenueRow::note))));
        tabs.getTabs().add(sheet(SheetNames.SOURCES, sourceRows, List.of(
                text("source", Source::id), text("title", Source::title), url(),
                date("published", Source::published), date("accessed", Source::accessed),
                text("type", Source::type))));
    }

    private void fill(Dataset d) {
        if (d == shown) {
            return;
        }
        shown = d;
        Dataset data = d == null ? Dataset.empty() : d;
        sources = data.sourcesById();
        companies.setAll(data.companies());
        capex.setAll(data.capex());
        financials.setAll(data.financials());
        lives.setAll(data.usefulLives());
        chips.setAll(data.chipRevenue());
        ai.setAll(data.aiRevenue());
        sourceRows.setAll(data.sources());
    }

    /** A sheet's tab; its table is built when the tab is first shown (most users never open most sheets). */
    private <S> Tab sheet(String name, ObservableList<S> rows, List<TableColumn<S, ?>> columns) {
        Tab tab = new Tab(name);
        tab.setId("sheetTab-" + name);
        tab.setClosable(false);
        tab.selectedProperty().addListener((obs, was, is) -> {
            if (is && tab.getContent() == null) {
                TableView<S> table = new TableView<>();
                table.setId("sheet-" + name);
                table.getStyleClass().add("sheet-table");
                table.setItems(Tables.sortable(rows, table));
                table.getColumns().setAll(columns);
                table.setPlaceholder(new Label(Messages.get("ui.dash.data.emptySheet", name)));
                table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
                tab.setContent(table);
            }
        });
        return tab;
    }

    private static String header(String column) {
        String key = "ui.data.column." + column;
        return Messages.get(key);
    }

    private static <S> TableColumn<S, ?> text(String column, Function<S, String> value) {
        boolean wide = column.endsWith("note") || column.equals("title");
        TableColumn<S, String> c = Tables.column(header(column), value, wide ? 320 : 120, false);
        if (wide) {
            // Notes and titles are often longer than the column: the tooltip shows all of it.
            Tables.showFullTextOnHover(c);
        }
        return c;
    }

    private static <S> TableColumn<S, ?> number(String column, Function<S, Integer> value) {
        return Tables.column(header(column), value, 110, true);
    }

    private static <S> TableColumn<S, ?> money(String column, Function<S, Double> value) {
        // As in the file: every digit the user typed, no rounding, so a row can be checked against its source.
        return Tables.numberColumn(header(column), value, v -> v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString(v.longValue()) : Double.toString(v), 130);
    }

    private static <S> TableColumn<S, ?> date(String column, Function<S, LocalDate> value) {
        return Tables.column(header(column), value, 110, false);
    }

    /** The row's source id as a link to the source's address (plain text when it has none). */
    private <S> TableColumn<S, ?> source(Function<S, String> id) {
        return source("source", id);
    }

    /** {@link #source(Function)} under another column name. */
    private <S> TableColumn<S, ?> source(String column, Function<S, String> id) {
        TableColumn<S, String> c = Tables.column(header(column), id, 150, false);
        c.setCellFactory(col -> new LinkCell<>(text -> {
            Source s = sources.get(text);
            return s == null || s.url().isEmpty() ? null : s;
        }));
        return c;
    }

    private TableColumn<Source, ?> url() {
        TableColumn<Source, String> c = Tables.column(header("url"), Source::url, 360, false);
        c.setCellFactory(col -> new LinkCell<>(text -> text.isEmpty() ? null
                : sources.values().stream().filter(s -> s.url().equals(text)).findFirst().orElse(null)));
        return c;
    }

    /** A cell showing its text as a link to a source's address, with the source's title as tooltip. */
    private final class LinkCell<S> extends TableCell<S, String> {
        private final Function<String, Source> target;
        private final Hyperlink link = new Hyperlink();

        LinkCell(Function<String, Source> target) {
            this.target = target;
            link.getStyleClass().add("source-link");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Source s = empty || item == null || item.isEmpty() ? null : target.apply(item);
            if (s == null) {
                setGraphic(null);
                setText(empty ? null : item);
                setTooltip(null);
                return;
            }
            link.setText(item);
            link.setVisited(false);
            link.setOnAction(e -> openLink.accept(s.url()));
            setText(null);
            setGraphic(link);
            setTooltip(new Tooltip(Messages.get("ui.dash.data.sourceTip", s.title(), s.url())));
        }
    }
}
