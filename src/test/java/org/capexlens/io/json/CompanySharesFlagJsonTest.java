package org.capexlens.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the scenario member {@code company_short_lived_shares} — read and written, default {@code true}, written
 * only when {@code false}, and an old file without it loads as {@code true}.
 */
class CompanySharesFlagJsonTest {

    @Test
    void anOldFileWithoutTheMemberLoadsWithCompaniesSharesOn() throws Exception {
        // The shipped preset files predate the member.
        Scenario burry = ScenarioJson.read(Path.of("data/scenarios/burry-2-3y.json"));
        assertTrue(burry.companyShortLivedShares());
        assertFalse(Files.readString(Path.of("data/scenarios/burry-2-3y.json")).contains("company_short_lived"));
        assertTrue(ScenarioJson.fromJson("{\"short_lived_share\": 0.4}", "old.json").companyShortLivedShares());
    }

    @Test
    void falseIsReadAndWrittenBack() throws Exception {
        Scenario off = ScenarioJson.fromJson("{\"company_short_lived_shares\": false}", "off.json");
        assertFalse(off.companyShortLivedShares());
        String json = ScenarioJson.toJson(off);
        assertTrue(json.contains("\"company_short_lived_shares\": false"), json);
        assertEquals(off, ScenarioJson.fromJson(json, "off.json"));
    }

    @Test
    void trueIsTheDefaultAndIsNotWritten() throws Exception {
        Scenario on = ScenarioJson.fromJson("{\"company_short_lived_shares\": true}", "on.json");
        assertTrue(on.companyShortLivedShares());
        assertFalse(ScenarioJson.toJson(on).contains("company_short_lived_shares"));
    }

    @Test
    void aValueThatIsNotTrueOrFalseIsALocatedError() {
        ImportException e = assertThrows(ImportException.class,
                () -> ScenarioJson.fromJson("{\"company_short_lived_shares\": \"yes\"}", "s.json"));
        assertEquals(List.of("s.json:scenario::company_short_lived_shares: company_short_lived_shares must be true "
                + "or false, found the text \"yes\""), e.messages().stream().map(ImportMessage::format).toList());
    }
}
