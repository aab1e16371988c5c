package org.capexlens.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes JFreePDF's document info. {@code PDFDocument} sets only title and author; the issue asks for subject and
 * keywords too. Rather than rewriting the file, this appends a standard PDF incremental update: a new info object
 * and a one-entry cross-reference section whose trailer points at it ({@code /Prev} keeps the original table).
 * The creation and modification dates JFreePDF writes from the clock are replaced, byte for byte, by a fixed
 * date, so the same chart gives the same file.
 */
final class PdfInfo {
    private static final Pattern START_XREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern ROOT = Pattern.compile("/Root\\s+(\\d+)\\s+0\\s+R");
    private static final Pattern SIZE = Pattern.compile("/Size\\s+(\\d+)");
    private static final Pattern DATE = Pattern.compile("\\(D:(\\d{14})");
    /** Fixed timestamp (same length as JFreePDF's) for reproducible files. */
    static final String FIXED_DATE = "20000101000000";

    private PdfInfo() {
    }

    static byte[] withInfo(byte[] pdf, String title, String subject, String author, String keywords) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher dm = DATE.matcher(s);
        StringBuilder fixed = new StringBuilder(s.length());
        while (dm.find()) {
            dm.appendReplacement(fixed, Matcher.quoteReplacement("(D:" + FIXED_DATE));
        }
        dm.appendTail(fixed);
        s = fixed.toString();
        Matcher xm = START_XREF.matcher(s);
        if (!xm.find()) {
            throw new IllegalStateException("JFreePDF output has no startxref");
        }
        String trailerArea = s.substring(s.lastIndexOf("trailer"));
        Matcher rm = ROOT.matcher(trailerArea);
        Matcher sm = SIZE.matcher(trailerArea);
        if (!rm.find() || !sm.find()) {
            throw new IllegalStateException("JFreePDF trailer has no /Root or /Size");
        }
        int size = Integer.parseInt(sm.group(1));
        String prev = xm.group(1);
        StringBuilder update = new StringBuilder();
        String base = s.endsWith("\n") ? s : s + "\n";
        int offset = base.length();
        update.append(size).append(" 0 obj\n<< /Title ").append(text(title))
                .append("\n/Subject ").append(text(subject))
                .append("\n/Author ").append(text(author))
                .append("\n/Keywords ").append(text(keywords))
                .append("\n/Creator ").append(text(author))
                .append("\n/Producer (JFreePDF 2.0)")
                .append("\n>>\nendobj\n");
        int xref = offset + update.length();
        update.append("xref\n").append(size).append(" 1\n").append(String.format("%010d 00000 n \n", offset));
        update.append("trailer\n<< /Size ").append(size + 1).append("\n/Root ").append(rm.group(1))
                .append(" 0 R\n/Info ").append(size).append(" 0 R\n/Prev ").append(prev).append("\n>>\n");
        update.append("startxref\n").append(xref).append("\n%%EOF\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(base.length() + update.length());
        out.writeBytes(base.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(update.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A PDF text string: UTF-16BE with byte-order mark, hex-encoded (safe for any character). */
    static String text(String value) {
        StringBuilder sb = new StringBuilder("<FEFF");
        for (byte b : (value == null ? "" : value).getBytes(StandardCharsets.UTF_16BE)) {
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.append('>').toString();
    }
}
