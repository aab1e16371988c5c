package org.capexlens.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Everything CapexLens knows about the world, as loaded from one file. Immutable; lists keep file order.
 * Cross-sheet consistency (known companies and sources, no duplicate company-years) is checked by the importer,
 * not here, so that a test can build a partial dataset.
 */
public record Dataset(List<Company> companies, List<CapexRow> capex, List<FinancialsRow> financials,
        List<UsefulLifeChange> usefulLives, List<ChipRevenueRow> chipRevenue, List<AiRevenueRow> aiRevenue,
        List<Source> sources, List<Claim> claims, List<GpuPrice> gpuPrices) {

    public Dataset {
        companies = List.copyOf(Objects.requireNonNull(companies, "companies"));
        capex = List.copyOf(Objects.requireNonNull(capex, "capex"));
        financials = List.copyOf(Objects.requireNonNull(financials, "financials"));
        usefulLives = List.copyOf(Objects.requireNonNull(usefulLives, "usefulLives"));
        chipRevenue = List.copyOf(Objects.requireNonNull(chipRevenue, "chipRevenue"));
        aiRevenue = List.copyOf(Objects.requireNonNull(aiRevenue, "aiRevenue"));
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
        gpuPrices = List.copyOf(Objects.requireNonNull(gpuPrices, "gpuPrices"));
    }

    /** A dataset without GPU rental prices (the {@code gpu_prices} sheet of issue 11 is optional). */
    public Dataset(List<Company> companies, List<CapexRow> capex, List<FinancialsRow> financials,
            List<UsefulLifeChange> usefulLives, List<ChipRevenueRow> chipRevenue, List<AiRevenueRow> aiRevenue,
            List<Source> sources, List<Claim> claims) {
        this(companies, capex, financials, usefulLives, chipRevenue, aiRevenue, sources, claims, List.of());
    }

    /** A dataset without claims (the {@code claims} sheet is optional). */
    public Dataset(List<Company> companies, List<CapexRow> capex, List<FinancialsRow> financials,
            List<UsefulLifeChange> usefulLives, List<ChipRevenueRow> chipRevenue, List<AiRevenueRow> aiRevenue,
            List<Source> sources) {
        this(companies, capex, financials, usefulLives, chipRevenue, aiRevenue, sources, List.of());
    }

    /** This dataset with {@code newClaims} in place of its claims. */
    public Dataset withClaims(List<Claim> newClaims) {
        return new Dataset(companies, capex, financials, usefulLives, chipRevenue, aiRevenue, sources, newClaims,
                gpuPrices);
    }

    /** A dataset with no rows at all. */
    public static Dataset empty() {
        return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The company with this id, if any. */
    public Optional<Company> company(String id) {
        return companies.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Sources by id, in file order. */
    public Map<String, Source> sourcesById() {
        Map<String, Source> map = new LinkedHashMap<>();
        for (Source s : sources) {
            map.putIfAbsent(s.id(), s);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Number of data rows per sheet name, in the order of DESIGN §2. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(SheetNames.COMPANIES, companies.size());
        counts.put(SheetNames.CAPEX, capex.size());
        counts.put(SheetNames.FINANCIALS, financials.size());
        counts.put(SheetNames.USEFUL_LIVES, usefulLives.size());
        counts.put(SheetNames.CHIP_REVENUE, chipRevenue.size());
        counts.put(SheetNames.AI_REVENUE, aiRevenue.size());
        counts.put(SheetNames.SOURCES, sources.size());
        if (!claims.isEmpty()) {
            // Optional and newer than DESIGN §2: listed only when the file has claims.
            counts.put(SheetNames.CLAIMS, claims.size());
        }
        if (!gpuPrices.isEmpty()) {
            counts.put(SheetNames.GPU_PRICES, gpuPrices.size());
        }
        return Collections.unmodifiableMap(counts);
    }

    /** The smallest fiscal year in capex, financials and chip revenue, if any. */
    public OptionalInt firstYear() {
        return years().min();
    }

    /** The largest fiscal year in capex, financials and chip revenue, if any. */
    public OptionalInt lastYear() {
        return years().max();
    }

    private IntStream years() {
        return Stream.of(capex.stream().mapToInt(CapexRow::fiscalYear),
                financials.stream().mapToInt(FinancialsRow::fiscalYear),
                chipRevenue.stream().mapToInt(ChipRevenueRow::fiscalYear)).flatMapToInt(s -> s);
    }
}
