package org.capexlens.io;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Claim;
import org.capexlens.domain.GpuPrice;
import org.capexlens.domain.Company;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.text.Messages;

/**
 * One builder per data sheet: reads a row's cells through its {@link RowReader}, with the rules of that sheet
 * (plausible money, a tax rate as a fraction, a life in years, a run rate needs a date …), and returns the domain
 * record, or {@code null} when the row is rejected (the reader then holds the messages saying why).
 */
final class RowBuilders {
    /** Above this, a money figure in USD billions is taken for a unit mistake (dollars or millions). */
    static final double MAX_PLAUSIBLE_USD_B = 10_000;
    /** Above this, a useful life is taken for a typo. */
    static final double MAX_PLAUSIBLE_LIFE_YEARS = 50;
    /** The figures of a financials row that may name a source of their own, in the order they are checked. */
    static final List<String> FINANCIAL_FIGURES = FinancialsRow.FIGURES;

    /** Status codes as files spell them; a cell spelled exactly so needs no case folding. */
    private static final Map<String, Status> STATUS_CODES = new HashMap<>();
    /** A web address as the sources sheet expects it. */
    private static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://\\S+");

    static {
        for (Status s : Status.values()) {
            STATUS_CODES.put(s.code(), s);
        }
    }

    // What a cell must hold, for messages. Looked up once per load, not once per row: a resource-bundle lookup per
    // row was a tenth of the time of a 200,000-row import.
    private final String expectCompanyId = Messages.get("import.expect.companyId");
    private final String expectMoney = Messages.get("import.expect.money");
    private final String expectTaxRate = Messages.get("import.expect.taxRate");
    private final String expectLife = Messages.get("import.expect.life");
    private final String expectEntity = Messages.get("import.expect.entity");
    private final String expectSourceId = Messages.get("import.expect.sourceId");
    private final String expectTitle = Messages.get("import.expect.title");

    /** {@code revenue_usd_b} -> {@code revenue_source}: the column naming one figure's own source. */
    static String figureSourceColumn(String figure) {
        return figure.replace("_usd_b", "") + "_source";
    }

    Company company(RowReader r) {
        String id = r.requiredText("company", expectCompanyId);
        String name = r.text("name");
        Integer month = month(r, "fiscal_year_end_month");
        Role role = r.choice("role", Role::parse, "hyperscaler, chip_vendor, ai_lab or app", null);
        String cik = cik(r);
        double share = shortLivedShare(r);
        String shareSource = r.text("short_lived_share_source");
        if (!Double.isNaN(share) && shareSource == null) {
            r.error("short_lived_share_source", "required",
                    Messages.get("import.cell.shortLivedShareSource", format(share)));
        }
        double equipment = share(r, "equipment_share", v -> Messages.get("import.cell.equipmentShare", v));
        double equipmentLife = equipmentLife(r);
        if (!Double.isNaN(equipment)) {
            if (Double.isNaN(share) && !r.rejected()) {
                r.error("equipment_share", "equipmentshare", Messages.get("import.cell.equipmentNeedsShare",
                        format(equipment)));
            } else if (!Double.isNaN(share) && share + equipment > 1 + 1e-12) {
                r.error("equipment_share", "equipmentshare", Messages.get("import.cell.equipmentShareSum",
                        format(share), format(equipment)));
            }
        }
        if (Double.isNaN(equipment) != Double.isNaN(equipmentLife) && !r.rejected()) {
            String missing = Double.isNaN(equipment) ? "equipment_share" : "equipment_life_years";
            r.error(missing, "required", Messages.get("import.cell.equipmentPair", missing));
        }
        if (r.rejected()) {
            return null;
        }
        return new Company(id, name == null ? id : name, month, role, cik, share, shareSource,
                r.text("short_lived_share_note"), equipment, equipmentLife);
    }

    CapexRow capex(RowReader r) {
        String company = r.requiredText("company", expectCompanyId);
        Integer year = r.fiscalYear("fiscal_year");
        Double capex = money(r, "capex_usd_b", true, false);
        Double financeLeases = money(r, "finance_lease_usd_b", false, false);
        Status status = status(r);
        if (r.rejected()) {
            return null;
        }
        return new CapexRow(company, year, capex, status, r.text("source"), r.text("note"), r.text("definition"),
                financeLeases, r.text("finance_lease_source"));
    }

    FinancialsRow financials(RowReader r) {
        String company = r.requiredText("company", expectCompanyId);
        Integer year = r.fiscalYear("fiscal_year");
        Double revenue = money(r, "revenue_usd_b", false, false);
        Double oi = money(r, "operating_income_usd_b", false, true);
        Double ni = money(r, "net_income_usd_b", false, true);
        Double da = money(r, "d_and_a_usd_b", false, false);
        Double tax = taxRate(r);
        Double dpe = money(r, FinancialsRow.DEPRECIATION_PE, false, false);
        Status status = status(r);
        if (r.rejected()) {
            return null;
        }
        if (revenue == null && oi == null && ni == null && da == null && tax == null && dpe == null) {
            r.warning("", "nofigures", Messages.get("import.row.noFigures"));
            return null;
        }
        Map<String, String> figureSources = new HashMap<>();
        for (String figure : FINANCIAL_FIGURES) {
            String own = r.text(figureSourceColumn(figure));
            if (own != null) {
                figureSources.put(figure, own);
            }
        }
        return new FinancialsRow(company, year, revenue, oi, ni, da, tax, status, r.text("source"), figureSources,
                dpe);
    }

    UsefulLifeChange usefulLife(RowReader r) {
        String company = r.requiredText("company", expectCompanyId);
        String assetClass = r.text("asset_class");
        LocalDate from = r.date("effective_from", true);
        Double life = r.number("life_years", expectLife, true);
        if (life != null && (life <= 0 || life > MAX_PLAUSIBLE_LIFE_YEARS)) {
            r.error("life_years", "life", Messages.get("import.cell.life", RowReader.quote(format(life))));
        }
        Double effect = money(r, "disclosed_effect_usd_b", false, true);
        double share = fleetShare(r);
        String basis = r.choice("effect_basis", RowBuilders::parseEffectBasis, "expected or actual", "");
        if (r.rejected()) {
            return null;
        }
        return new UsefulLifeChange(company, assetClass == null ? "servers" : assetClass, from, life, effect,
                r.text("effect_metric"), r.text("effect_period"), r.text("source"), share, basis);
    }

    ChipRevenueRow chipRevenue(RowReader r) {
        String vendor = r.requiredText("vendor", expectCompanyId);
        Integer year = r.fiscalYear("fiscal_year");
        Double dc = money(r, "data_center_revenue_usd_b", false, false);
        Double total = money(r, "total_revenue_usd_b", false, false);
        Status status = status(r);
        if (r.rejected()) {
            return null;
        }
        if (dc == null && total == null) {
            r.warning("", "nofigures", Messages.get("import.row.noFigures"));
            return null;
        }
        return new ChipRevenueRow(vendor, year, dc, total, status, r.text("source"));
    }

    AiRevenueRow aiRevenue(RowReader r) {
        String entity = r.requiredText("entity", expectEntity);
        RevenueBasis basis = r.choice("basis", RevenueBasis::parse, "recognized or run_rate", null);
        LocalDate end;
        if (r.cell("period_end").isBlank() && basis == RevenueBasis.RUN_RATE) {
            r.error("period_end", "runrate", Messages.get("import.cell.runRateNoDate"));
            end = null;
        } else {
            end = r.date("period_end", true);
        }
        Double revenue = money(r, "revenue_usd_b", true, false);
        Status status = status(r);
        if (r.rejected()) {
            return null;
        }
        return new AiRevenueRow(entity, end, revenue, basis, status, r.text("source"), r.text("note"));
    }

    Source source(RowReader r) {
        String id = r.requiredText("source", expectSourceId);
        String title = r.requiredText("title", expectTitle);
        String url = r.text("url");
        if (url != null && !URL.matcher(url).matches()) {
            r.warning("url", "url", Messages.get("import.cell.url", RowReader.quote(url)));
        }
        LocalDate published = r.date("published", false);
        LocalDate accessed = r.date("accessed", false);
        if (r.rejected()) {
            return null;
        }
        return new Source(id, title, url, published, accessed, r.text("type"));
    }

    // ---- claims (issue 10) ---------------------------------------------------------------------------------------

    Claim claim(RowReader r) {
        String id = r.requiredText("claim", Messages.get("import.expect.claimId"));
        String who = r.requiredText("who", Messages.get("import.expect.who"));
        String what = r.requiredText("what", Messages.get("import.expect.what"));
        String unit = r.choice("unit", t -> choose(Claim.UNITS, t), String.join(", ", Claim.UNITS), "");
        String metric = r.choice("metric", t -> choose(Claim.METRICS, t), String.join(", ", Claim.METRICS), "");
        String expectFigure = Messages.get("import.expect.claimFigure");
        Double figure = r.number("figure", expectFigure, false);
        Double low = r.number("figure_low", expectFigure, false);
        Double high = r.number("figure_high", expectFigure, false);
        if (low != null && high != null && low > high) {
            r.error("figure_high", "range", Messages.get("import.cell.claimRange", RowReader.quote(format(low)),
                    RowReader.quote(format(high))));
        }
        if (r.rejected()) {
            return null;
        }
        return new Claim(id, who, r.text("when"), what, figure, unit, low, high, r.text("scope"), r.text("period"),
                r.text("assumptions"), metric, r.text("source"));
    }

    // ---- gpu_prices (issue 11) ----------------------------------------------------------------------------------

    GpuPrice gpuPrice(RowReader r) {
        LocalDate date = r.date("date", true);
        String model = r.requiredText("gpu_model", Messages.get("import.expect.gpuModel"));
        Double price = r.number("usd_per_hour", Messages.get("import.expect.gpuPrice"), true);
        if (price != null && !(price > 0)) {
            r.error("usd_per_hour", "range", Messages.get("import.cell.gpuPricePositive", format(price)));
        }
        String contract = r.requiredText("contract_type", Messages.get("import.expect.contractType"));
        if (r.rejected() || date == null || price == null) {
            return null;
        }
        return new GpuPrice(date, model, price, contract.trim().toLowerCase(Locale.ROOT).replace(' ', '_')
                .replace('-', '_'), r.text("source"), r.text("note"));
    }

    /** The code of {@code codes} that {@code text} spells, case and separators ignored. */
    private static Optional<String> choose(List<String> codes, String text) {
        String key = HeaderNames.normalize(text);
        return codes.stream().filter(c -> HeaderNames.normalize(c).equals(key)).findFirst();
    }

    // ---- cells with a meaning of their own ---------------------------------------------------------------------

    /** A month 1-12, as a number or an English month name (full or three letters). */
    private static Integer month(RowReader r, String column) {
        RawCell c = r.cell(column);
        if (c.kind() == RawCell.Kind.NUMBER && c.number() == Math.rint(c.number()) && c.number() >= 1
                && c.number() <= 12) {
            return (int) c.number();
        }
        String t = r.text(column);
        if (t != null) {
            if (t.length() <= 2 && RowReader.allDigits(t) && Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= 12) {
                return Integer.parseInt(t);
            }
            for (Month m : Month.values()) {
                String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                if (t.equalsIgnoreCase(full) || t.equalsIgnoreCase(full.substring(0, 3))) {
                    return m.getValue();
                }
            }
        }
        r.error(column, "month", Messages.get("import.cell.notMonth", RowReader.quote(c.text())));
        return null;
    }

    private static Status status(RowReader r) {
        return r.choice("status", RowBuilders::parseStatus, "reported, guidance, estimate or scenario",
                Status.REPORTED);
    }

    /** {@link Status#parse}, without case folding for a cell spelled as files spell it. */
    private static Optional<Status> parseStatus(String text) {
        Status exact = STATUS_CODES.get(text);
        return exact != null ? Optional.of(exact) : Status.parse(text);
    }

    /** USD billions: refused when negative (unless allowed) or beyond {@link #MAX_PLAUSIBLE_USD_B}. */
    private Double money(RowReader r, String column, boolean required, boolean allowNegative) {
        Double v = r.number(column, expectMoney, required, MAX_PLAUSIBLE_USD_B);
        if (v == null) {
            return null;
        }
        if (!allowNegative && v < 0) {
            r.error(column, "negative", Messages.get("import.cell.negative", column, RowReader.quote(format(v))));
            return null;
        }
        if (Math.abs(v) > MAX_PLAUSIBLE_USD_B) {
            r.error(column, "absurd", Messages.get("import.cell.implausible", RowReader.quote(format(v))));
            return null;
        }
        return v;
    }

    /**
     * The share of the fleet a life change applies to: {@code 0.5}, {@code 50%} or {@code 50} (above 1 = percent);
     * empty = 1, the whole class. Outside {@code (0, 1]} is a located error.
     */
    private double fleetShare(RowReader r) {
        RawCell c = r.cell("fleet_share");
        boolean percentSign = c.kind() == RawCell.Kind.TEXT && c.text().trim().endsWith("%");
        Double v = r.number("fleet_share", Messages.get("import.expect.fleetShare"), false);
        if (v == null) {
            return 1.0;
        }
        double share = percentSign || v > 1 ? v / 100 : v;
        if (!(share > 0 && share <= 1)) {
            r.error("fleet_share", "fleetshare", Messages.get("import.cell.fleetShare", RowReader.quote(c.text())));
            return 1.0;
        }
        return share;
    }

    private static Optional<String> parseEffectBasis(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("expected") || t.equals("forecast") || t.equals("guidance")) {
            return Optional.of(UsefulLifeChange.EXPECTED);
        }
        if (t.equals("actual") || t.equals("reported")) {
            return Optional.of(UsefulLifeChange.ACTUAL);
        }
        return Optional.empty();
    }

    /** A fraction: {@code 21%}, {@code 21} and {@code 0.21} all read as 0.21. */
    private Double taxRate(RowReader r) {
        RawCell c = r.cell("tax_rate");
        boolean percentSign = c.kind() == RawCell.Kind.TEXT && c.text().trim().endsWith("%");
        Double v = r.number("tax_rate", expectTaxRate, false);
        if (v == null) {
            return null;
        }
        double fraction = percentSign || Math.abs(v) > 1 ? v / 100 : v;
        if (fraction < -1 || fraction > 1) {
            r.error("tax_rate", "taxrate", Messages.get("import.cell.taxRate", RowReader.quote(c.text())));
            return null;
        }
        return fraction;
    }

    /** A number as a message quotes it: whole numbers without {@code .0}. */
    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    // ---- issue 16: the SEC key of a company --------------------------------------------------------------------

    /** A CIK: up to ten digits, leading zeros or not ({@code 0000789019}, {@code 789019}); empty = none. */
    private static String cik(RowReader r) {
        RawCell c = r.cell("cik");
        if (c.kind() == RawCell.Kind.NUMBER && c.number() == Math.rint(c.number()) && c.number() >= 0
                && c.number() < 1e10) {
            return Long.toString((long) c.number());
        }
        String t = r.text("cik");
        if (t == null) {
            return "";
        }
        String digits = t.toUpperCase(Locale.ROOT).startsWith("CIK") ? t.substring(3).trim() : t;
        try {
            return Company.normalizeCik(digits);
        } catch (IllegalArgumentException e) {
            r.error("cik", "cik", Messages.get("import.cell.cik", RowReader.quote(t)));
            return "";
        }
    }

    // ---- issue 14: a company's own short-lived share ----------------------------------------------------------

    /**
     * The share of capex that is short-lived compute: a number in 0..1 ({@code 0.44}) or a percentage
     * ({@code 44%}); empty = none ({@code NaN}). Text, a negative number or one above 1 is a located error: a bare
     * {@code 44} is refused rather than read as a percentage, since a share typed in the wrong unit would move every
     * figure of the company.
     */
    private static double shortLivedShare(RowReader r) {
        return share(r, "short_lived_share", v -> Messages.get("import.cell.shortLivedShare", v));
    }

    /** A share column read as {@link #shortLivedShare} reads {@code short_lived_share}; {@code NaN} when empty. */
    private static double share(RowReader r, String column, java.util.function.UnaryOperator<String> message) {
        RawCell c = r.cell(column);
        boolean percentSign = c.kind() == RawCell.Kind.TEXT && c.text().trim().endsWith("%");
        Double v = r.number(column, Messages.get("import.expect.shortLivedShare"), false);
        if (v == null) {
            return Double.NaN;
        }
        double share = percentSign ? v / 100 : v;
        if (!(share >= 0 && share <= 1)) {
            r.error(column, column.replace("_", ""), message.apply(
                    RowReader.quote(c.kind() == RawCell.Kind.NUMBER ? format(c.number()) : c.text())));
            return Double.NaN;
        }
        return share;
    }

    /** Issue 10: {@code equipment_life_years}, a life in years {@code > 0}; {@code NaN} when empty. */
    private double equipmentLife(RowReader r) {
        Double life = r.number("equipment_life_years", expectLife, false);
        if (life == null) {
            return Double.NaN;
        }
        if (life <= 0 || life > MAX_PLAUSIBLE_LIFE_YEARS) {
            r.error("equipment_life_years", "life", Messages.get("import.cell.life", RowReader.quote(format(life))));
            return Double.NaN;
        }
        return life;
    }
}
