package org.capexlens.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.ui.common.RecordingDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping dialog's commands without a toolkit: accept reads the file again and remembers; decline errs. */
class ShellCommandsMappingTest {
    @TempDir
    Path dir;

    private Path renamedFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("renamed"));
        try (var files = Files.list(Path.of("src/test/resources/fixtures/good/csv"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path capex = folder.resolve("capex.csv");
        Files.writeString(capex, Files.readString(capex, StandardCharsets.UTF_8).replaceFirst("capex_usd_b", "Spend"),
                StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void declinedMappingShowsTheLocatedErrorAndRemembersNothing() throws IOException {
        Path folder = renamedFolder();
        MappingMemory memory = new MappingMemory(dir.resolve(MappingMemory.FILE));
        ManualTaskRunner runner = new ManualTaskRunner();
        ShellViewModel vm = new ShellViewModel(memory.wrap(DatasetReader::read), runner);
        RecordingDialogs dialogs = new RecordingDialogs();
        List<ColumnMappingViewModel> asked = new ArrayList<>();
        new ShellCommands(vm, dialogs, (m, answer) -> {
            asked.add(m);
            answer.accept(false);
        }, memory);

        vm.open(folder);
        runner.job(0).finish();

        assertEquals(1, asked.size());
        assertEquals(1, dialogs.errors.size());
        assertEquals("Could not open renamed", dialogs.errors.get(0).header());
        assertEquals("capex.csv:capex:1:capex_usd_b: missing required column capex_usd_b; the header row has: "
                + "company, fiscal_year, Spend, status, source, note; the closest header found is \u201CSpend\u201D: "
                + "if that is the column, rename it to capex_usd_b", dialogs.errors.get(0).text());
        assertNull(vm.resultProperty().get());
        assertTrue(Files.notExists(dir.resolve(MappingMemory.FILE)));
    }

    @Test
    void acceptedMappingLoadsTheFileAndIsRemembered() throws IOException {
        Path folder = renamedFolder();
        MappingMemory memory = new MappingMemory(dir.resolve(MappingMemory.FILE));
        ManualTaskRunner runner = new ManualTaskRunner();
        ShellViewModel vm = new ShellViewModel(memory.wrap(DatasetReader::read), runner);
        RecordingDialogs dialogs = new RecordingDialogs();
        new ShellCommands(vm, dialogs, (m, answer) -> answer.accept(true), memory);

        vm.open(folder);
        runner.job(0).finish();
        assertEquals(2, runner.submitted(), "the file is read again with the mapping");
        runner.job(1).finish();

        assertEquals(List.of(), dialogs.errors);
        assertEquals("renamed", vm.resultProperty().get().fileName());
        assertTrue(Files.exists(dir.resolve(MappingMemory.FILE)));
        assertEquals("capex_usd_b", new MappingMemory(dir.resolve(MappingMemory.FILE)).current().bySheet()
                .get("capex").get("Spend"));
    }
}
