package org.capexlens.scenario;

import java.util.Objects;

/**
 * The scenario's assumptions of the GPU economic life (issue 11), read by {@code calc.GpuEconomicLife}: which price
 * points are fitted and what a rented GPU-hour must cover. Scenario assumptions, not data.
 *
 * @param gpuModel       the model whose prices are fitted, e.g. {@code H100}; not blank.
 * @param contractType   the contract type fitted, or empty for every point of the model.
 * @param utilisation    the share of hours rented, in (0, 1].
 * @param costPerGpuHour the cash operating cost per GPU-hour in USD (power, cooling, staff), ≥ 0.
 * @param horizonYears   how far the fitted curve is followed, years, in (0, 30].
 */
public record GpuLifeAssumptions(String gpuModel, String contractType, double utilisation, double costPerGpuHour,
        double horizonYears) {
    /** Default GPU model. */
    public static final String DEFAULT_MODEL = "H100";
    /** Default utilisation: 70 % of hours rented (a scenario assumption, not data). */
    public static final double DEFAULT_UTILISATION = 0.70;
    /**
     * Default cash operating cost, USD per GPU-hour: about 1 kW per GPU with its server share × PUE 1.3 × USD
     * 0.08/kWh ≈ 0.10 of power and cooling, plus 0.30 of space, staff and maintenance. A scenario assumption.
     */
    public static final double DEFAULT_COST = 0.40;
    /** Default horizon, years. */
    public static final double DEFAULT_HORIZON = 10.0;
    /** The longest horizon, years. */
    public static final double MAX_HORIZON = 30.0;
    /** The defaults above, fitting every contract type. */
    public static final GpuLifeAssumptions DEFAULTS = new GpuLifeAssumptions(DEFAULT_MODEL, "", DEFAULT_UTILISATION,
            DEFAULT_COST, DEFAULT_HORIZON);

    public GpuLifeAssumptions {
        Objects.requireNonNull(gpuModel, "gpuModel");
        if (gpuModel.isBlank()) {
            throw new IllegalArgumentException("gpu model must not be blank");
        }
        contractType = contractType == null ? "" : contractType.trim();
        if (!(utilisation > 0 && utilisation <= 1)) {
            throw new IllegalArgumentException("utilisation must be in (0, 1]: " + utilisation);
        }
        if (!(costPerGpuHour >= 0) || Double.isInfinite(costPerGpuHour)) {
            throw new IllegalArgumentException("cost per GPU-hour must be ≥ 0: " + costPerGpuHour);
        }
        if (!(horizonYears > 0 && horizonYears <= MAX_HORIZON)) {
            throw new IllegalArgumentException("horizon must be in (0, " + MAX_HORIZON + "]: " + horizonYears);
        }
    }

    /** This with another utilisation. */
    public GpuLifeAssumptions withUtilisation(double value) {
        return new GpuLifeAssumptions(gpuModel, contractType, value, costPerGpuHour, horizonYears);
    }

    /** This with another cash cost per GPU-hour. */
    public GpuLifeAssumptions withCost(double value) {
        return new GpuLifeAssumptions(gpuModel, contractType, utilisation, value, horizonYears);
    }

    /** This with another contract type (empty for all). */
    public GpuLifeAssumptions withContractType(String value) {
        return new GpuLifeAssumptions(gpuModel, value, utilisation, costPerGpuHour, horizonYears);
    }

    /** This with another horizon. */
    public GpuLifeAssumptions withHorizon(double value) {
        return new GpuLifeAssumptions(gpuModel, contractType, utilisation, costPerGpuHour, value);
    }

    /** This with another GPU model. */
    public GpuLifeAssumptions withGpuModel(String value) {
        return new GpuLifeAssumptions(value, contractType, utilisation, costPerGpuHour, horizonYears);
    }
}
