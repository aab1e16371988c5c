package org.capexlens.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.capexlens.domain.Dataset;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed default dataset, loaded the way the app loads it ({@link DatasetReader}), holds the reference
 * figures, covers the required companies and years, and cites a web source for every row.
 */
class DefaultDatasetTest {
    static final Path DEFAULT_DATASET = Path.of("data", "ai-economics.xlsx");

    private static ImportResult result;

    @BeforeAll
    static void load() throws ImportException {
        result = DatasetReader.read(DEFAULT_DATASET);
    }

    private static Dataset dataset() {
        return result.dataset();
    }

    @Test
    void loadsWithoutAnyErrorOrWarning() {
        List<String> messages = result.warnings().stream().map(ImportMessage::format).toList();
        assertEquals(List.of(), messages);
    }

    @Test
    void listsTheRequiredCompaniesWithTheirFiscalYearEnds() {
        DefaultDatasetExpectations.assertCompanies(dataset());
    }

    @Test
    void hasOneCapexRowPerCompanyYearFromFy2018WhereTheReferenceHasIt() {
        DefaultDatasetExpectations.assertCapexCoverage(dataset());
    }

    @Test
    void holdsTheGoldenFiguresOfTheReferenceData() {
        DefaultDatasetExpectations.assertGoldenFigures(dataset());
    }

    @Test
    void everyRowCitesASourceWithAWebAddress() {
        DefaultDatasetExpectations.assertSourceCoverage(dataset());
    }
}
