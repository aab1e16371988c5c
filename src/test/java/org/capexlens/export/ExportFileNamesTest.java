package org.capexlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.capexlens.chart.ChartId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names of exported files: chart id, scenario slug, extension. */
class ExportFileNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            As reported                                  | as-reported
            Burry 2–3 years                              | burry-2-3-years
            'As reported, uniform life 2.5 years'        | as-reported-uniform-life-2-5-years
            Économie d’été                               | economie-d-ete
            '  --  '                                     | scenario
            Nvidia memo 4–6 years with a name that goes on and on and on | nvidia-memo-4-6-years-with-a-name-that-goes-on
            """)
    void scenarioNamesBecomeLowerCaseAsciiSlugs(String name, String slug) {
        assertEquals(slug, ExportFileNames.slug(name));
    }

    @Test
    void filesAreNamedAfterTheChartAndTheScenario() {
        assertEquals("margin-vs-life_burry-2-3-years.png", ExportFileNames.fileName(ChartId.MARGIN_VS_LIFE,
                "Burry 2–3 years", ExportFormat.PNG));
        assertEquals("charts_sequoia-2024.pdf", ExportFileNames.combinedPdfName("Sequoia 2024"));
    }
}
