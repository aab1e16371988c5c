package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.capexlens.calc.GpuEconomicLife;
import org.capexlens.domain.GpuPrice;
import org.junit.jupiter.api.Test;

/** The {@code gpu_economic_life} member of {@code compute} JSON (issue 11); absent without GPU prices. */
class GpuLifeJsonTest {
    @Test
    void theMemberCarriesTheHandComputedLifeAndItsAssumptions() throws Exception {
        // Prices 4, 2, 1 at yearly steps from the first point: u·p = 0.7·4·0.5^t = 0.35 at t = 3 years.
        GpuPrice first = new GpuPrice(LocalDate.of(2021, 1, 1), "H100", 4, "spot", "", "");
        List<GpuPrice> prices = new java.util.ArrayList<>(List.of(first));
        for (int y = 1; y <= 2; y++) {
            LocalDate d = LocalDate.of(2021 + y, 1, 1);
            double t = new GpuPrice(d, "H100", 1, "spot", "", "").yearFraction() - first.yearFraction();
            prices.add(new GpuPrice(d, "H100", 4 * Math.pow(0.5, t), "spot", "", ""));
        }
        var life = GpuEconomicLife.of(prices, new GpuEconomicLife.Assumptions("H100", "", 0.7, 0.35, 10));
        JsonNode n = new ObjectMapper().readTree(ResultJson.toJson(ResultJsonTest.result(), List.of(), List.of(),
                life, "d.json", "ab")).get("gpu_economic_life");
        assertEquals("crosses", n.get("status").asText());
        assertEquals(3.0, n.get("life_years").asDouble(), 1e-9);
        assertEquals(0.35, n.get("cost_per_gpu_hour_assumption").asDouble());
        assertEquals(-0.5, n.get("yearly_change").asDouble(), 1e-9);
        assertEquals(3, n.get("points").asInt());
    }

    @Test
    void withoutPricesThereIsNoMember() throws Exception {
        JsonNode n = new ObjectMapper().readTree(ResultJson.toJson(ResultJsonTest.result(), List.of(), List.of(),
                "d.json", "ab"));
        assertFalse(n.has("gpu_economic_life"));
    }
}
