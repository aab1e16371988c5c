package org.capexlens.ui.shell;

import java.time.LocalDate;
import java.util.List;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.Role;
import org.capexlens.domain.Source;
import org.capexlens.domain.Status;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.Location;

/** A hand-built dataset and failures for UI tests, with the figures those tests expect. */
final class SmallDataset {
    static final String FILE = "small.xlsx";
    static final String WARNING = "no source given, so this figure cannot be traced to where it was published";
    static final String BAD_FILE = "bad.xlsx";
    static final String BAD_MESSAGE = "expected a number in USD billions, found \"n/a\"";
    /** {@link #BAD_MESSAGE} located, as the dialog must show it. */
    static final String BAD_LOCATED = "bad.xlsx:capex:3:capex_usd_b: " + BAD_MESSAGE;

    private SmallDataset() {
    }

    /** 2 companies, 3 capex rows (fiscal years 2023-2025), 1 financials row, 1 source, 1 warning: 7 rows. */
    static ImportResult result() {
        Dataset d = new Dataset(
                List.of(new Company("Microsoft", "Microsoft Corporation", 6, Role.HYPERSCALER),
                        new Company("Oracle", "Oracle Corporation", 5, Role.HYPERSCALER)),
                List.of(new CapexRow("Microsoft", 2023, 28.107, Status.REPORTED, "msft-cf", ""),
                        new CapexRow("Microsoft", 2024, 44.477, Status.REPORTED, "msft-cf", ""),
                        new CapexRow("Oracle", 2025, 21.2, Status.REPORTED, "", "")),
                List.of(new FinancialsRow("Microsoft", 2024, 245.122, 109.433, 88.136, 22.287, 0.18,
                        Status.REPORTED, "msft-cf")),
                List.of(), List.of(), List.of(),
                List.of(new Source("msft-cf", "Microsoft cash flow statements", "https://www.microsoft.com",
                        LocalDate.of(2024, 7, 30), null, "primary")));
        return new ImportResult(d,
                List.of(ImportMessage.warning(new Location(FILE, "capex", 4, "source"), WARNING)), FILE);
    }

    /** A load of {@link #BAD_FILE} that failed with a warning first and then an error. */
    static ImportException failure() {
        return new ImportException(ImportException.Kind.INVALID, List.of(
                ImportMessage.warning(new Location(BAD_FILE, "capex", 2, "source"), WARNING),
                ImportMessage.error(new Location(BAD_FILE, "capex", 3, "capex_usd_b"), BAD_MESSAGE)));
    }
}
