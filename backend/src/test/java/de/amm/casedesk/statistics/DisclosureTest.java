package de.amm.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The released value of a count, without the application. */
class DisclosureTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 4})
    void countsBelowFiveAreWithheldZeroIncluded(long count) {
        Count released = Disclosure.release(count, 123_456_789L);
        assertThat(released.withheld()).isTrue();
        assertThat(released.json()).isEqualTo("<5");
    }

    @Test
    void otherCountsAreMultiplesOfFiveWithinFourOfTheTruthAndNeverBelowFive() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long count = 5 + random.nextInt(5000);
            long released = Disclosure.release(count, random.nextLong()).value();
            assertThat(released % 5).isZero();
            assertThat(Math.abs(released - count)).isLessThanOrEqualTo(4);
            assertThat(released).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theSamePeopleGiveTheSameFigure() {
        assertThat(Disclosure.release(43, 987_654_321L)).isEqualTo(Disclosure.release(43, 987_654_321L));
        // the key sum counts modulo 2^32, however the sum was reached
        assertThat(Disclosure.release(43, 987_654_321L))
                .isEqualTo(Disclosure.release(43, 987_654_321L + 4_294_967_296L * 3));
    }

    @Test
    void roundingIsUnbiased() {
        Random random = new Random(11);
        for (long count : new long[] {6, 7, 8, 9, 43}) {
            double sum = 0;
            int draws = 200_000;
            for (int i = 0; i < draws; i++) {
                sum += Disclosure.release(count, random.nextInt() & 0xffffffffL).value();
            }
            assertThat(sum / draws)
                    .as("mean released value of %d", count)
                    .isCloseTo(count, org.assertj.core.data.Offset.offset(0.05));
        }
    }

    @Test
    void aShareComesFromTheReleasedFiguresAndIsUnknownWhereOneIsWithheld() {
        assertThat(Disclosure.share(Count.of(10), Count.of(40))).isEqualTo(0.25);
        assertThat(Disclosure.share(Count.small(3), Count.of(40))).isNull();
        assertThat(Disclosure.share(Count.of(10), Count.of(5))).isEqualTo(1.0);
    }
}
