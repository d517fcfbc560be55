package de.amm.casedesk.common.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.ProblemType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** If-Match as clients send it, without the application. */
class VersionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3\"", "W/\"3\"", " \"3\" "})
    void theVersionIsReadFromEveryFormClientsUse(String ifMatch) {
        assertThat(Versions.fromIfMatch(ifMatch)).isEqualTo(3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void aMissingIfMatchIsPreconditionRequired(String ifMatch) {
        assertThatThrownBy(() -> Versions.fromIfMatch(ifMatch))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "*", "W/"})
    void anUnreadableIfMatchIsStale(String ifMatch) {
        assertThatThrownBy(() -> Versions.fromIfMatch(ifMatch))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
    }
}
