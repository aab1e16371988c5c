package org.capexlens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.capexlens.calc.ModelNotice;
import org.capexlens.calc.ModelNotice.Kind;
import org.capexlens.calc.RatioModel;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.RevenueBasis;
import org.junit.jupiter.api.Test;

/**
 * The words for calc's values. The calc tests check which notices and series the model returns (e.g.
 * EconomicsModelTest, DepreciationEngineTest, BacktestTest, RatioModelTest); these check how they read.
 */
class ModelTextTest {

    @Test
    void aFilledCapexGapReadsAsASentence() {
        assertEquals("Hyper has no capex for fiscal year 2022: the gap is filled by a straight line between its "
                + "neighbours", ModelText.notice(new ModelNotice(Kind.CAPEX_GAP_FILLED, "Hyper", "2022")));
    }

    @Test
    void aMissingLifeHistoryNamesTheAssumedLife() {
        assertEquals("Oracle has no useful-life history for its servers: a life of 5 years is assumed",
                ModelText.notice(new ModelNotice(Kind.NO_LIFE_HISTORY, "Oracle", "5")));
    }

    @Test
    void everyNoticeKindHasASentenceWithItsDetail() {
        assertTrue(ModelText.notice(new ModelNotice(Kind.BACKTEST_PERIOD_NOT_UNDERSTOOD, "Hyper",
                "as of end-June 2025")).contains("as of end-June 2025"));
        for (Kind k : Kind.values()) {
            String text = ModelText.notice(new ModelNotice(k, "Hyper", "2021"));
            assertFalse(text.startsWith("["), "message for " + k);
            assertTrue(text.contains("Hyper") && text.contains("2021"), text);
        }
    }

    @Test
    void describesTheDefaultSeriesForALegend() {
        RatioModel.Series s = RatioModel.describe(Scenario.defaults());
        assertEquals("Nvidia data-center revenue", ModelText.ratioNumerator(s));
        assertEquals("AI run-rate (OpenAI, Anthropic, Cursor (Anysphere))", ModelText.ratioDenominator(s));
        assertEquals("Nvidia data-center revenue ÷ AI run-rate (OpenAI, Anthropic, Cursor (Anysphere))",
                ModelText.ratioLegend(s));
    }

    @Test
    void describesCapexAndRecognisedSeries() {
        assertEquals("AI share (40%) of hyperscaler capex ÷ AI recognised revenue (all entities)",
                ModelText.ratioLegend(new RatioModel.Series(RatioNumerator.AI_SHARE_OF_CAPEX, 0.4,
                        RevenueBasis.RECOGNIZED, List.of())));
        assertEquals("Hyperscaler capex ÷ AI run-rate (OpenAI)", ModelText.ratioLegend(new RatioModel.Series(
                RatioNumerator.HYPERSCALER_CAPEX, 0.4, RevenueBasis.RUN_RATE, List.of("OpenAI"))));
    }
}
