package org.capexlens.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The distributions a scenario gives its uncertain assumptions (issue 11), by member path ({@link
 * UncertainParameter}). Assumptions without one keep the scenario's value in every run of a simulation. Saved in
 * the scenario file as the optional {@code uncertainty} member; a file without it has {@link #NONE}.
 *
 * @param distributions  path → distribution, in file order; each path a known {@link UncertainParameter} and each
 *                       distribution's bounds inside that parameter's range.
 */
public record Uncertainty(Map<String, Distribution> distributions) {
    /** No uncertain assumption. */
    public static final Uncertainty NONE = new Uncertainty(Map.of());

    public Uncertainty {
        Objects.requireNonNull(distributions, "distributions");
        Map<String, Distribution> copy = new LinkedHashMap<>();
        distributions.forEach((path, d) -> {
            UncertainParameter p = UncertainParameter.parse(path).orElseThrow(() ->
                    new IllegalArgumentException("no numeric assumption has the path " + path));
            Objects.requireNonNull(d, path);
            p.range().require(d.lower());
            p.range().require(d.upper());
            copy.put(path, d);
        });
        distributions = Collections.unmodifiableMap(copy);
    }

    /** Whether no assumption is uncertain. */
    public boolean isEmpty() {
        return distributions.isEmpty();
    }

    /** This uncertainty with {@code path} given {@code d}, or its distribution removed when {@code d} is null. */
    public Uncertainty with(String path, Distribution d) {
        Map<String, Distribution> m = new LinkedHashMap<>(distributions);
        if (d == null) {
            m.remove(path);
        } else {
            m.put(path, d);
        }
        return new Uncertainty(m);
    }
}
