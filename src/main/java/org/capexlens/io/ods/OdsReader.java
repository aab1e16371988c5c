package org.capexlens.io.ods;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.io.WorkbookSink;
import org.capexlens.text.Messages;

/**
 * Streams an OpenDocument spreadsheet ({@code .ods}, LibreOffice's own format) into a {@link WorkbookSink}: the
 * JDK's StAX parser over the package's {@code content.xml}, one row at a time ({@link OdsTableHandler}), so memory
 * stays bounded however long a sheet is (README, "Design decisions": why not a library).
 *
 * <p>Guards (DESIGN §8): {@code content.xml} may unpack to at most {@link #MAX_CONTENT_BYTES}, counted on the bytes
 * really inflated rather than the size the zip claims; beyond {@link #RATIO_GRACE_BYTES} it may not unpack more than
 * {@link #MAX_RATIO} times its packed size (a zip bomb of repeated bytes unpacks about 1,000-fold). DTDs and external
 * entities are refused. A password-protected file is recognised from its manifest.
 */
public final class OdsReader {
    private static final Logger LOG = Logger.getLogger(OdsReader.class.getName());
    /** Largest unpacked {@code content.xml} read, in bytes (512 MiB, as for an .xlsx sheet). */
    static final long MAX_CONTENT_BYTES = 512L * 1024 * 1024;
    /** Unpacked bytes always admitted whatever the packing ratio. */
    static final long RATIO_GRACE_BYTES = 64L * 1024 * 1024;
    /** Largest ratio of unpacked to packed size beyond the grace. */
    static final long MAX_RATIO = 100;
    private static final int MAX_MANIFEST_BYTES = 1024 * 1024;

    private OdsReader() {
    }

    /**
     * @param path  the spreadsheet, not {@code null}.
     * @param sink  receives every sheet and row.
     * @throws ImportException  for a damaged, encrypted or oversized file.
     */
    public static void read(Path path, WorkbookSink sink) throws ImportException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest != null) {
                try (InputStream in = zip.getInputStream(manifest)) {
                    String text = new String(in.readNBytes(MAX_MANIFEST_BYTES), StandardCharsets.UTF_8);
                    if (text.contains("encryption-data")) {
                        throw invalid(name, Messages.get("import.ods.encrypted", name), null);
                    }
                }
            }
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw invalid(name, Messages.get("import.workbook.damaged", name), null);
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            try (InputStream in = new Guarded(zip.getInputStream(content), name, content.getCompressedSize())) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                try {
                    new OdsTableHandler(xml, sink).read();
                } finally {
                    xml.close();
                }
            }
        } catch (ImportException e) {
            throw e;
        } catch (TooLarge e) {
            throw invalid(name, Messages.get("import.ods.tooLarge", name, Long.toString(MAX_RATIO),
                    Long.toString(MAX_CONTENT_BYTES / (1024 * 1024))), e);
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            throw invalid(name, Messages.get("import.workbook.damaged", name), e);
        }
    }

    private static ImportException invalid(String file, String message, Throwable cause) {
        LOG.log(Level.INFO, "could not read " + file + ": " + message, cause);
        return ImportException.invalid(Location.ofFile(file), message, cause);
    }

    /** The unpacked part is larger than the guards allow. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** Counts the bytes really inflated and stops at the limits. */
    static final class Guarded extends FilterInputStream {
        private final String file;
        private final long packed;
        private long count;

        Guarded(InputStream in, String file, long packed) {
            super(in);
            this.file = file;
            this.packed = Math.max(1, packed);
        }

        private void counted(long n) throws TooLarge {
            if (n <= 0) {
                return;
            }
            count += n;
            if (count > MAX_CONTENT_BYTES || (count > RATIO_GRACE_BYTES && count / packed > MAX_RATIO)) {
                throw new TooLarge(file + ": content.xml unpacks to more than " + count + " bytes from " + packed);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            counted(n);
            return n;
        }
    }
}
