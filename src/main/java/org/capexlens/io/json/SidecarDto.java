package org.capexlens.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The Jackson form of an export sidecar (see {@link SidecarJson}). Boxed types so that a missing member reads as
 * {@code null} and can be reported by name; the scenario stays a tree for {@link ScenarioJson}'s own reader.
 */
@JsonPropertyOrder({"capexlens_sidecar", "file", "format", "charts", "width", "height", "scale", "dpi", "locale",
    "app_version", "dataset", "chart_settings", "scenario", "compared", "simulation"})
@JsonInclude(JsonInclude.Include.ALWAYS)
record SidecarDto(
        @JsonProperty("capexlens_sidecar") Integer version,
        @JsonProperty("file") String file,
        @JsonProperty("format") String format,
        @JsonProperty("charts") List<String> charts,
        @JsonProperty("width") Integer width,
        @JsonProperty("height") Integer height,
        @JsonProperty("scale") Double scale,
        @JsonProperty("dpi") Integer dpi,
        @JsonProperty("locale") String locale,
        @JsonProperty("app_version") String appVersion,
        @JsonProperty("dataset") DatasetDto dataset,
        @JsonProperty("chart_settings") SettingsDto chartSettings,
        @JsonProperty("scenario") JsonNode scenario,
        @JsonProperty("compared") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> compared,
        @JsonProperty("simulation") @JsonInclude(JsonInclude.Include.NON_NULL) SimulationDto simulation) {

    /** The Monte Carlo settings behind fan charts (issue 11): written only when the file holds a fan chart. */
    @JsonPropertyOrder({"runs", "seed", "from", "to", "distributions"})
    record SimulationDto(
            @JsonProperty("runs") Integer runs,
            @JsonProperty("seed") Long seed,
            @JsonProperty("from") Integer from,
            @JsonProperty("to") Integer to,
            @JsonProperty("distributions") JsonNode distributions) {
    }

    /** Which dataset file the export was computed from. */
    @JsonPropertyOrder({"file", "path", "sha256"})
    record DatasetDto(
            @JsonProperty("file") String file,
            @JsonProperty("path") String path,
            @JsonProperty("sha256") String sha256) {
    }

    /** What the sensitivity and vintage charts looked at. */
    @JsonPropertyOrder({"margin_year", "vintage_company", "grid_rows", "grid_columns", "tornado_from", "tornado_to"})
    record SettingsDto(
            @JsonProperty("margin_year") Integer marginYear,
            @JsonProperty("vintage_company") String vintageCompany,
            @JsonProperty("grid_rows") String gridRows,
            @JsonProperty("grid_columns") String gridColumns,
            @JsonProperty("tornado_from") Integer tornadoFrom,
            @JsonProperty("tornado_to") Integer tornadoTo) {
    }
}
