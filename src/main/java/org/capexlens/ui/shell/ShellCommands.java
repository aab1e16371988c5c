package org.capexlens.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.Dialogs;

/**
 * The main window's file commands (Open…, Open folder…) and the one place a failed load reaches the user: the
 * {@link Dialogs} error dialog. Holds no scene graph, so the commands run in tests against a fake.
 */
public final class ShellCommands {
    private final ShellViewModel vm;
    private final Dialogs dialogs;

    /**
     * Starts showing every failed load of {@code vm} in the error dialog.
     *
     * @param vm       the window's state, not {@code null}.
     * @param dialogs  choosers and the error dialog, not {@code null}.
     */
    public ShellCommands(ShellViewModel vm, Dialogs dialogs) {
        this(vm, dialogs, (mapping, answer) -> answer.accept(false), new MappingMemory(null));
    }

    /**
     * Starts showing every failed load of {@code vm}: a load refused for missing required columns first in the
     * column-mapping dialog (the file is read again with the mapping chosen, which is remembered), every other
     * one, and a declined mapping, in the error dialog.
     *
     * @param vm       the window's state, not {@code null}.
     * @param dialogs  choosers and the error dialog, not {@code null}.
     * @param prompt   the column-mapping dialog, not {@code null}.
     * @param memory   where chosen mappings are remembered, not {@code null}.
     */
    public ShellCommands(ShellViewModel vm, Dialogs dialogs, ColumnMappingPrompt prompt, MappingMemory memory) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.memory = Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(prompt, "prompt");
        vm.mappingRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                vm.dismissMappingRequest();
                offerMapping(request, prompt);
            }
        });
        vm.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                dialogs.showError(Messages.get("ui.shell.error.header", error.fileName()), error, vm::dismissError);
            }
        });
    }

    /** File ▸ Open…: asks for a dataset file (starting next to the current one) and loads it. */
    public void open() {
        dialogs.chooseOpenFile(new Dialogs.FileRequest(Messages.get("ui.shell.chooser.title"), currentFolder(), null,
                java.util.List.of(
                        Dialogs.Filter.of(Messages.get("ui.shell.chooser.datasets"), "*.xlsx", "*.xls", "*.csv",
                                "*.json"),
                        Dialogs.Filter.of(Messages.get("ui.shell.chooser.xlsx"), "*.xlsx"),
                        Dialogs.Filter.of(Messages.get("ui.shell.chooser.xls"), "*.xls"),
                        Dialogs.Filter.of(Messages.get("ui.shell.chooser.csv"), "*.csv"),
                        Dialogs.Filter.of(Messages.get("ui.shell.chooser.json"), "*.json"),
                        Dialogs.Filter.of(Messages.get("ui.shell.chooser.all"), "*.*"))))
                .ifPresent(vm::open);
    }

    /** File ▸ Open folder…: asks for a folder of CSV files (starting next to the current file) and loads it. */
    public void openFolder() {
        dialogs.chooseFolder(Messages.get("ui.dash.chooser.folder"), currentFolder()).ifPresent(vm::open);
    }

    /** The folder of the current file, or {@code null} before the first load. */
    private Path currentFolder() {
        Path current = vm.currentFileProperty().get();
        return current == null ? null : current.getParent();
    }

    // ---- column mapping (issue 15) ----

    private final MappingMemory memory;

    private void offerMapping(MappingRequest request, ColumnMappingPrompt prompt) {
        ColumnMappingViewModel mapping = new ColumnMappingViewModel(request);
        prompt.ask(mapping, accepted -> {
            if (accepted) {
                var entries = mapping.entries();
                // Remembered on the worker thread, just before the file is read again with it.
                vm.open(request.fileName(), () -> {
                    memory.remember(entries);
                    return request.file();
                });
            } else {
                vm.declineMapping(request);
            }
        });
    }

    /** File ▸ Forget column mappings: files are read by their headers as written again. */
    public void forgetMappings() {
        vm.announce(memory.forget() ? Messages.get("ui.mapping.forgotten") : Messages.get("ui.mapping.nothingToForget"));
    }
}
