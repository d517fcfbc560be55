package de.amm.casedesk.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** What became of a referral. */
public enum ReferralOutcome implements Coded {
    WAITING("waiting", "Wartet", "Waiting"),
    ACCEPTED("accepted", "Angenommen", "Accepted"),
    COMPLETED("completed", "Abgeschlossen", "Completed"),
    DECLINED("declined", "Abgelehnt", "Declined");

    private final String code;
    private final Labels labels;

    ReferralOutcome(String code, String de, String en) {
        this.code = code;
        this.labels = new Labels(de, en);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @JsonCreator
    public static ReferralOutcome of(String code) {
        return Coded.of(ReferralOutcome.class, code);
    }
}
