package org.capexlens.chart;

import org.capexlens.calc.ModelNotice;
import org.capexlens.calc.RatioModel;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.text.Messages;

/**
 * The words for calc's structured results: a {@link ModelNotice} as a sentence, the ratio's two sides as a legend.
 * calc returns values only; the dashboard, the exports and the CLI all word them here, from the resource bundle.
 */
public final class ModelText {
    private ModelText() {
    }

    /**
     * The notice as a plain sentence for the user, e.g. "Oracle has no useful-life history for its servers: a life
     * of 5 years is assumed".
     *
     * @param notice  not {@code null}.
     */
    public static String notice(ModelNotice notice) {
        String company = notice.company();
        String detail = notice.detail();
        return switch (notice.kind()) {
            case NO_LIFE_HISTORY -> Messages.get("calc.notice.noLifeHistory", company, detail);
            case CAPEX_GAP_FILLED -> Messages.get("calc.notice.capexGapFilled", company, detail);
            case BACKTEST_NO_PREVIOUS_LIFE -> Messages.get("calc.notice.backtestNoPreviousLife", company, detail);
            case BACKTEST_PERIOD_NOT_UNDERSTOOD -> Messages.get("calc.notice.backtestPeriod", company, detail);
            case BACKTEST_OUTSIDE_MODELLED_YEARS -> Messages.get("calc.notice.backtestOutside", company, detail);
            case BACKTEST_ZERO_DISCLOSED -> Messages.get("calc.notice.backtestZero", company, detail);
            case BACKTEST_NOT_MODELLED_CLASS -> Messages.get("calc.notice.backtestClass", company, detail);
            case BACKTEST_NO_CAPEX -> Messages.get("calc.notice.backtestNoCapex", company, detail);
        };
    }

    /**
     * Numerator ÷ denominator, the ratio chart's legend, e.g. "Nvidia data-center revenue ÷ AI run-rate (OpenAI,
     * Anthropic, Cursor (Anysphere))".
     *
     * @param series  not {@code null}.
     */
    public static String ratioLegend(RatioModel.Series series) {
        return Messages.get("ratio.legend", ratioNumerator(series), ratioDenominator(series));
    }

    /** The infrastructure side, e.g. "Nvidia data-center revenue" or "AI share (40%) of hyperscaler capex". */
    public static String ratioNumerator(RatioModel.Series series) {
        return switch (series.numerator()) {
            case NVIDIA_DATA_CENTER -> Messages.get("ratio.numerator.nvidiaDataCenter");
            case HYPERSCALER_CAPEX -> Messages.get("ratio.numerator.hyperscalerCapex");
            case AI_SHARE_OF_CAPEX -> Messages.get("ratio.numerator.aiShareOfCapex", series.aiShareOfCapex());
        };
    }

    /** The applications side, e.g. "AI run-rate (OpenAI, Anthropic, Cursor (Anysphere))". */
    public static String ratioDenominator(RatioModel.Series series) {
        String entities = series.entities().isEmpty() ? Messages.get("ratio.denominator.allEntities")
                : String.join(", ", series.entities());
        return series.basis() == RevenueBasis.RUN_RATE ? Messages.get("ratio.denominator.runRate", entities)
                : Messages.get("ratio.denominator.recognized", entities);
    }
}
