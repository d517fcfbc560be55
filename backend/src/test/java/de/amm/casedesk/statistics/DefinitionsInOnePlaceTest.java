package de.amm.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.codelist.PlacementType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two rules of the definitions that the API shows outside the statistics agree with the database's single
 * implementation: which placement types count, and the six-month mark.
 */
@QuarkusTest
class DefinitionsInOnePlaceTest {

    @Inject
    EntityManager em;

    @ParameterizedTest
    @EnumSource(PlacementType.class)
    void aPlacementTypeCountsInTheApiExactlyWhenItCountsInTheFigures(PlacementType type) {
        Boolean counts = QuarkusTransaction.requiringNew()
                .call(() -> (Boolean) em.createNativeQuery("select stat_counts_as_placed(?1)")
                        .setParameter(1, type.code())
                        .getSingleResult());
        assertThat(counts).as(type.code()).isEqualTo(type.counts());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-15", "2024-08-31", "2023-08-29", "2024-02-29", "2024-12-31", "2025-03-31"})
    void theSixMonthMarkIsStartPlusCalendarMonthsClampedToTheMonthsEnd(String start) {
        LocalDate started = LocalDate.parse(start);
        Object mark = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select stat_sustainability_mark(?1)")
                        .setParameter(1, Date.valueOf(started))
                        .getSingleResult());
        LocalDate markDay = mark instanceof Date date ? date.toLocalDate() : (LocalDate) mark;
        assertThat(markDay).isEqualTo(started.plusMonths(KeyResultDefinitions.SUSTAINABLE_AFTER_MONTHS));
    }
}
