package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario's GPU economic-life assumptions reach {@code compute} JSON (issue 11), on the default dataset. */
class ComputeGpuLifeTest {
    @TempDir
    Path dir;

    private static JsonNode life(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out()).get("gpu_economic_life");
    }

    @Test
    void halvingTheScenariosUtilisationMovesTheCrossingEarlierByLn2OverTheDecline() throws Exception {
        JsonNode base = life("compute");
        Path half = dir.resolve("half.json");
        Files.writeString(half, "{\"name\": \"Half\", \"gpu_economic_life\": {\"utilisation\": 0.35,"
                + " \"cost_per_gpu_hour\": 0.4}}");
        JsonNode halved = life("compute", "--scenario", half.toString());
        assertEquals(0.7, base.get("utilisation").asDouble());
        assertEquals(0.35, halved.get("utilisation").asDouble());
        // t* = ln(c / (u·e^a)) / b; halving u adds ln 2 to the log ratio, so t* moves by ln 2 / b (b < 0), and
        // b = ln(1 + yearly change).
        double b = Math.log1p(base.get("yearly_change").asDouble());
        assertEquals(base.get("life_years").asDouble() + Math.log(2) / b, halved.get("life_years").asDouble(), 1e-9);
        // The fit itself is data, not an assumption: unchanged.
        assertEquals(base.get("fitted_price_at_age0").asDouble(), halved.get("fitted_price_at_age0").asDouble());
    }

    @Test
    void aContractTypeWithOnePointIsTooFewToFit() throws Exception {
        // The default dataset has a single spot point (2026-06-25, USD 2.42): fewer than the three a fit needs.
        Path spot = dir.resolve("spot.json");
        Files.writeString(spot, "{\"name\": \"Spot\", \"gpu_economic_life\": {\"contract_type\": \"spot\"}}");
        JsonNode life = life("compute", "--scenario", spot.toString());
        assertEquals("too_few_points", life.get("status").asText());
        assertEquals(1, life.get("points").asInt());
    }
}
