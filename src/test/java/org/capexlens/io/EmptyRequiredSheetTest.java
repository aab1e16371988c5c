package org.capexlens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An empty companies or capex sheet counts as missing: a file of empty sheets must not load as an empty dataset. */
class EmptyRequiredSheetTest {
    @Test
    void emptyRequiredSheetsAreErrorsAndEmptyOptionalSheetsWarnings() {
        DatasetAssembler assembler = new DatasetAssembler("book.xlsx");
        for (String sheet : List.of("companies", "capex", "sources")) {
            assembler.startSheet(sheet, false).end();
        }
        ImportException e = assertThrows(ImportException.class, assembler::finish);
        assertEquals(List.of(
                "book.xlsx:companies::: sheet companies is empty, but every dataset needs its rows",
                "book.xlsx:capex::: sheet capex is empty, but every dataset needs its rows",
                "book.xlsx:sources::: sheet sources is empty",
                "book.xlsx:financials::: no financials sheet: margins and earnings effects cannot be computed",
                "book.xlsx:useful_lives::: no useful_lives sheet: the reported depreciation policy is unknown and the "
                        + "back-test is unavailable",
                "book.xlsx:chip_revenue::: no chip_revenue sheet: the Nvidia data-center numerator is unavailable",
                "book.xlsx:ai_revenue::: no ai_revenue sheet: the infrastructure-to-application ratio and the revenue "
                        + "gap are unavailable"),
                e.messages().stream().map(ImportMessage::format).toList());
    }

    @Test
    void requiredSheetWithOnlyAHeaderIsNotEmpty() throws ImportException {
        DatasetAssembler assembler = new DatasetAssembler("book.xlsx");
        SheetSink companies = assembler.startSheet("companies", false);
        companies.row(1, List.of(RawCell.text("company"), RawCell.text("fiscal_year_end_month"), RawCell.text("role")));
        companies.end();
        SheetSink capex = assembler.startSheet("capex", false);
        capex.row(1, List.of(RawCell.text("company"), RawCell.text("fiscal_year"), RawCell.text("capex_usd_b")));
        capex.end();
        assertEquals(0, assembler.finish().dataset().capex().size());
    }
}
