package org.capexlens.ui.assumptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.text.Messages;

/**
 * A mutable copy of a {@link Scenario} for one edit: set what changes, then {@link #build()}. The result is named
 * "… (modified)" so that an edited preset is never shown or exported under the preset's own name.
 */
final class ScenarioEdit {
    private final Scenario from;
    DepreciationPolicy policy;
    final Map<String, DepreciationPolicy> overrides;
    double shortLivedShare;
    int lag;
    Convention convention;
    double capexGrowth;
    double revenueGrowth;
    RatioNumerator numerator;
    double aiShareOfCapex;
    RevenueBasis basis;
    List<String> entities;
    double gpuShare;
    double endUserMargin;

    ScenarioEdit(Scenario s) {
        from = s;
        policy = s.policy();
        overrides = new LinkedHashMap<>(s.companyOverrides());
        shortLivedShare = s.shortLivedShare();
        lag = s.inServiceLagYears();
        convention = s.convention();
        capexGrowth = s.capexGrowth();
        revenueGrowth = s.revenueGrowth();
        numerator = s.ratioNumerator();
        aiShareOfCapex = s.aiShareOfCapex();
        basis = s.aiRevenueBasis();
        entities = s.aiRevenueEntities();
        gpuShare = s.gpuShareOfDataCenterCost();
        endUserMargin = s.endUserGrossMargin();
    }

    /** The edited scenario; {@code from} itself when nothing changed. */
    Scenario build() {
        Scenario same = from.toBuilder().policy(policy).companyOverrides(overrides).shortLivedShare(shortLivedShare)
                .inServiceLagYears(lag).convention(convention).capexGrowth(capexGrowth).revenueGrowth(revenueGrowth)
                .ratioNumerator(numerator).aiShareOfCapex(aiShareOfCapex).aiRevenueBasis(basis)
                .aiRevenueEntities(entities).gpuShareOfDataCenterCost(gpuShare).endUserGrossMargin(endUserMargin)
                .build();
        if (same.equals(from)) {
            return from;
        }
        return same.withName(modifiedName(from.name()));
    }

    static String modifiedName(String name) {
        String suffix = Messages.get("ui.assumptions.modifiedSuffix");
        return name.endsWith(suffix) ? name : name + suffix;
    }
}
