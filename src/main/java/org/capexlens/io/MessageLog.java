package org.capexlens.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.capexlens.text.Messages;

/**
 * The messages of one load, in the order they were found, for {@link DatasetAssembler}. Row and cross-sheet
 * messages are capped: of one kind in one sheet, column and severity, the first {@link #SAME_KIND_LIMIT} are
 * listed and the rest summarised in one line at the end, so that a column of 200,000 bad cells reads as twenty
 * examples and a count instead of burying every other message.
 */
final class MessageLog implements RowReader.MessageSink {
    /** How many messages of one kind in one column are listed before they are summarised. */
    static final int SAME_KIND_LIMIT = 20;

    private final List<ImportMessage> messages = new ArrayList<>();
    private final Map<String, Integer> kindCounts = new HashMap<>();
    private final Map<String, ImportMessage> kindFirst = new LinkedHashMap<>();

    /** Lists a message that is never capped (about a file, a sheet or a header). */
    void add(ImportMessage message) {
        messages.add(message);
    }

    /**
     * Lists a message of {@code kind} about a row, unless {@link #SAME_KIND_LIMIT} of its kind are listed already.
     *
     * @param kind  what is wrong, as a short key (e.g. {@code "duplicate"}); with the message's sheet, column and
     *              severity it decides which messages count as the same.
     */
    @Override
    public void add(ImportMessage message, String kind) {
        String key = kind + "|" + message.location().sheet() + "|" + message.location().column() + "|"
                + message.severity();
        int n = kindCounts.merge(key, 1, Integer::sum);
        if (n <= SAME_KIND_LIMIT) {
            messages.add(message);
        }
        kindFirst.putIfAbsent(key, message);
    }

    /** Adds, for each kind over the limit, one line saying how many more there were, located at its column. */
    void summariseCapped() {
        for (var e : kindFirst.entrySet()) {
            int n = kindCounts.get(e.getKey());
            if (n > SAME_KIND_LIMIT) {
                ImportMessage first = e.getValue();
                Location l = first.location();
                messages.add(new ImportMessage(first.severity(), new Location(l.file(), l.sheet(), 0, l.column()),
                        Messages.get("import.more", Integer.toString(n - SAME_KIND_LIMIT))));
            }
        }
    }

    /** Whether any listed message is an error. */
    boolean hasErrors() {
        return messages.stream().anyMatch(m -> m.severity() == Severity.ERROR);
    }

    /** The listed messages: the live list, which a successful load hands on as its warnings. */
    List<ImportMessage> messages() {
        return messages;
    }

    /** The failure that carries every listed message. */
    ImportException fail() {
        return new ImportException(ImportException.Kind.INVALID, messages).withMissingColumns(missingColumns);
    }

    // ---- column mapping (issue 15) ----

    private final List<MissingColumns> missingColumns = new ArrayList<>();

    /** Records a sheet refused for missing required columns, for the dashboard's column-mapping dialog. */
    void missing(MissingColumns m) {
        missingColumns.add(m);
    }
}
