package org.capexlens.io.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.text.Messages;

/**
 * Reads a small JSON document of ours (a scenario, a sidecar) as strict UTF-8 text, with the same located messages
 * for a missing, unreadable, oversized or non-text file.
 */
final class JsonText {
    private static final Logger LOG = Logger.getLogger(JsonText.class.getName());

    private JsonText() {
    }

    /**
     * @param path         the file, not {@code null}.
     * @param sheet        the "sheet" part of message locations (e.g. {@code scenario}).
     * @param maxBytes     larger files are refused without being read.
     * @param tooLarge     the message for an oversized file, given the file name.
     * @param notText      the message for a file that is not UTF-8 text, given the file name.
     * @return the text without a byte-order mark.
     */
    static String read(Path path, String sheet, long maxBytes, UnaryOperator<String> tooLarge,
            UnaryOperator<String> notText) throws ImportException {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Location where = Location.ofFile(file);
        byte[] bytes;
        try {
            if (Files.isRegularFile(path) && Files.size(path) > maxBytes) {
                throw ImportException.invalid(new Location(file, sheet, 0, ""), tooLarge.apply(file));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw ImportException.io(where, Messages.get("import.file.notFound", path.toString()), e);
        } catch (AccessDeniedException e) {
            throw ImportException.io(where, Messages.get("import.file.accessDenied", path.toString()), e);
        } catch (IOException e) {
            LOG.log(Level.FINE, "reading " + path, e);
            throw ImportException.io(where, Messages.get("import.file.ioError", path.toString()), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ImportException.invalid(new Location(file, sheet, 0, ""), notText.apply(file), e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
