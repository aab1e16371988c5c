package org.capexlens.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether an AI revenue figure was booked over a period or is an annualised snapshot. The two are never
 * summed unless the user asks for it (DESIGN §3.1).
 */
public enum RevenueBasis {
    /** Revenue recognised over the twelve months ending at {@code period_end}. */
    RECOGNIZED,
    /** An annualised run-rate at {@code period_end} (e.g. last month times twelve). */
    RUN_RATE;

    /** The spelling used in files: {@code recognized} or {@code run_rate}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the file spelling; accepts {@code recognised}, {@code run-rate}, {@code run rate}, {@code ARR}. */
    public static Optional<RevenueBasis> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        switch (t) {
            case "recognized":
            case "recognised":
                return Optional.of(RECOGNIZED);
            case "run_rate":
            case "runrate":
            case "arr":
                return Optional.of(RUN_RATE);
            default:
                return Optional.empty();
        }
    }
}
