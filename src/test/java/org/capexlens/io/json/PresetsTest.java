package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.PublishedInputs;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresetsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            as-reported  | As reported           | ''
            burry-2-3y   | Burry 2–3 years       | https://www.tipranks.com/news/michael-burry-sounds-alarm-on-176b-depreciation-gap-among-tech-giants
            nvidia-4-6y  | Nvidia memo 4–6 years | https://www.capitalaidaily.com/michael-burry-says-nvidia-throwing-straw-man-arguments-on-chip-depreciation-instead-of-addressing-real-risks
            sequoia-2023 | Sequoia 2023          | https://www.sequoiacap.com/article/follow-the-gpus-perspective/?itm_medium=related-content
            sequoia-2024 | Sequoia 2024          | https://sequoiacap.com/article/ais-600b-question
            bain-2030    | Bain 2030             | https://cybernews.com/tech/ai-progress-requires-billions-investment/
            """)
    void everyPresetLoadsWithItsNameAndCitation(String id, String name, String url) throws Exception {
        Scenario fromFolder = Presets.load(id);
        assertEquals(name, fromFolder.name());
        assertEquals(url, fromFolder.sourceUrl());
        assertFalse(fromFolder.assertedBy().isBlank(), "asserted_by of " + id);
        assertFalse(fromFolder.description().isBlank(), "description of " + id);
        // The jar's copy (target/classes, packaged by the pom) is the same file.
        assertEquals(fromFolder, Presets.load(id, dir.resolve("absent")));
    }

    @Test
    void everyPresetFileIsInTheFormTheAppWrites() throws Exception {
        for (String id : Presets.IDS) {
            Path file = Presets.defaultFolder().resolve(id + ".json");
            assertEquals(Files.readString(file), ScenarioJson.toJson(ScenarioJson.read(file)), id);
        }
    }

    @Test
    void presetsCarryTheirAssumptions() throws Exception {
        Map<String, Scenario> all = Presets.all();
        assertEquals(Presets.IDS, List.copyOf(all.keySet()));
        assertEquals(Scenario.defaults(), all.get("as-reported"));
        // Burry: midpoint of 2-3 years; Nvidia memo: midpoint of 4-6 years.
        assertEquals(new DepreciationPolicy.Uniform(2.5), all.get("burry-2-3y").policy());
        assertEquals(new DepreciationPolicy.Uniform(5), all.get("nvidia-4-6y").policy());
        for (String sequoia : List.of("sequoia-2023", "sequoia-2024")) {
            Scenario s = all.get(sequoia);
            assertEquals(DepreciationPolicy.REPORTED, s.policy());
            assertEquals(RatioNumerator.NVIDIA_DATA_CENTER, s.ratioNumerator());
            assertEquals(0.5, s.gpuShareOfDataCenterCost());
            assertEquals(0.5, s.endUserGrossMargin());
        }
        Scenario bain = all.get("bain-2030");
        assertEquals(0.25, bain.sustainableCapexIntensity());
        assertEquals(2030, bain.projectionEndYear());
        assertEquals(RatioNumerator.HYPERSCALER_CAPEX, bain.ratioNumerator());
        // Issue 10: the presets carry their authors' published inputs (golden figures: PublishedFiguresTest).
        assertEquals(new PublishedInputs(PublishedInputs.Method.SEQUOIA, 2023, 50.0, null, 75.0, 200.0, 125.0,
                "https://www.sequoiacap.com/article/follow-the-gpus-perspective/?itm_medium=related-content",
                all.get("sequoia-2023").publishedInputs().note()), all.get("sequoia-2023").publishedInputs());
        PublishedInputs s24 = all.get("sequoia-2024").publishedInputs();
        assertEquals(List.of(2024, 150.0, 70.0, 600.0, 500.0), List.of(s24.year(), s24.infrastructure(),
                s24.aiRevenue(), s24.statedRequiredRevenue(), s24.statedGap()));
        PublishedInputs b = bain.publishedInputs();
        assertEquals(List.of(2030, 500.0, 2000.0, 800.0), List.of(b.year(), b.capex(), b.statedRequiredRevenue(),
                b.statedGap()));
        assertEquals(bain.sourceUrl(), b.sourceUrl());
        assertTrue(b.note().contains("no Bain row"), b.note());
        assertTrue(all.get("as-reported").published().isEmpty());
        assertTrue(all.get("burry-2-3y").published().isEmpty());
    }

    @Test
    void aFileInTheFolderTakesPrecedenceOverTheJarCopy() throws Exception {
        ScenarioJson.write(Scenario.defaults().withName("Edited"), dir.resolve("burry-2-3y.json"));
        assertEquals("Edited", Presets.load("burry-2-3y", dir).name());
        assertEquals("Nvidia memo 4–6 years", Presets.load("nvidia-4-6y", dir).name());
    }

    @Test
    void anUnknownPresetIsAPlainMessage() {
        assertFalse(Presets.isPreset("burry"));
        assertTrue(Presets.isPreset(Presets.DEFAULT_ID));
        ImportException e = assertThrows(ImportException.class, () -> Presets.load("burry"));
        assertEquals(ImportException.Kind.INVALID, e.kind());
        assertEquals("burry.json:::: there is no preset named burry; the presets are: as-reported, burry-2-3y, "
                + "nvidia-4-6y, sequoia-2023, sequoia-2024, bain-2030", e.firstError().format());
    }
}
