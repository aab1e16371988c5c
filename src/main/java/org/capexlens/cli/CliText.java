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
            {"capexlens.render.usage.header", Messages.get("cli.render.header")},
            {"capexlens.render.usage.description", Messages.get("cli.render.description")},
            {"render.chart", Messages.get("cli.render.option.chart")},
            {"render.format", Messages.get("cli.render.option.format")},
            {"render.scale", Messages.get("cli.render.option.scale")},
            {"render.dpi", Messages.get("cli.render.option.dpi")},
            {"render.size", Messages.get("cli.render.option.size")},
            {"render.width", Messages.get("cli.render.option.width")},
            {"render.height", Messages.get("cli.render.option.height")},
            {"render.marginYear", Messages.get("cli.render.option.marginYear")},
            {"render.vintageCompany", Messages.get("cli.render.option.vintageCompany")},
            {"render.locale", Messages.get("cli.render.option.locale")},
            {"render.sidecar", Messages.get("cli.render.option.sidecar")},
            {"render.combinedPdf", Messages.get("cli.render.option.combinedPdf")},
            {"render.out", Messages.get("cli.render.option.out")},
            {"render.from", Messages.get("cli.render.option.from")},
            {"render.allowChangedData", Messages.get("cli.render.option.allowChangedData")},
            {"render.listCharts", Messages.get("cli.render.option.listCharts")},
            {"render.help", Messages.get("cli.render.option.help")},
            {"capexlens.export-results.usage.header", Messages.get("cli.exportResults.header")},
            {"capexlens.export-results.usage.description", Messages.get("cli.exportResults.description")},
            {"exportResults.out", Messages.get("cli.exportResults.option.out")},
        };
    }
}
