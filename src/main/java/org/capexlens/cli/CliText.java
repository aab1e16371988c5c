package org.capexlens.cli;

import java.util.ListResourceBundle;
import org.capexlens.text.Messages;

/**
 * Picocli's usage-help text, taken from the one message bundle (STYLE habit 11) and handed to picocli under its
 * own key names (a command's {@code usage.*} keys are prefixed with the command's qualified name).
 */
final class CliText extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"help", Messages.get("cli.option.help")},
            {"version", Messages.get("cli.option.version")},
            {"usage.exitCodeListHeading", "%n" + Messages.get("cli.exitCodes.heading") + "%n"},
            {"usage.exitCodeList.0", ExitCode.OK + ":" + Messages.get("cli.exitCodes.ok")},
            {"usage.exitCodeList.1", ExitCode.USAGE + ":" + Messages.get("cli.exitCodes.usage")},
            {"usage.exitCodeList.2", ExitCode.INVALID + ":" + Messages.get("cli.exitCodes.invalid")},
            {"usage.exitCodeList.3", ExitCode.IO + ":" + Messages.get("cli.exitCodes.io")},
            {"capexlens.usage.description", Messages.get("cli.description")},
            {"capexlens.validate.usage.description", Messages.get("cli.validate.description")},
            {"capexlens.validate.usage.header", Messages.get("cli.validate.header")},
            {"validate.file", Messages.get("cli.validate.file")},
        };
    }
}
