package org.capexlens.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.capexlens.io.ImportException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class WorkbookFailuresTest {
    private static final String TOO_LARGE = "f.xlsx:::: f.xlsx was not opened: unpacked, it would expand to an "
            + "implausible size (more than 100 times its packed size, or a part larger than 512 MB). It may be "
            + "damaged or built to exhaust memory; nothing was loaded";

    @Test
    void limitedStreamReadsUpToItsLimit() throws IOException {
        byte[] data = new byte[50];
        try (InputStream in = new WorkbookFailures.LimitedInputStream(new ByteArrayInputStream(data), "styles", 50)) {
            assertArrayEquals(data, in.readAllBytes());
        }
    }

    @Test
    void limitedStreamFailsOneBytePastItsLimit() {
        InputStream in = new WorkbookFailures.LimitedInputStream(new ByteArrayInputStream(new byte[51]), "styles", 50);
        IOException e = assertThrows(WorkbookFailures.PartTooLargeException.class, in::readAllBytes);
        assertEquals("styles unpacks to more than 50 bytes", e.getMessage());
    }

    @Test
    void ourOwnPartLimitReadsAsAnImplausibleSize() {
        // As a shared-string table over its limit surfaces: the XML parser wraps the stream's exception.
        SAXException wrapped = new SAXException(new WorkbookFailures.PartTooLargeException("sharedStrings", 1));
        assertEquals(TOO_LARGE, WorkbookFailures.classify("f.xlsx", wrapped).messages().get(0).format());
    }

    @Test
    void poiZipBombCheckReadsAsAnImplausibleSize() {
        IOException bomb = new IOException("Zip bomb detected! The file would exceed the max. ratio of compressed "
                + "file size to the size of the expanded data.");
        ImportException e = WorkbookFailures.classify("f.xlsx", new POIXMLException(bomb));
        assertEquals(TOO_LARGE, e.messages().get(0).format());
        assertSame(ImportException.Kind.INVALID, e.kind());
    }

    @Test
    void encryptionAnywhereInTheCauseChainReadsAsAPassword() {
        ImportException e = WorkbookFailures.classify("f.xls",
                new IllegalStateException(new EncryptedDocumentException("Default password is invalid")));
        assertEquals("f.xls:::: f.xls is protected by a password; remove the password in Excel and save it again "
                + "(File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, then clear the password)",
                e.messages().get(0).format());
    }

    @Test
    void anythingElseReadsAsDamageWithoutTheLibraryText() {
        ImportException e = WorkbookFailures.classify("f.xlsx", new IOException("Unexpected end of ZLIB input stream"));
        assertEquals("f.xlsx:::: f.xlsx is damaged or incomplete (perhaps cut off while copying or downloading) and "
                + "could not be read as a workbook; nothing was loaded", e.messages().get(0).format());
        assertEquals("Unexpected end of ZLIB input stream", e.getCause().getMessage(), "kept for the log");
    }

    @Test
    void aFailureOfOurOwnSinkIsRethrownAsItWas() {
        IllegalStateException bug = new IllegalStateException("bug");
        SAXException wrapped = new SAXException(new WorkbookFailures.SinkFailure(bug));
        assertSame(bug, assertThrows(IllegalStateException.class,
                () -> WorkbookFailures.classify("f.xlsx", wrapped)));
    }
}
