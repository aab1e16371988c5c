package org.capexlens.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.capexlens.io.ColumnMapping;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.Location;
import org.capexlens.io.MissingColumns;
import org.capexlens.ui.common.LoadError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column-mapping dialog's state without a toolkit, and the remembered mappings' file. */
class ColumnMappingViewModelTest {
    private static final List<String> COMPANY_HEADERS = List.of("Firm", "FY end", "Kind");

    @TempDir
    Path dir;

    private static MappingRequest request() {
        MissingColumns companies = new MissingColumns("x.xlsx", "companies", "Companies", COMPANY_HEADERS,
                List.of("company", "fiscal_year_end_month", "role"), Map.of("company", "Firm"),
                Map.of("Firm", List.of("Microsoft", "Meta")));
        return new MappingRequest(Path.of("x.xlsx"), "x.xlsx", List.of(companies), new LoadError("x.xlsx",
                List.of(ImportMessage.error(Location.ofFile("x.xlsx"), "missing"))));
    }

    @Test
    void theClosestHeaderIsPreselectedAndAnUnsetFieldIsNamed() {
        ColumnMappingViewModel vm = new ColumnMappingViewModel(request());
        assertEquals(3, vm.choices().size());
        assertEquals("Firm", vm.selected(0));
        assertEquals(null, vm.selected(1));
        assertFalse(vm.validProperty().get());
        assertEquals("choose the column that holds fiscal_year_end_month in sheet Companies",
                vm.problemProperty().get());
        assertEquals("e.g. Microsoft, Meta", vm.choices().get(0).sample("Firm"));
        assertEquals("", vm.choices().get(0).sample("Kind"));
        assertEquals("x.xlsx: 3 required columns were not found. Pick the column of the file that holds each.",
                vm.headerText());
    }

    @Test
    void oneHeaderCannotHoldTwoFields() {
        ColumnMappingViewModel vm = new ColumnMappingViewModel(request());
        vm.select(1, "FY end");
        vm.select(2, "Firm");
        assertFalse(vm.validProperty().get());
        assertEquals("column Firm cannot hold both company and role", vm.problemProperty().get());
        assertThrows(IllegalStateException.class, vm::entries);
        assertThrows(IllegalArgumentException.class, () -> vm.select(2, "Not a header"));

        vm.select(2, "Kind");
        assertTrue(vm.validProperty().get());
        assertEquals("", vm.problemProperty().get());
        assertEquals(List.of(new ColumnMapping.Entry("companies", List.of("firm", "fyend", "kind"),
                Map.of("Firm", "company", "FY end", "fiscal_year_end_month", "Kind", "role"))), vm.entries());
    }

    @Test
    void mappingsAreRememberedInTheFileAndForgotten() {
        Path file = dir.resolve("prefs").resolve(MappingMemory.FILE);
        MappingMemory memory = new MappingMemory(file);
        assertTrue(memory.current().isEmpty());
        ColumnMapping.Entry e = new ColumnMapping.Entry("capex", List.of("company", "fiscalyear", "spend"),
                Map.of("Spend", "capex_usd_b"));
        memory.remember(List.of(e));

        MappingMemory again = new MappingMemory(file);
        assertEquals(List.of(e), again.current().entries());
        assertTrue(again.forget());
        assertFalse(file.toFile().exists());
        assertTrue(new MappingMemory(file).current().isEmpty());
        assertFalse(again.forget());
    }
}
