package org.capexlens.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 fingerprint of a dataset, so that an output can be traced to the exact file it was computed from.
 * A file's fingerprint is the SHA-256 of its bytes (what {@code sha256sum} prints). A folder of CSV files has no
 * bytes of its own: its fingerprint is the SHA-256 over its regular files in name order, each as its name (UTF-8),
 * a zero byte, its length as 8 bytes and its bytes.
 */
public final class DatasetDigest {
    private DatasetDigest() {
    }

    /**
     * @param path  a file or a folder, not {@code null}.
     * @return 64 lower-case hex digits.
     * @throws IOException  when the file or folder cannot be read.
     */
    public static String sha256(Path path) throws IOException {
        MessageDigest md = newDigest();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(ByteBuffer.allocate(Long.BYTES).putLong(Files.size(f)).array());
                update(md, f);
            }
        } else {
            update(md, path);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void update(MessageDigest md, Path file) throws IOException {
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
