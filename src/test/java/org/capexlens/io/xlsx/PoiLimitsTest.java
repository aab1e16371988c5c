package org.capexlens.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.junit.jupiter.api.Test;

class PoiLimitsTest {
    @Test
    void setsTheDocumentedLimitsAndKeepsThemOnRepeatedCalls() {
        PoiLimits.applyOnce();
        PoiLimits.applyOnce();
        assertTrue(ZipSecureFile.getMinInflateRatio() >= 0.01, "never looser than POI's default ratio");
        assertEquals(512L * 1024 * 1024, ZipSecureFile.getMaxEntrySize());
        assertEquals(10_000, ZipSecureFile.getMaxFileCount());
    }

    @Test
    void leavesPoisPerRecordByteLimitsInPlace() {
        PoiLimits.applyOnce();
        // -1: no global override, so every record type keeps its own (smaller) maximum.
        assertEquals(-1, IOUtils.getByteArrayMaxOverride());
    }

    @Test
    void inMemoryPartLimitsAreTighterThanTheSheetLimit() {
        assertTrue(PoiLimits.MAX_SHARED_STRINGS_SIZE < PoiLimits.MAX_ENTRY_SIZE);
        assertTrue(PoiLimits.MAX_STYLES_SIZE < PoiLimits.MAX_SHARED_STRINGS_SIZE);
    }
}
