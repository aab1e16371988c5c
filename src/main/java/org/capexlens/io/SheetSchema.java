package org.capexlens.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.capexlens.domain.SheetNames;

/**
 * The columns of every sheet of DESIGN §2 with the aliases accepted for them. Matching goes through
 * {@link HeaderNames#normalize(String)}, so aliases are listed in normalised form.
 */
public final class SheetSchema {

    /**
     * A column of a sheet.
     *
     * @param name      canonical name as written in our files (e.g. {@code capex_usd_b}).
     * @param required  whether a sheet without this column is refused.
     * @param aliases   other accepted header keys, normalised.
     */
    public record Column(String name, boolean required, List<String> aliases) {
        public Column {
            aliases = List.copyOf(aliases);
        }

        boolean matches(String normalizedHeader) {
            return HeaderNames.normalize(name).equals(normalizedHeader) || aliases.contains(normalizedHeader);
        }
    }

    /**
     * A sheet: its name, accepted aliases and columns.
     *
     * @param name     canonical sheet name.
     * @param aliases  other accepted sheet names, normalised.
     * @param columns  the columns in file order.
     */
    public record Sheet(String name, List<String> aliases, List<Column> columns) {
        public Sheet {
            aliases = List.copyOf(aliases);
            columns = List.copyOf(columns);
        }

        /** The column a header matches, if any: by its name or an alias, then with a unit at its end dropped. */
        public Optional<Column> column(String header) {
            String key = HeaderNames.normalize(header);
            Optional<Column> found = columns.stream().filter(c -> c.matches(key)).findFirst();
            String bare = found.isPresent() ? null : HeaderNames.withoutUnit(key);
            return bare == null ? found : columns.stream().filter(c -> c.matches(bare)).findFirst();
        }

        /** Canonical names of the required columns. */
        public List<String> requiredColumns() {
            return columns.stream().filter(Column::required).map(Column::name).toList();
        }
    }

    private static final Map<String, Sheet> SHEETS = new LinkedHashMap<>();

    static {
        add(new Sheet(SheetNames.COMPANIES, List.of("company", "companylist"), List.of(
                req("company", "id", "companyid", "ticker", "vendor", "entity"),
                opt("name", "companyname", "displayname"),
                req("fiscal_year_end_month", "fiscalyearend", "fyendmonth", "fyend", "yearendmonth"),
                req("role", "type", "category"),
                // Issue 16: the SEC key that matches a company to its EDGAR company-facts file.
                opt("cik", "centralindexkey", "seccik", "ciknumber"),
                // Issue 14: the company's own share of capex that is short-lived compute, where it is known.
                opt("short_lived_share", "shortlivedshare", "shortlivedsharefraction"),
                opt("short_lived_share_source", "shortlivedsharesource"),
                opt("short_lived_share_note", "shortlivedsharenote"),
                // Issue 10: equipment other than servers with a fixed life of its own (Amazon's heavy and
                // fulfilment equipment), split off the company's short-lived share; source and note as above.
                opt("equipment_share", "equipmentshare", "otherequipmentshare"),
                opt("equipment_life_years", "equipmentlife", "equipmentlifeyears", "otherequipmentlifeyears"))));
        add(new Sheet(SheetNames.CAPEX, List.of("capitalexpenditure", "capitalexpenditures"), List.of(
                req("company", "companyid", "ticker"),
                req("fiscal_year", "fy", "year", "fiscalperiod"),
                req("capex_usd_b", "capex", "capexusd", "capitalexpenditure", "capitalexpenditures",
                        "purchasesofpropertyandequipment", "additionstopropertyandequipment",
                        "paymentsforpropertyplantandequipment"),
                opt("status"),
                opt("source", "sourceid"),
                opt("note", "notes", "comment"),
                // Issue 16: what the figure counts, so that a series mixing two definitions is found.
                opt("definition", "capexdefinition", "capexbasis"),
                // Issue 14: P&E acquired under finance leases, which cash capex leaves out; added to the fleet.
                opt("finance_lease_usd_b", "financelease", "financeleases", "financeleaseadditions",
                        "propertyandequipmentacquiredunderfinanceleases"),
                opt("finance_lease_source"))));
        add(new Sheet(SheetNames.FINANCIALS, List.of("financial", "incomestatement"), List.of(
                req("company", "companyid", "ticker"),
                req("fiscal_year", "fy", "year"),
                opt("revenue_usd_b", "revenue", "revenues", "totalrevenue", "sales", "netsales", "totalrevenues"),
                opt("operating_income_usd_b", "operatingincome", "ebit", "operatingprofit", "incomefromoperations"),
                opt("net_income_usd_b", "netincome", "netprofit", "netearnings"),
                opt("d_and_a_usd_b", "danda", "da", "depreciationandamortization", "depreciationandamortisation",
                        "depreciation", "depreciationamortization", "depreciationamortisation"),
                opt("tax_rate", "taxrate", "effectivetaxrate"),
                opt("status"),
                opt("source", "sourceid"),
                opt("revenue_source"),
                opt("operating_income_source"),
                opt("net_income_source"),
                opt("d_and_a_source"),
                opt("tax_rate_source"),
                // Issue 14: the P&E depreciation the calibration compares with, where D&A holds more.
                opt("depreciation_pe_usd_b", "depreciationpe", "depreciationofpropertyandequipment",
                        "ppedepreciation"),
                opt("depreciation_pe_source"))));
        add(new Sheet(SheetNames.USEFUL_LIVES, List.of("usefullife", "lives", "depreciationpolicy"), List.of(
                req("company", "companyid", "ticker"),
                opt("asset_class", "assetclass", "asset", "class"),
                req("effective_from", "effectivefrom", "effective", "from", "effectivedate", "date"),
                req("life_years", "life", "lifeyears", "usefullife", "usefullifeyears", "years"),
                opt("disclosed_effect_usd_b", "disclosedeffect", "effect", "statedeffect"),
                opt("effect_metric", "effectmetric", "metric"),
                opt("effect_period", "effectperiod"),
                opt("source", "sourceid"),
                opt("fleet_share", "fleetshare", "shareoffleet"),
                opt("effect_basis", "effectbasis", "basis"))));
        add(new Sheet(SheetNames.CHIP_REVENUE, List.of("chiprevenues", "chips", "vendorrevenue"), List.of(
                req("vendor", "company", "companyid"),
                req("fiscal_year", "fy", "year"),
                opt("data_center_revenue_usd_b", "datacenterrevenue", "dcrevenue", "datacenter"),
                opt("total_revenue_usd_b", "totalrevenue", "revenue"),
                opt("status"),
                opt("source", "sourceid"))));
        add(new Sheet(SheetNames.AI_REVENUE, List.of("airevenues", "applicationrevenue", "apprevenue"), List.of(
                req("entity", "company", "name"),
                opt("period_end", "periodend", "date", "asof", "period"),
                req("revenue_usd_b", "revenue", "airevenue", "value"),
                req("basis", "revenuebasis"),
                opt("status"),
                opt("source", "sourceid"),
                opt("note", "notes", "comment"))));
        add(new Sheet(SheetNames.SOURCES, List.of("source", "references", "citations"), List.of(
                req("source", "id", "sourceid"),
                req("title", "name"),
                opt("url", "link", "address"),
                opt("published", "publisheddate", "date"),
                opt("accessed", "accesseddate", "retrieved"),
                opt("type", "sourcetype"))));
        // Issue 10: published claims the model checks.
        add(new Sheet(SheetNames.CLAIMS, List.of("claim", "claimsledger", "ledger"), List.of(
                req("claim", "id", "claimid"),
                req("who", "claimant", "entity", "by"),
                opt("when", "date", "made", "madeon"),
                req("what", "claimtext", "description", "statement"),
                opt("figure", "value", "claimfigure"),
                opt("unit", "units"),
                opt("figure_low", "low", "valuelow", "figurelow"),
                opt("figure_high", "high", "valuehigh", "figurehigh"),
                opt("scope", "covers"),
                opt("period", "periodcovered"),
                opt("assumptions", "assumption", "under"),
                opt("metric", "metrickey", "modelmetric", "computes"),
                opt("source", "sourceid"))));
        // Issue 11: GPU rental price points for the economic life.
        add(new Sheet(SheetNames.GPU_PRICES, List.of("gpuprice", "gpurentalprices", "rentalprices", "gpurental"),
                List.of(
                req("date", "asof", "observed", "pricedate"),
                req("gpu_model", "gpu", "model", "chip"),
                req("usd_per_hour", "price", "usdperhour", "priceperhour", "usdhour", "rate"),
                req("contract_type", "contract", "pricetype", "type", "term"),
                opt("source", "sourceid"),
                opt("note", "notes", "comment"))));
    }

    private SheetSchema() {
    }

    /**
     * The header of {@code found} closest to {@code column} (by edit distance of the normalised spellings, against
     * the column's name and every alias), among the headers no other column took; {@code null} when there are none.
     */
    public static String closestHeader(Column column, List<String> found, java.util.Set<String> taken) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String h : found) {
            if (taken.contains(h)) {
                continue;
            }
            String key = HeaderNames.normalize(h);
            int d = distance(key, HeaderNames.normalize(column.name()));
            for (String alias : column.aliases()) {
                d = Math.min(d, distance(key, alias));
            }
            if (d < bestDistance) {
                best = h;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static void add(Sheet sheet) {
        SHEETS.put(sheet.name(), sheet);
    }

    private static Column req(String name, String... aliases) {
        return new Column(name, true, List.of(aliases));
    }

    private static Column opt(String name, String... aliases) {
        return new Column(name, false, List.of(aliases));
    }

    /** Every sheet, in the order of DESIGN §2. */
    public static List<Sheet> sheets() {
        return new ArrayList<>(SHEETS.values());
    }

    /** The sheet with this canonical name. */
    public static Sheet sheet(String canonicalName) {
        Sheet s = SHEETS.get(canonicalName);
        if (s == null) {
            throw new IllegalArgumentException("no sheet named " + canonicalName);
        }
        return s;
    }

    /** The sheet a name in a file stands for (case, spaces and underscores ignored), if any. */
    public static Optional<Sheet> forSheetName(String sheetName) {
        String key = HeaderNames.normalize(sheetName);
        for (Sheet s : SHEETS.values()) {
            if (HeaderNames.normalize(s.name()).equals(key) || s.aliases().contains(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The sheet a header row stands for, for a single CSV file whose name says nothing: the sheet all of whose
     * required columns the header has, preferring the one that matches most of the header's columns.
     */
    public static Optional<Sheet> forHeader(List<String> headers) {
        Sheet best = null;
        int bestMatched = -1;
        for (Sheet s : SHEETS.values()) {
            boolean allRequired = s.columns().stream().filter(Column::required)
                    .allMatch(c -> headers.stream().anyMatch(h -> c.matches(HeaderNames.normalize(h))));
            if (!allRequired) {
                continue;
            }
            int matched = (int) headers.stream().filter(h -> s.column(h).isPresent()).count();
            if (matched > bestMatched) {
                best = s;
                bestMatched = matched;
            }
        }
        return Optional.ofNullable(best);
    }
}
