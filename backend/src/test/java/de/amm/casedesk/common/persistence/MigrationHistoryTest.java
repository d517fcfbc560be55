package de.amm.casedesk.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.testing.SchemaOwner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A landed migration never changes: its Flyway checksum is pinned here. A new migration adds its line; a changed
 * one fails this test (write a new migration that corrects it instead).
 */
@QuarkusTest
class MigrationHistoryTest {

    static final Map<String, Integer> LANDED = new LinkedHashMap<>();

    static {
        LANDED.put("1", 667948960);
        LANDED.put("2", -629297635);
        LANDED.put("3", -880711870);
        LANDED.put("4", 592080286);
        LANDED.put("5", 1364275306);
        LANDED.put("6", 778072020);
        LANDED.put("7", 1344654101);
        LANDED.put("8", -1821748341);
        LANDED.put("9", 1888679607);
        LANDED.put("10", 492215001);
        LANDED.put("11", 1939498364);
        LANDED.put("12", -1958033284);
        LANDED.put("13", 1865688195);
        LANDED.put("14", -1249225584);
    }

    @Inject
    SchemaOwner owner;

    @Test
    void landedMigrationsAreUnchangedAndNoneIsUnpinned() {
        Map<String, Integer> checksums = new LinkedHashMap<>();
        for (List<Object> row : owner.query("select version, checksum from flyway_schema_history"
                + " where version is not null order by installed_rank")) {
            checksums.put((String) row.get(0), ((Number) row.get(1)).intValue());
        }
        assertThat(checksums)
                .as("Flyway checksums of V1..Vn; a landed migration must not change, a new one adds its line here")
                .isEqualTo(LANDED);
    }
}
