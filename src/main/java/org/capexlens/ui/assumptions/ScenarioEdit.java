package org.capexlens.ui.assumptions;

import java.util.function.Consumer;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.ScenarioBuilder;
import org.capexlens.text.Messages;

/**
 * One edit of a {@link Scenario} from the assumptions panel. The result is named "… (modified)" so that an edited
 * preset is never shown or exported under the preset's own name.
 */
final class ScenarioEdit {
    private ScenarioEdit() {
    }

    /**
     * @param from    the scenario edited.
     * @param change  sets what changes on a builder holding {@code from}'s values.
     * @return the edited scenario; {@code from} itself when nothing changed.
     */
    static Scenario of(Scenario from, Consumer<ScenarioBuilder> change) {
        ScenarioBuilder b = from.toBuilder();
        change.accept(b);
        Scenario same = b.build();
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
