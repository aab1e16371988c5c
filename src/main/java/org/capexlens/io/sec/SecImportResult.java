package org.capexlens.io.sec;

import java.util.List;
import org.capexlens.domain.Dataset;

/**
 * What an import from company facts produced.
 *
 * @param dataset    the base dataset with the matched companies' capex and financials from the filings.
 * @param changes    every figure that differs from the base, company by company and year by year.
 * @param notes      plain sentences: files matched to no company, figures left empty, definition breaks.
 * @param matched    the company ids updated, in the order of the companies sheet.
 * @param unchanged  how many figures the filings confirm as they are.
 */
public record SecImportResult(Dataset dataset, List<FigureChange> changes, List<String> notes, List<String> matched,
        int unchanged) {
    public SecImportResult {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
        matched = List.copyOf(matched);
    }
}
