package org.capexlens.io;

import java.util.ArrayList;
import java.util.List;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Claim;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.GpuPrice;
import org.capexlens.domain.SheetNames;
import org.capexlens.domain.Source;
import org.capexlens.domain.UsefulLifeChange;

/**
 * A dataset's sheets as rows of typed cells under the canonical headers of {@link SheetSchema}, for the writers
 * (the {@code sec-import} workbook): {@link String}, {@link Integer}, {@link Double}, {@link java.time.LocalDate}
 * or {@code null} for an empty cell.
 */
public final class DatasetRows {
    private DatasetRows() {
    }

    /** The data sheets a written dataset has: DESIGN §2's, then claims and GPU prices when there are any. */
    public static List<String> sheets(Dataset d) {
        List<String> names = new ArrayList<>(SheetNames.ALL);
        if (!d.claims().isEmpty()) {
            names.add(SheetNames.CLAIMS);
        }
        if (!d.gpuPrices().isEmpty()) {
            names.add(SheetNames.GPU_PRICES);
        }
        return names;
    }

    /** The canonical header of a sheet. */
    public static List<String> header(String sheet) {
        return SheetSchema.sheet(sheet).columns().stream().map(SheetSchema.Column::name).toList();
    }

    /** The rows of a sheet, cells in header order. */
    public static List<List<Object>> rows(Dataset d, String sheet) {
        List<?> records = switch (sheet) {
            case SheetNames.COMPANIES -> d.companies();
            case SheetNames.CAPEX -> d.capex();
            case SheetNames.FINANCIALS -> d.financials();
            case SheetNames.USEFUL_LIVES -> d.usefulLives();
            case SheetNames.CHIP_REVENUE -> d.chipRevenue();
            case SheetNames.AI_REVENUE -> d.aiRevenue();
            case SheetNames.SOURCES -> d.sources();
            case SheetNames.CLAIMS -> d.claims();
            case SheetNames.GPU_PRICES -> d.gpuPrices();
            default -> throw new IllegalArgumentException("not a data sheet: " + sheet);
        };
        List<String> header = header(sheet);
        List<List<Object>> rows = new ArrayList<>();
        for (Object record : records) {
            List<Object> row = new ArrayList<>();
            for (String column : header) {
                Object v = value(record, column);
                row.add(v instanceof String s && s.isEmpty() ? null : v);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object value(Object record, String column) {
        if (record instanceof Company c) {
            return switch (column) {
                case "company" -> c.id();
                case "name" -> c.name();
                case "fiscal_year_end_month" -> c.fiscalYearEndMonth();
                case "role" -> c.role().code();
                case "cik" -> c.cik();
                case "short_lived_share" -> c.ownShortLivedShare().isPresent() ? c.shortLivedShare() : null;
                case "short_lived_share_source" -> c.shortLivedShareSource();
                case "short_lived_share_note" -> c.shortLivedShareNote();
                case "equipment_share" -> c.ownEquipmentShare().isPresent() ? c.equipmentShare() : null;
                case "equipment_life_years" -> c.ownEquipmentShare().isPresent() ? c.equipmentLifeYears() : null;
                default -> null;
            };
        }
        if (record instanceof CapexRow c) {
            return switch (column) {
                case "company" -> c.company();
                case "fiscal_year" -> c.fiscalYear();
                case "capex_usd_b" -> c.capexUsdB();
                case "status" -> c.status().code();
                case "source" -> c.source();
                case "note" -> c.note();
                case "definition" -> c.definition();
                case "finance_lease_usd_b" -> c.financeLeaseUsdB();
                case "finance_lease_source" -> c.financeLeaseSource();
                default -> null;
            };
        }
        if (record instanceof FinancialsRow f) {
            return financials(f, column);
        }
        if (record instanceof UsefulLifeChange u) {
            return switch (column) {
                case "company" -> u.company();
                case "asset_class" -> u.assetClass();
                case "effective_from" -> u.effectiveFrom();
                case "life_years" -> u.lifeYears();
                case "disclosed_effect_usd_b" -> u.disclosedEffectUsdB();
                case "effect_metric" -> u.effectMetric();
                case "effect_period" -> u.effectPeriod();
                case "source" -> u.source();
                case "fleet_share" -> u.fleetShare();
                case "effect_basis" -> u.effectBasis();
                default -> null;
            };
        }
        if (record instanceof ChipRevenueRow c) {
            return switch (column) {
                case "vendor" -> c.vendor();
                case "fiscal_year" -> c.fiscalYear();
                case "data_center_revenue_usd_b" -> c.dataCenterRevenueUsdB();
                case "total_revenue_usd_b" -> c.totalRevenueUsdB();
                case "status" -> c.status().code();
                case "source" -> c.source();
                default -> null;
            };
        }
        if (record instanceof AiRevenueRow a) {
            return switch (column) {
                case "entity" -> a.entity();
                case "period_end" -> a.periodEnd();
                case "revenue_usd_b" -> a.revenueUsdB();
                case "basis" -> a.basis().code();
                case "status" -> a.status().code();
                case "source" -> a.source();
                case "note" -> a.note();
                default -> null;
            };
        }
        if (record instanceof Source s) {
            return switch (column) {
                case "source" -> s.id();
                case "title" -> s.title();
                case "url" -> s.url();
                case "published" -> s.published();
                case "accessed" -> s.accessed();
                case "type" -> s.type();
                default -> null;
            };
        }
        if (record instanceof GpuPrice g) {
            return switch (column) {
                case "date" -> g.date();
                case "gpu_model" -> g.gpuModel();
                case "usd_per_hour" -> g.usdPerHour();
                case "contract_type" -> g.contractType();
                case "source" -> g.source();
                case "note" -> g.note();
                default -> null;
            };
        }
        return record instanceof Claim c ? claim(c, column) : null;
    }

    private static Object financials(FinancialsRow f, String column) {
        return switch (column) {
            case "company" -> f.company();
            case "fiscal_year" -> f.fiscalYear();
            case FinancialsRow.REVENUE -> f.revenueUsdB();
            case FinancialsRow.OPERATING_INCOME -> f.operatingIncomeUsdB();
            case FinancialsRow.NET_INCOME -> f.netIncomeUsdB();
            case FinancialsRow.D_AND_A -> f.dAndAUsdB();
            case FinancialsRow.TAX_RATE -> f.taxRate();
            case FinancialsRow.DEPRECIATION_PE -> f.depreciationPeUsdB();
            case "status" -> f.status().code();
            case "source" -> f.source();
            case "revenue_source" -> f.figureSources().get(FinancialsRow.REVENUE);
            case "operating_income_source" -> f.figureSources().get(FinancialsRow.OPERATING_INCOME);
            case "net_income_source" -> f.figureSources().get(FinancialsRow.NET_INCOME);
            case "d_and_a_source" -> f.figureSources().get(FinancialsRow.D_AND_A);
            case "tax_rate_source" -> f.figureSources().get(FinancialsRow.TAX_RATE);
            case "depreciation_pe_source" -> f.figureSources().get(FinancialsRow.DEPRECIATION_PE);
            default -> null;
        };
    }

    private static Object claim(Claim c, String column) {
        return switch (column) {
            case "claim" -> c.id();
            case "who" -> c.who();
            case "when" -> c.when();
            case "what" -> c.what();
            case "figure" -> c.figure();
            case "unit" -> c.unit();
            case "figure_low" -> c.figureLow();
            case "figure_high" -> c.figureHigh();
            case "scope" -> c.scope();
            case "period" -> c.period();
            case "assumptions" -> c.assumptions();
            case "metric" -> c.metric();
            case "source" -> c.source();
            default -> null;
        };
    }
}
