package org.capexlens.io.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a CSV file as text in the encoding it is written in: UTF-8 with or without a byte-order mark, UTF-16 LE or
 * BE with one, and Windows-1252 for a file that is not valid UTF-8 (what Excel on Windows saves as plain "CSV"),
 * so that such a file loads with a warning instead of failing or showing replacement characters.
 */
final class CsvInput {
    /** The encodings a CSV file is read in. */
    enum Encoding { UTF_8, UTF_16LE, UTF_16BE, WINDOWS_1252 }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 65_536;

    /**
     * An open file.
     *
     * @param reader        the text after any byte-order mark, never failing on a bad byte; the caller closes it.
     * @param encoding      how it is decoded.
     * @param firstBadLine  0 when every byte is valid in the encoding the file announces (UTF-8 by default);
     *                      else the line of the first invalid byte: for {@link Encoding#WINDOWS_1252}, the
     *                      first byte that is not UTF-8, and for UTF-16 the first that is not UTF-16.
     */
    record Opened(Reader reader, Encoding encoding, int firstBadLine, int bomBytes) {
    }

    private CsvInput() {
    }

    /**
     * Opens {@code path}. The file is first read through once with a strict decoder (streaming, in constant
     * memory) so that a bad byte is found, and located, before any row has been parsed.
     */
    static Opened open(Path path) throws IOException {
        byte[] bom = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(bom, 0, 3);
        }
        Encoding encoding;
        int skip;
        if (n >= 2 && bom[0] == (byte) 0xFF && bom[1] == (byte) 0xFE) {
            encoding = Encoding.UTF_16LE;
            skip = 2;
        } else if (n >= 2 && bom[0] == (byte) 0xFE && bom[1] == (byte) 0xFF) {
            encoding = Encoding.UTF_16BE;
            skip = 2;
        } else {
            encoding = Encoding.UTF_8;
            skip = n == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF ? 3 : 0;
        }
        Charset charset = charset(encoding);
        int badLine;
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(skip);
            badLine = firstUndecodableLine(in, charset);
        }
        if (badLine > 0 && encoding == Encoding.UTF_8) {
            encoding = Encoding.WINDOWS_1252;
            charset = WINDOWS_1252;
        }
        // Lenient from here on: the strict pass has said what is wrong; five bytes undefined in Windows-1252
        // (and a file changed since that pass) become U+FFFD rather than a failure half-way through.
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        InputStream in = Files.newInputStream(path);
        try {
            in.skipNBytes(skip);
            return new Opened(new InputStreamReader(new BufferedInputStream(in, BUFFER), decoder), encoding, badLine,
                    skip);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens {@code path} again as {@code first} found it (same encoding, same byte-order mark skipped), without the
     * strict pass: for the second reading of a file whose figures were first examined.
     */
    static Reader reopen(Path path, Opened first) throws IOException {
        CharsetDecoder decoder = charset(first.encoding()).newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        InputStream in = Files.newInputStream(path);
        try {
            in.skipNBytes(first.bomBytes());
            return new InputStreamReader(new BufferedInputStream(in, BUFFER), decoder);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static Charset charset(Encoding encoding) {
        return switch (encoding) {
            case UTF_8 -> StandardCharsets.UTF_8;
            case UTF_16LE -> StandardCharsets.UTF_16LE;
            case UTF_16BE -> StandardCharsets.UTF_16BE;
            case WINDOWS_1252 -> WINDOWS_1252;
        };
    }

    /**
     * Decodes a stream strictly.
     *
     * @return 0 when every byte is valid in {@code charset}; else the 1-based line, counted as {@link CsvParser}
     *         counts, on which the first invalid byte sequence (or a sequence cut off by the end) is.
     */
    static int firstUndecodableLine(InputStream in, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        int line = 1;
        boolean lastWasCr = false;
        boolean eof = false;
        while (true) {
            if (!eof && bytes.hasRemaining()) {
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, eof);
            bytes.compact();
            char[] decoded = chars.array();
            for (int i = 0; i < chars.position(); i++) {
                char c = decoded[i];
                if (c == '\n') {
                    if (!lastWasCr) {
                        line++;
                    }
                } else if (c == '\r') {
                    line++;
                }
                lastWasCr = c == '\r';
            }
            chars.clear();
            if (result.isError()) {
                return line;
            }
            if (eof && result.isUnderflow()) {
                return 0;
            }
        }
    }
}
