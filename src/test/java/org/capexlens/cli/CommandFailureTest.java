package org.capexlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.Location;
import org.capexlens.io.WriteException;
import org.junit.jupiter.api.Test;

/** Every kind of failure maps to one message form and one exit code, whichever command meets it. */
class CommandFailureTest {
    private final StringWriter err = new StringWriter();
    private final PrintWriter stderr = new PrintWriter(err, true);

    @Test
    void aFileThatCannotBeReadIsThreeAndAnInvalidOneTwoWithEveryLocatedMessage() {
        Location at = new Location("d.xlsx", "capex", 4, "capex_usd_bn");
        ImportException unreadable = ImportException.io(Location.ofFile("d.xlsx"), "cannot read d.xlsx", null);
        ImportException invalid = new ImportException(ImportException.Kind.INVALID, List.of(
                ImportMessage.warning(at, "looks odd"), ImportMessage.error(at, "must be a number")));
        assertEquals(ExitCode.IO, CommandFailure.loadFailed(stderr, unreadable).exitCode());
        assertEquals(ExitCode.INVALID, CommandFailure.loadFailed(stderr, invalid).exitCode());
        assertEquals(ExitCode.IO, CommandFailure.exitCode(unreadable));
        assertEquals(List.of("d.xlsx:::: cannot read d.xlsx", at.format() + ": looks odd",
                at.format() + ": must be a number"), lines());
    }

    @Test
    void aFileThatCannotBeWrittenIsThreeWithItsPlainSentenceOnly() {
        Path out = Path.of("/no/such/r.json");
        WriteException e = new WriteException(out, "could not write /no/such/r.json: the folder does not exist",
                new IOException("ENOENT"));
        assertEquals(ExitCode.IO, CommandFailure.writeFailed(stderr, e).exitCode());
        assertEquals(List.of("could not write /no/such/r.json: the folder does not exist"), lines());
    }

    @Test
    void aModelBugIsTwoWithAPlainLineAndAUsageMistakeOneWithItsHint() {
        assertEquals(ExitCode.INVALID, CommandFailure.modelFailed(stderr, "d.xlsx", "Mine",
                new IllegalStateException("bug")).exitCode());
        assertEquals(ExitCode.USAGE, CommandFailure.usage(stderr, "--chart pie is unknown", "Run help.").exitCode());
        List<String> lines = lines();
        assertEquals(3, lines.size());
        assertEquals(List.of("--chart pie is unknown", "Run help."), lines.subList(1, 3));
    }

    private List<String> lines() {
        return List.of(err.toString().replace("\r\n", "\n").split("\n"));
    }
}
